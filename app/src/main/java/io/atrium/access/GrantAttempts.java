package io.atrium.access;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The provisioning job's side of {@link Provisioning}: makes the queued grants' credentials through
 * the configured systems, retries failures with a growing wait (at most {@value #MOST_ATTEMPTS}
 * times), and revokes the grants whose time ended or whose booking or pass was cancelled. Every
 * outcome is audited: by the person who pressed "Give Access", or by the system.
 */
@ApplicationScoped
public class GrantAttempts {

  /** The most grants one run makes or revokes. */
  static final int BATCH = 50;

  /**
   * The status of a grant's booking or day pass, whichever it has, looked up by key for each grant
   * the scan reaches (a join made PostgreSQL hash the tenant's every booking: V14_24).
   */
  private static final String SUBJECT_STATUS =
      "coalesce((SELECT b.status FROM booking b WHERE b.tenant_id = g.tenant_id AND b.id ="
          + " g.booking_id), (SELECT p.status FROM day_pass p WHERE p.tenant_id = g.tenant_id AND"
          + " p.id = g.day_pass_id))";

  /** The job's tries of a failing grant; "Give Access" tries again whatever the count. */
  static final int MOST_ATTEMPTS = 5;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AccessSystems systems;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** The tenants with work for the job, read across tenants in the job runner's scan. */
  public List<Long> tenantsDue() {
    List<?> ids = em.createNativeQuery("SELECT atrium_tenants_with_due_access()").getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /**
   * The job's run for the bound tenant: revokes the grants whose time has ended (a cancelled
   * booking's or pass's grants were ended when it was cancelled: {@link Provisioning#cancelled}),
   * then makes the grants that are due; returns how many grants it touched.
   */
  @Transactional
  public int runDue() {
    int touched = 0;
    for (Object id :
        em.createNativeQuery(
                "SELECT g.id FROM access_grant g WHERE g.status <> 'REVOKED'"
                    + " AND g.valid_until <= now() ORDER BY g.valid_until, g.id")
            .setMaxResults(BATCH)
            .getResultList()) {
      end(em.find(AccessGrant.class, ((Number) id).longValue(), LockModeType.PESSIMISTIC_WRITE));
      touched++;
    }
    for (Object id :
        em.createNativeQuery(
                "SELECT g.id FROM access_grant g WHERE g.status IN ('PENDING', 'FAILED')"
                    + " AND g.attempts < ?1 AND g.next_attempt_at <= now() AND g.valid_until >"
                    + " now() AND (g.card_id IS NOT NULL OR "
                    + SUBJECT_STATUS
                    + " = 'CONFIRMED') ORDER BY g.next_attempt_at, g.id")
            .setParameter(1, MOST_ATTEMPTS)
            .setMaxResults(BATCH)
            .getResultList()) {
      AccessGrant grant =
          em.find(AccessGrant.class, ((Number) id).longValue(), LockModeType.PESSIMISTIC_WRITE);
      // Another server may have made it while this one waited for the lock.
      if (grant.isRetryable()) {
        attempt(grant);
        touched++;
      }
    }
    return touched;
  }

  /**
   * Makes a queued grant at once, in the transaction that queued it, when its system is local (a
   * credential made here: nothing to call that could be slow, down or refuse), audited as done by
   * whoever queued it; says whether the grant is left for the job.
   */
  boolean leftForJob(AccessGrant grant) {
    if (grant.isRetryable() && systems.of(grant.getSystem()).local()) {
      attempt(grant);
    }
    return grant.isRetryable();
  }

  void attempt(AccessGrant grant) {
    AccessSystem system = systems.of(grant.getSystem());
    // A grant persisted in this transaction has no card read yet: find it.
    String card =
        grant.getCardId() == null ? null : em.find(AccessCard.class, grant.getCardId()).getNumber();
    grant.attempting(system.name());
    Instant now = clock.instant();
    try {
      AccessSystem.Credential made =
          system.grant(
              new AccessSystem.Request(
                  grant.reference(),
                  grant.getHolder(),
                  null,
                  grant.getValidFrom(),
                  grant.getValidUntil(),
                  card));
      grant.active(made, now);
      audited(grant, "ACCESS_GRANTED", null);
    } catch (AccessSystemException refused) {
      grant.failed(refused.getMessage(), now, now.plus(backoff(grant.getAttempts())));
      audited(grant, "ACCESS_FAILED", refused.getMessage());
    }
  }

  /** 30 s, 2 min, 8 min, 32 min: a system that is down for a while is not hammered. */
  static Duration backoff(int attempts) {
    return Duration.ofSeconds(30L << Math.min(2 * (attempts - 1), 10));
  }

  private void end(AccessGrant grant) {
    if (grant.getStatus() == AccessGrant.Status.REVOKED) {
      return;
    }
    Instant now = clock.instant();
    if (grant.getAttempts() > 0 && grant.getProvider() != null) {
      try {
        AccessSystem system = systems.of(grant.getSystem());
        system.revoke(grant.getExternalId() != null ? grant.getExternalId() : grant.reference());
      } catch (AccessSystemException refused) {
        grant.revokeFailed(refused.getMessage(), now);
        audited(grant, "ACCESS_REVOKE_FAILED", refused.getMessage());
        return; // the next run tries again
      }
    }
    grant.revoked(now);
    audited(grant, "ACCESS_REVOKED", null);
  }

  private void audited(AccessGrant grant, String action, String reason) {
    audit.record(
        "AccessGrant",
        grant.getId(),
        action,
        grant.getCentreId(),
        Changes.of()
            .field("booking", null, grant.getBookingId())
            .field("dayPass", null, grant.getDayPassId())
            .field("card", null, grant.getCardId())
            .field("system", null, grant.getSystem().name())
            .field("provider", null, grant.getProvider())
            .field("reason", null, reason));
  }
}
