package io.atrium.community;

import java.io.InputStream;

/**
 * A cover image as uploaded: its content and the name the uploader's computer gave it (shown, never
 * trusted for its type).
 */
public record CoverUpload(String name, InputStream content) {}
