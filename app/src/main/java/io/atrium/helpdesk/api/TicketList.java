package io.atrium.helpdesk.api;

import java.util.List;

/**
 * A page of tickets, newest first.
 *
 * @param total how many tickets match, over all pages
 * @param page the page number, from 0
 * @param size the page size asked for
 */
public record TicketList(List<TicketSummary> items, long total, int page, int size) {}
