package io.atrium.helpdesk;

import java.io.InputStream;

/** A file someone sends with a ticket or a comment: the name they gave it and its content. */
public record Upload(String name, InputStream content) {}
