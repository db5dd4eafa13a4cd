package io.atrium.notifications.web;

import io.atrium.notifications.Outbox;
import io.atrium.notifications.OutboxMail;
import io.atrium.shared.web.TableRows;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The Sent mail table's pages, read through the Outbox service, never an EntityManager. */
class OutboxMails extends TableRows<OutboxMail> {

  private static final long serialVersionUID = 1L;

  private final Outbox outbox;

  OutboxMails(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, outbox.count());
  }

  @Override
  public List<OutboxMail> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return outbox.list(first, pageSize);
  }

  @Override
  public String getRowKey(OutboxMail mail) {
    return String.valueOf(mail.getId());
  }
}
