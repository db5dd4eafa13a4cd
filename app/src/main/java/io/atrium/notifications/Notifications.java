package io.atrium.notifications;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every module's way to tell people something. Both methods write to the outbox in the caller's
 * transaction, so a message exists exactly when the change that caused it commits; delivery happens
 * after commit.
 */
@ApplicationScoped
public class Notifications {

  /** Queues an e-mail (in the current, tenant-bound transaction). */
  public void email(Mail mail) {
    throw new UnsupportedOperationException("outbox not written yet");
  }

  /** Stores an in-app notice and pushes it to the recipient's open pages after commit. */
  public void notice(InAppNotice notice) {
    throw new UnsupportedOperationException("outbox not written yet");
  }
}
