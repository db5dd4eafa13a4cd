package io.atrium.community.api;

import java.util.List;

/**
 * A page of events.
 *
 * @param total how many events match, over all pages
 * @param page the page number, from 0
 * @param size the page size asked for
 */
public record EventList(List<EventSummary> items, long total, int page, int size) {}
