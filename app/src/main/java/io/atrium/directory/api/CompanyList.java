package io.atrium.directory.api;

import java.util.List;

/**
 * A page of companies.
 *
 * @param total how many companies match, over all pages
 * @param page the page number, from 0
 * @param size the page size asked for
 */
public record CompanyList(List<CompanySummary> items, long total, int page, int size) {}
