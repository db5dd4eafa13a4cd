package io.atrium.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Outbox states the worker cannot be raced into, written in one transaction each (tests only). */
@ApplicationScoped
public class OutboxFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Notifications notifications;

  /**
   * Queues the mail already claimed for five minutes, as by a worker that died after claiming it:
   * the nudge after this commit finds it held.
   */
  @Transactional
  public void queueClaimed(Mail mail) {
    notifications.email(mail);
    em.flush();
    em.createNativeQuery(
            "UPDATE outbox_mail SET claimed_until = now() + interval '5 minutes'"
                + " WHERE to_email = ?1 AND status = 'PENDING'")
        .setParameter(1, mail.toEmail())
        .executeUpdate();
  }

  /** Ends the mail's claim, as time passing beyond the lease would. */
  @Transactional
  public void leaseLapsed(long id) {
    em.createNativeQuery(
            "UPDATE outbox_mail SET claimed_until = now() - interval '1 second' WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }
}
