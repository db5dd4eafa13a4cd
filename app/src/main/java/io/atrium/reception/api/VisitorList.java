package io.atrium.reception.api;

import java.util.List;
import java.util.Map;

/**
 * A page of visitors.
 *
 * @param total how many visitors match, over all pages
 * @param counts for one centre's day (centre and day given, staff): visitors per state, whatever
 *     the state and text filters; otherwise null
 */
public record VisitorList(
    List<VisitorDetails> items, long total, int page, int size, Map<String, Long> counts) {}
