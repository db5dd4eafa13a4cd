package io.atrium.reception.web;

import io.atrium.reception.Visitor;
import io.atrium.reception.VisitorSearch;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.TableRows;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The dashboard's table: the pages of {@link VisitorRows} (counts, search, state filter) turned
 * into {@link VisitorLine}s, whose times are written once when the page of rows is read.
 */
public class DashboardRows extends TableRows<VisitorLine> {

  private static final long serialVersionUID = 1L;

  private final VisitorRows rows;
  private final Formats formats;
  private final ZoneId zone;

  DashboardRows(VisitorRows rows, Formats formats, ZoneId zone) {
    this.rows = rows;
    this.formats = formats;
    this.zone = zone;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return rows.count(filterBy);
  }

  @Override
  public List<VisitorLine> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return rows.load(first, pageSize, sortBy, filterBy).stream().map(this::line).toList();
  }

  private VisitorLine line(Visitor visitor) {
    return new VisitorLine(
        visitor,
        formats.time(visitor.getVisitTime()),
        formats.time(visitor.getArrivedAt(), zone),
        formats.time(visitor.getCheckedOutAt(), zone));
  }

  @Override
  public String getRowKey(VisitorLine line) {
    return rows.getRowKey(line.getVisitor());
  }

  /** The search the table shows now, for its export. */
  public VisitorSearch search() {
    return rows.search();
  }

  /** The day's visitors per state, as read with the table's last page. */
  public Map<Visitor.State, Long> getCounts() {
    return rows.getCounts();
  }

  public String getText() {
    return rows.getText();
  }

  public void setText(String text) {
    rows.setText(text);
  }

  public Visitor.State getState() {
    return rows.getState();
  }

  public void setState(Visitor.State state) {
    rows.setState(state);
  }
}
