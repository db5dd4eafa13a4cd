package io.atrium.notifications.web;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.notifications.Notices;
import io.atrium.notifications.Notification;
import io.atrium.shared.format.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * The bell in the top bar: unread count, the latest notices, mark read. Request-scoped, so every
 * page and every pushed update reads the current state; the socket user ties the open page to its
 * signed-in person, whom {@link NoticePush} addresses.
 */
@Named
@RequestScoped
public class NoticeBell {

  /** The request parameter carrying the clicked notice's id. */
  static final String NOTICE_PARAM = "notice";

  @Inject Caller caller;

  @Inject Notices notices;

  /** The page's language and its tenant's region: how every date on the page is written. */
  @Inject Formats formats;

  private List<Notification> latest;
  private Long unreadCount;

  /** The socket user of a person: unique across tenants and kinds of people. */
  static String socketUser(long tenantId, AtriumPrincipal.Kind kind, long personId) {
    return tenantId + ":" + kind + ":" + personId;
  }

  /** Staff and members have a bell; platform administrators and visitors do not. */
  public boolean isShown() {
    return caller.principal().filter(p -> !p.platform()).isPresent();
  }

  public String getSocketUser() {
    AtriumPrincipal person = person();
    return socketUser(person.tenantId(), person.kind(), person.personId());
  }

  public long getUnreadCount() {
    if (unreadCount == null) {
      unreadCount = notices.unreadCount(person());
    }
    return unreadCount;
  }

  public List<Notification> getLatest() {
    if (latest == null) {
      latest = notices.listFor(person());
    }
    return latest;
  }

  /**
   * The notice's title in the language of the page showing it, whatever it was written in, its days
   * and times too.
   */
  public String title(Notification notice) {
    return notice.titleIn(formats);
  }

  public String body(Notification notice) {
    return notice.bodyIn(formats);
  }

  /** Marks the clicked notice read and follows its link, if it has one. */
  public void open() throws IOException {
    String id = Faces.getRequestParameter(NOTICE_PARAM);
    Notification notice = notices.markRead(id == null ? -1 : parse(id));
    forget();
    if (notice.getLink() != null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + notice.getLink());
    }
  }

  public void markAllRead() {
    notices.markAllRead();
    forget();
  }

  private void forget() {
    latest = null;
    unreadCount = null;
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private AtriumPrincipal person() {
    return caller.principal().orElseThrow();
  }
}
