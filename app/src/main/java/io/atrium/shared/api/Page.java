package io.atrium.shared.api;

import java.util.List;

/**
 * One page of a list endpoint's answer, the same shape for every list: {@code {"items": [...],
 * "total": 57, "page": 0, "size": 20}}.
 *
 * @param items the rows of this page
 * @param total how many rows match, over all pages
 * @param page the page number, from 0
 * @param size the page size, as brought into range ({@link PageRequest})
 */
public record Page<T>(List<T> items, long total, int page, int size) {}
