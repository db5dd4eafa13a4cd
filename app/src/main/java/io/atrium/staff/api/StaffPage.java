package io.atrium.staff.api;

import java.util.List;

/** One page of the staff list, and how many match in all. */
public record StaffPage(List<StaffSummary> items, long total, int page, int size) {}
