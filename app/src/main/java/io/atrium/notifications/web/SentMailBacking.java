package io.atrium.notifications.web;

import io.atrium.notifications.Outbox;
import io.atrium.notifications.OutboxMail;
import io.atrium.shared.ForbiddenException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;

/**
 * The Sent mail page: the tenant's outbox, newest first, a page at a time; clicking a subject shows
 * the mail as it was sent. The service refuses callers without {@code settings:read}, so the page
 * shows the access-denied page to them.
 */
@Named
@ViewScoped
public class SentMailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Outbox outbox;

  private ZoneId zone;
  private boolean delivering;
  private LazyDataModel<OutboxMail> mails;
  private OutboxMail selected;

  /** Opens the page; people without the right get the access-denied page (403). */
  public void open() throws IOException {
    try {
      zone = outbox.zone();
    } catch (ForbiddenException e) {
      Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, e.messageKey());
      return;
    }
    delivering = outbox.delivering();
    mails = new OutboxMails(outbox);
  }

  public void show(long id) {
    selected = outbox.get(id);
  }

  /** An instant as the operator's clock showed it, in the page's language. */
  public String shown(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .withZone(zone)
            .format(instant);
  }

  public LazyDataModel<OutboxMail> getMails() {
    return mails;
  }

  public OutboxMail getSelected() {
    return selected;
  }

  public boolean isDelivering() {
    return delivering;
  }
}
