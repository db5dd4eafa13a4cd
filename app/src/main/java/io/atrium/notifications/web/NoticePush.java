package io.atrium.notifications.web;

import io.atrium.notifications.NoticeStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells the recipient's open pages that a notice arrived, once it is committed: the bell's socket
 * ({@code <o:socket channel="notices">} in the layout) then re-renders the count and the list. A
 * person with no page open gets nothing pushed and sees the notice on their next page.
 */
@ApplicationScoped
public class NoticePush {

  /** The socket message, also the ajax event the bell listens to. */
  static final String EVENT = "notice";

  @Inject
  @Push(channel = "notices")
  PushContext notices;

  void pushed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeStored stored) {
    notices.send(
        EVENT,
        NoticeBell.socketUser(stored.tenantId(), stored.recipientKind(), stored.recipientId()));
  }
}
