package io.atrium.shared.web;

import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The model of a lazy table, whose loaded page is never written with the session. Every table reads
 * its page again on each request (and, after a failover, before it decodes a row's action:
 * PrimeFaces loads a model that holds no page), so the page only weighed on the session: a
 * view-scoped bean is kept for each of the session's last views, and a clustered server writes all
 * of them at the end of every request. The reception dashboard's bean was 12 kB, 9 kB of it its
 * page of visitors.
 */
public abstract class TableRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  private transient List<T> page;

  @Override
  @SuppressWarnings("unchecked")
  public void setWrappedData(Object list) {
    page = (List<T>) list;
  }

  @Override
  public List<T> getWrappedData() {
    return page;
  }

  @Override
  public boolean isRowAvailable() {
    int index = getRowIndex();
    return page != null && index >= 0 && index < page.size();
  }

  @Override
  public T getRowData() {
    return page.get(getRowIndex());
  }
}
