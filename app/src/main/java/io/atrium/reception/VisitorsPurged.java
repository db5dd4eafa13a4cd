package io.atrium.reception;

import java.util.List;

/**
 * Visitors whose personal data the retention purge just blanked, fired inside its transaction so
 * that copies of their names kept elsewhere (door and Wi-Fi grants) go in the same commit.
 */
public record VisitorsPurged(List<Long> visitorIds) {}
