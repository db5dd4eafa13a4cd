package io.atrium.helpdesk.api;

/**
 * A comment; {@code internal} (staff only) makes it a note members never see.
 *
 * @param body the text, at most 5,000 characters
 */
public record CommentForm(String body, boolean internal) {}
