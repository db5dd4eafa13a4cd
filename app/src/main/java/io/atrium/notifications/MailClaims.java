package io.atrium.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The delivery worker's database work, each step a short transaction of its own: which tenants have
 * mail due (platform transaction), which of a tenant's mails are due, claiming one, and recording
 * how its sending went (tenant-bound). No step talks to the SMTP server, so no transaction or row
 * lock is ever held while a slow or absent server is waited for.
 */
@ApplicationScoped
public class MailClaims {

  private static final Logger LOG = Logger.getLogger(MailClaims.class.getName());

  /**
   * Longer than the slowest send the mailer's timeouts allow (connect, a few reads and writes of 10
   * s each), so a live worker's claim never lapses mid-send; short enough that a crashed worker's
   * mail goes out a few minutes late, not never.
   */
  static final Duration LEASE = Duration.ofMinutes(5);

  /**
   * Locks the mail's row unless another transaction holds it, and says whether it is due and free.
   * The row is found by its key alone and the conditions are read from it: in the WHERE clause they
   * would let the planner walk the index of pending mails instead, which statistics that lag the
   * outbox's growth make look as cheap: after a billing run's 10,000 mails (B2), 1.8 ms a claim.
   */
  static final String CLAIM =
      "SELECT status = 'PENDING' AND next_attempt_at <= now()"
          + " AND (claimed_until IS NULL OR claimed_until <= now())"
          + " FROM outbox_mail WHERE id = ?1 FOR UPDATE SKIP LOCKED";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Mailer mailer;

  @Inject Instance<AttachmentMaker> makers;

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

  /** In a tenant transaction: the oldest due mails of that tenant that nobody holds. */
  @Transactional
  public List<Long> dueMail(int limit) {
    return em.createQuery(
            "select m.id from OutboxMail m where m.status = :pending"
                + " and m.nextAttemptAt <= CURRENT_TIMESTAMP"
                + " and (m.claimedUntil is null or m.claimedUntil <= CURRENT_TIMESTAMP)"
                + " order by m.nextAttemptAt, m.id",
            Long.class)
        .setParameter("pending", OutboxMail.Status.PENDING)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Claims a due mail for {@link #LEASE} and returns it with its attachments loaded, to be sent
   * after this transaction commits. Empty when the mail is no longer due, another worker holds it
   * (its row locked now, or its lease running), or there is no SMTP server: then it is captured
   * here and then.
   */
  @Transactional
  public Optional<OutboxMail> claim(long id) {
    // Planned for this id and the table's size now: a billing run adds thousands of mails in
    // seconds, long before autovacuum's ANALYZE, and a generic plan cached while the outbox was
    // small (a sequential scan) would then read every mail to find one.
    em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
        .getSingleResult();
    List<?> free = em.createNativeQuery(CLAIM).setParameter(1, id).getResultList();
    if (free.isEmpty() || !Boolean.TRUE.equals(free.get(0))) {
      return Optional.empty();
    }
    OutboxMail mail = em.find(OutboxMail.class, id);
    // The shared cache may hold an older state written by another server.
    em.refresh(mail);
    if (!mailer.configured()) {
      mail.captured(clock.instant());
      return Optional.empty();
    }
    mail.claim(clock.instant(), LEASE);
    for (OutboxAttachment attachment : mail.getAttachments()) {
      if (attachment.awaitsContent()) {
        try {
          attachment.made(make(attachment.getMadeFrom()));
        } catch (RuntimeException e) {
          // The document cannot be made now: the mail waits for a later attempt, as a failed send.
          LOG.warning(
              "Mail " + id + ": attachment " + attachment.getMadeFrom() + " not made: " + e);
          mail.failed(
              "attachment not made: " + e.getClass().getSimpleName(), clock.instant(), backoff());
          return Optional.empty();
        }
      }
    }
    // Read now: the mail is sent after the transaction, detached.
    mail.getAttachments().forEach(OutboxAttachment::getContent);
    return Optional.of(mail);
  }

  /** The SMTP server took the mail. */
  @Transactional
  public void sent(long id) {
    stillPending(id).ifPresent(mail -> mail.sent(clock.instant()));
  }

  /** Sending failed: a later attempt, or FAILED after the last. */
  @Transactional
  public OutboxMail.Status failed(long id, String error) {
    return stillPending(id)
        .map(
            mail -> {
              mail.failed(error, clock.instant(), backoff());
              return mail.getStatus();
            })
        .orElse(OutboxMail.Status.PENDING);
  }

  /**
   * The mail, unless someone recorded it meanwhile: a claim that outlived its lease may have been
   * sent again by another worker (delivery is at least once).
   */
  private Optional<OutboxMail> stillPending(long id) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail != null) {
      em.refresh(mail);
    }
    if (mail == null || mail.getStatus() != OutboxMail.Status.PENDING) {
      LOG.info("Mail " + id + " was recorded by another worker meanwhile");
      return Optional.empty();
    }
    return Optional.of(mail);
  }

  private byte[] make(String source) {
    for (AttachmentMaker maker : makers) {
      if (maker.makes(source)) {
        return maker.make(source);
      }
    }
    throw new IllegalStateException("no maker for " + source);
  }

  Backoff backoff() {
    return new Backoff(Duration.ofSeconds(retryBaseSeconds), Duration.ofHours(1), maxAttempts);
  }
}
