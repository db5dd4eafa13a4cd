package io.atrium.community;

import java.io.InputStream;

/**
 * An event's cover image, opened for someone allowed to see the event.
 *
 * @param contentType the type read from the file's content when it was uploaded, never the
 *     uploader's claim
 */
public record Cover(InputStream content, String contentType) {}
