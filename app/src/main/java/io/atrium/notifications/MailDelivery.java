package io.atrium.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The delivery worker's database work, one short transaction at a time: which tenants have mail due
 * (platform transaction), which of a tenant's mails are due, and the delivery of one mail in a
 * transaction of its own (tenant-bound). A mail is locked with {@code FOR UPDATE SKIP LOCKED} while
 * it is sent, so two workers (threads or servers) never send it twice, and one slow SMTP exchange
 * holds one row only.
 */
@ApplicationScoped
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "outbox.retry.base.seconds", defaultValue = "30")
  long retryBaseSeconds;

  @Inject
  @ConfigProperty(name = "outbox.max.attempts", defaultValue = "12")
  int maxAttempts;

  Clock clock = Clock.systemUTC();

  /** In a platform transaction: the function sees every tenant's outbox, returning ids only. */
  @Transactional
  public List<Long> tenantsWithDueMail() {
    List<?> ids = em.createNativeQuery("SELECT atrium_tenants_with_due_mail()").getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /** In a tenant transaction: the oldest due mails of that tenant. */
  @Transactional
  public List<Long> dueMail(int limit) {
    return em.createQuery(
            "select m.id from OutboxMail m where m.status = :pending"
                + " and m.nextAttemptAt <= CURRENT_TIMESTAMP order by m.nextAttemptAt, m.id",
            Long.class)
        .setParameter("pending", OutboxMail.Status.PENDING)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Sends one mail, in a tenant transaction, and records the outcome. Does nothing when the mail is
   * no longer due or another worker holds it.
   */
  @Transactional
  public void deliver(long id) {
    List<?> locked =
        em.createNativeQuery(
                "SELECT id FROM outbox_mail WHERE id = ?1 AND status = 'PENDING'"
                    + " AND next_attempt_at <= now() FOR UPDATE SKIP LOCKED")
            .setParameter(1, id)
            .getResultList();
    if (locked.isEmpty()) {
      return;
    }
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (!mailer.configured()) {
      mail.sent(clock.instant());
      return;
    }
    try {
      mailer.send(mail);
      mail.sent(clock.instant());
    } catch (MessagingException | RuntimeException e) {
      mail.failed(describe(e), clock.instant(), backoff());
      // One line per attempt while it may still go out; a warning once it never will.
      LOG.log(
          mail.getStatus() == OutboxMail.Status.FAILED ? Level.WARNING : Level.INFO,
          "Mail {0} not sent (attempt {1}, now {2}): {3}",
          new Object[] {id, mail.getAttempts(), mail.getStatus(), describe(e)});
    }
  }

  Backoff backoff() {
    return new Backoff(Duration.ofSeconds(retryBaseSeconds), Duration.ofHours(1), maxAttempts);
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
