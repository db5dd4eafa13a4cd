package io.atrium.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one mail in three steps: claim it and commit, send it with no transaction open, record
 * the outcome in a new transaction ({@link MailClaims}). An SMTP server that is slow or down then
 * holds this worker only, never a row lock or a pooled connection; a worker that dies between claim
 * and record leaves a claim that lapses with its lease, and the mail is sent again then.
 */
@ApplicationScoped
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @Inject MailClaims claims;

  @Inject Mailer mailer;

  /**
   * Sends the mail if it is due and nobody else holds it; call it with no transaction open. False
   * when it was not this server's to try (sent, held or locked by another meanwhile).
   */
  public boolean deliver(long id) {
    Optional<OutboxMail> claimed = claims.claim(id);
    if (claimed.isEmpty()) {
      return false;
    }
    try {
      mailer.send(claimed.get());
    } catch (MessagingException | RuntimeException e) {
      OutboxMail.Status now = claims.failed(id, describe(e));
      // One line per attempt while it may still go out; a warning once it never will.
      LOG.log(
          now == OutboxMail.Status.FAILED ? Level.WARNING : Level.INFO,
          "Mail {0} not sent (now {1}): {2}",
          new Object[] {id, now, describe(e)});
      return true;
    }
    claims.sent(id);
    return true;
  }

  /** The message chain, without stack: what an operator needs to see on the Sent mail page. */
  static String describe(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable e = error; e != null && text.length() < 500; e = e.getCause()) {
      if (!text.isEmpty()) {
        text.append(" ← ");
      }
      text.append(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip());
    }
    return text.toString();
  }
}
