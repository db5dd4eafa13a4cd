package io.atrium.bookings.web;

import io.atrium.bookings.Booking;
import io.atrium.bookings.BookingOverview;
import io.atrium.shared.web.TableRows;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The overview's table, a page at a time from {@link BookingOverview}: the bookings of one search
 * (centre, space, period), in time order; its CSV is that search's, so it holds the rows listed.
 */
public class BookingRows extends TableRows<Booking> {

  private static final long serialVersionUID = 1L;

  private final BookingOverview overview;
  private final BookingOverview.Search search;

  BookingRows(BookingOverview overview, BookingOverview.Search search) {
    this.overview = overview;
    this.search = search;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return search == null ? 0 : (int) overview.count(search);
  }

  @Override
  public List<Booking> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return search == null ? List.of() : overview.list(search, first, pageSize);
  }

  @Override
  public String getRowKey(Booking booking) {
    return String.valueOf(booking.getId());
  }

  /** The search listed, for the export; null when the period was refused. */
  BookingOverview.Search search() {
    return search;
  }
}
