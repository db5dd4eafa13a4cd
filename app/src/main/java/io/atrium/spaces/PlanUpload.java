package io.atrium.spaces;

import java.io.InputStream;

/** A plan image as uploaded: its content and the name the uploader gave it (never trusted). */
public record PlanUpload(String name, InputStream content) {}
