package io.atrium.tenancy.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;

/**
 * The {@code tenant_job} rows through which servers share the jobs (migration V10_1). Every time is
 * the database's {@code now()}, so servers whose clocks differ still agree on what is due. All but
 * {@link #due} run bound to one tenant, whose row alone row-level security lets them see.
 */
@ApplicationScoped
public class JobClaims {

  /** Due and not held by a lease; a row locked by a running transaction is skipped, not waited. */
  private static final String DUE =
      " FROM tenant_job j JOIN tenant t ON t.id = j.tenant_id"
          + " WHERE j.tenant_id = atrium_current_tenant() AND j.job = ?1"
          + " AND coalesce(j.last_started_at, t.created_at) <= now() - ?2 * interval '1 millisecond'"
          + " AND (j.claimed_until IS NULL OR j.claimed_until <= now())";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** In a platform transaction: the tenants whose job is due, and whether each has its row. */
  @Transactional
  public List<Due> due(String job, Duration period) {
    List<?> rows =
        em.createNativeQuery("SELECT tenant_id, has_row FROM atrium_tenants_due(?1, ?2)")
            .setParameter(1, job)
            .setParameter(2, period.toMillis())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(row -> new Due(((Number) row[0]).longValue(), (Boolean) row[1]))
        .toList();
  }

  /** Makes the tenant's row, in a short transaction of its own so no claim ever waits on it. */
  @Transactional
  public void register(String job) {
    em.createNativeQuery(
            "INSERT INTO tenant_job (tenant_id, job) VALUES (atrium_current_tenant(), ?1)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, job)
        .executeUpdate();
  }

  /**
   * Runs the work in this transaction if the tenant's job is due and no other server's transaction
   * holds it, and records the run; false when it was not due or was held. The row stays locked
   * until the commit, so another server's claim skips it until then and finds it not due after.
   */
  @Transactional
  public boolean runLocked(String job, Duration period, String server, Runnable work) {
    // A server whose machine vanished (no connection reset, as a killed process gives) leaves this
    // transaction idle: PostgreSQL ends it after this long instead of the hours TCP keepalive
    // takes,
    // and the row is free for another server. Longer than Liberty's transaction timeout (2 min).
    em.createNativeQuery("SELECT set_config('idle_in_transaction_session_timeout', '5min', true)")
        .getSingleResult();
    List<?> free =
        em.createNativeQuery("SELECT j.job" + DUE + " FOR UPDATE OF j SKIP LOCKED")
            .setParameter(1, job)
            .setParameter(2, period.toMillis())
            .getResultList();
    if (free.isEmpty()) {
      return false;
    }
    work.run();
    em.createNativeQuery(
            "UPDATE tenant_job SET last_started_at = now(), last_finished_at = clock_timestamp(),"
                + " last_server = ?2, last_error = NULL"
                + " WHERE tenant_id = atrium_current_tenant() AND job = ?1")
        .setParameter(1, job)
        .setParameter(2, server)
        .executeUpdate();
    return true;
  }

  /**
   * Takes a lease on the tenant's job if it is due and nobody holds it; false otherwise. Two
   * servers updating the row at once queue on it, and the second finds it held.
   */
  @Transactional
  public boolean lease(String job, Duration period, String server, Duration lease) {
    return em.createNativeQuery(
                "UPDATE tenant_job SET claimed_by = ?3, claimed_at = now(),"
                    + " claimed_until = now() + ?4 * interval '1 millisecond'"
                    + " WHERE (tenant_id, job) IN (SELECT j.tenant_id, j.job"
                    + DUE
                    + " FOR UPDATE OF j SKIP LOCKED)")
            .setParameter(1, job)
            .setParameter(2, period.toMillis())
            .setParameter(3, server)
            .setParameter(4, lease.toMillis())
            .executeUpdate()
        == 1;
  }

  /** Extends this server's lease; false when another server has taken the run over. */
  @Transactional
  public boolean renew(String job, String server, Duration lease) {
    return em.createNativeQuery(
                "UPDATE tenant_job SET claimed_until = now() + ?3 * interval '1 millisecond'"
                    + " WHERE tenant_id = atrium_current_tenant() AND job = ?1"
                    + " AND claimed_by = ?2")
            .setParameter(1, job)
            .setParameter(2, server)
            .setParameter(3, lease.toMillis())
            .executeUpdate()
        == 1;
  }

  /** The leased run is complete: the period counts from its start. */
  @Transactional
  public void finished(String job, String server) {
    em.createNativeQuery(
            "UPDATE tenant_job SET last_started_at = claimed_at, last_finished_at = now(),"
                + " last_server = claimed_by, last_error = NULL,"
                + " claimed_by = NULL, claimed_at = NULL, claimed_until = NULL"
                + " WHERE tenant_id = atrium_current_tenant() AND job = ?1 AND claimed_by = ?2")
        .setParameter(1, job)
        .setParameter(2, server)
        .executeUpdate();
  }

  /**
   * The leased run stopped before the end (its server is stopping, or it failed): the lease is
   * given back at once so that the next tick of any server resumes it, and the period does not
   * restart.
   */
  @Transactional
  public void released(String job, String server) {
    em.createNativeQuery(
            "UPDATE tenant_job SET claimed_by = NULL, claimed_at = NULL, claimed_until = NULL"
                + " WHERE tenant_id = atrium_current_tenant() AND job = ?1 AND claimed_by = ?2")
        .setParameter(1, job)
        .setParameter(2, server)
        .executeUpdate();
  }

  /**
   * Notes a failed run on the row for operators ({@code last_error}), unless another server is
   * running the job there right now: then its outcome will say more.
   */
  @Transactional
  public void failed(String job, String error) {
    em.createNativeQuery(
            "UPDATE tenant_job SET last_failed_at = now(), last_error = left(?2, 500)"
                + " WHERE (tenant_id, job) IN (SELECT tenant_id, job FROM tenant_job"
                + " WHERE tenant_id = atrium_current_tenant() AND job = ?1"
                + " FOR UPDATE SKIP LOCKED)")
        .setParameter(1, job)
        .setParameter(2, error)
        .executeUpdate();
  }

  /** A tenant whose job is due; {@code hasRow} false: {@link #register} it before claiming. */
  public record Due(long tenantId, boolean hasRow) {}
}
