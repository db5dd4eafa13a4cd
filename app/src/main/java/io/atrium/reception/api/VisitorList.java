package io.atrium.reception.api;

import io.atrium.shared.api.Page;
import java.util.List;
import java.util.Map;

/**
 * A page of visitors: the fields of every list's {@link Page}, and the day's counts the reception
 * board shows beside it.
 *
 * @param total how many visitors match, over all pages
 * @param counts for one centre's day (centre and day given, staff): visitors per state, whatever
 *     the state and text filters; otherwise null
 */
public record VisitorList(
    List<VisitorDetails> items, long total, int page, int size, Map<String, Long> counts) {

  static VisitorList of(Page<VisitorDetails> page, Map<String, Long> counts) {
    return new VisitorList(page.items(), page.total(), page.page(), page.size(), counts);
  }
}
