package io.atrium.community.api;

/**
 * How to publish an event.
 *
 * @param broadcast whether to e-mail the invitation to every active member of the centre
 */
public record PublishRequest(Boolean broadcast) {}
