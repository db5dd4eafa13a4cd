package io.atrium.spaces;

import java.io.InputStream;

/** A stored plan image, opened for a reader who may see its floor, with its real type. */
public record PlanFile(InputStream content, String contentType) {}
