package io.atrium.reception;

import io.atrium.shared.csv.CsvWriter;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The CSV export of a visitor list (dashboard or history), with exactly the rows the caller may see
 * in that list: at most {@link VisitorLists#MAX_ROWS}. Headers, states and dates are in the
 * reader's language and formats, instants in each visitor's centre's time zone; cells go through
 * {@link CsvWriter}, so nothing a visitor typed runs as a spreadsheet formula.
 */
@ApplicationScoped
public class VisitorExport {

  private static final List<String> COLUMNS =
      List.of(
          "field.expectedDate",
          "field.visitTime",
          "field.centreId",
          "field.fullName",
          "field.email",
          "field.phone",
          "field.companyName",
          "field.hostId",
          "field.purpose",
          "field.notes",
          "field.status",
          "visitor.walkIn",
          "visitor.arrivedAt",
          "visitor.decidedAt",
          "visitor.checkedInAt",
          "visitor.checkedOutAt");

  @Inject VisitorLists lists;

  @Transactional
  public void write(VisitorSearch search, Formats formats, Writer out) {
    ResourceBundle bundle = Texts.bundle(formats.getLocale());
    CsvWriter csv = CsvWriter.to(out, formats);
    csv.row(COLUMNS.stream().map(bundle::getString).toList());
    for (Visitor v : lists.list(search, 0, VisitorLists.MAX_ROWS)) {
      ZoneId zone = v.getCentre().zone();
      List<Object> row = new ArrayList<>();
      row.add(formats.date(v.getExpectedDate()));
      row.add(formats.time(v.getVisitTime()));
      row.add(v.getCentre().getCode());
      row.add(v.getFullName());
      row.add(v.getEmail());
      row.add(v.getPhone());
      row.add(v.getCompanyName());
      row.add(v.getHostName());
      row.add(v.getPurpose());
      row.add(v.getNotes());
      row.add(bundle.getString(v.getState().getLabelKey()));
      row.add(bundle.getString(v.isWalkIn() ? "action.yes" : "action.no"));
      row.add(formats.dateTime(v.getArrivedAt(), zone));
      row.add(formats.dateTime(v.getDecidedAt(), zone));
      row.add(formats.dateTime(v.getCheckedInAt(), zone));
      row.add(formats.dateTime(v.getCheckedOutAt(), zone));
      csv.row(row);
    }
    csv.flush();
  }
}
