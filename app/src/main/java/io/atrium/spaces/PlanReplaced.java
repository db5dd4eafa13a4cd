package io.atrium.spaces;

/** A floor's plan image was replaced; the old file goes once the change is committed. */
record PlanReplaced(String key) {}
