package io.atrium.bookings;

import io.atrium.shared.csv.CsvWriter;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The booking overview as CSV: the bookings the caller may list with that search, at most {@link
 * #MAX_ROWS}, in time order. Headers and statuses in the reader's language, days and times on each
 * booking's centre's clock; cells go through {@link CsvWriter}, so no title runs as a formula.
 */
@ApplicationScoped
public class BookingExport {

  public static final int MAX_ROWS = 10_000;

  private static final List<String> COLUMNS =
      List.of(
          "booking.field.day",
          "booking.field.from",
          "booking.field.to",
          "booking.field.centre",
          "booking.field.space",
          "booking.field.payer",
          "booking.field.guests",
          "booking.field.title",
          "booking.field.status");

  @Inject BookingOverview overview;

  @Transactional
  public void write(BookingOverview.Search search, Formats formats, Writer out) {
    ResourceBundle bundle = Texts.bundle(formats.getLocale());
    CsvWriter csv = CsvWriter.to(out, formats);
    csv.row(COLUMNS.stream().map(bundle::getString).toList());
    for (Booking b : overview.list(search, 0, MAX_ROWS)) {
      ZoneId zone = b.getCentre().zone();
      csv.row(
          formats.date(b.getStartsAt(), zone),
          formats.time(b.getStartsAt(), zone),
          formats.time(b.getEndsAt(), zone),
          b.getCentre().getCode(),
          b.getSpace().getName(),
          b.getCompany() != null ? b.getCompany().getName() : b.getMember().getFullName(),
          b.getGuests(),
          b.getTitle(),
          bundle.getString(b.getStatus().getLabelKey()));
    }
    csv.flush();
  }
}
