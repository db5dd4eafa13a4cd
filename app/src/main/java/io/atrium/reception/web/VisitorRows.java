package io.atrium.reception.web;

import io.atrium.reception.Visitor;
import io.atrium.reception.VisitorLists;
import io.atrium.reception.VisitorSearch;
import io.atrium.shared.web.TableRows;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * A visitor table's rows, a page at a time from {@link VisitorLists}, with the search box and the
 * state filter of the table's header. For a day's list (the dashboard) it also reads the counts per
 * state, and takes the table's total from them when no text is searched: two queries a page.
 */
public class VisitorRows extends TableRows<Visitor> {

  private static final long serialVersionUID = 1L;

  private final VisitorLists lists;
  private final VisitorSearch base;
  private String text;
  private Visitor.State state;
  private Map<Visitor.State, Long> counts = Map.of();

  public VisitorRows(VisitorLists lists, VisitorSearch base) {
    this.lists = lists;
    this.base = base;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    VisitorSearch search = search();
    if (base.day() == null) {
      return (int) lists.count(search);
    }
    counts = lists.countsByState(search);
    if (search.hasTextFilter()) {
      return (int) lists.count(search);
    }
    return (int)
        (state == null
            ? counts.values().stream().mapToLong(Long::longValue).sum()
            : counts.get(state));
  }

  @Override
  public List<Visitor> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return lists.list(search(), first, pageSize);
  }

  @Override
  public String getRowKey(Visitor visitor) {
    return String.valueOf(visitor.getId());
  }

  /** The search the table shows now, for its export. */
  public VisitorSearch search() {
    return new VisitorSearch(
        base.centreId(), base.day(), state, text, base.memberId(), base.companyId());
  }

  /** The day's visitors per state, as read with the table's last page. */
  public Map<Visitor.State, Long> getCounts() {
    return counts;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Visitor.State getState() {
    return state;
  }

  public void setState(Visitor.State state) {
    this.state = state;
  }
}
