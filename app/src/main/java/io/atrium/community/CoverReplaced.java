package io.atrium.community;

/** An event's previous cover, deleted from the file store once the new one is committed. */
record CoverReplaced(String key) {}
