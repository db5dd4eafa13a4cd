package io.atrium.billing;

import io.atrium.audit.Actor;
import io.atrium.audit.ActorKind;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Opens, takes over and fails runs, each in its own transaction: a run is claimed by this server
 * before its chunks start, and one runs per centre at a time (a unique index, and the centre's row
 * locked first so that two clicks queue instead of failing on the index).
 */
@ApplicationScoped
public class RunOpening {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject BillingPlanner planner;

  @Inject RunSettings settings;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public BillingRun open(long centreId, Period period, LocalDate issueDate, Duration lease) {
    AtriumPrincipal principal = caller.require(Area.INVOICES, Action.CREATE);
    Centre centre = em.find(Centre.class, centreId, LockModeType.PESSIMISTIC_WRITE);
    if (centre == null || !caller.centres().allows(centreId)) {
      throw new NotFoundException();
    }
    List<BillingRun> running =
        em.createQuery(
                "select r from BillingRun r where r.centre = :centre and r.status = :running",
                BillingRun.class)
            .setParameter("centre", centre)
            .setParameter("running", BillingRun.Status.RUNNING)
            .getResultList();
    if (!running.isEmpty()) {
      throw new BillingRunException("running");
    }
    BillingRun run =
        new BillingRun(
            centre,
            period,
            settings.read().issue(),
            issueDate == null ? LocalDate.now(clock.withZone(centre.zone())) : issueDate,
            principal.personId(),
            principal.fullName(),
            clock.instant());
    run.claim(BillingRunner.SERVER, clock.instant().plus(lease));
    em.persist(run);
    em.flush();
    run.setTotal(planner.freeze(run.getId(), centre, period));
    freshStatistics();
    audit.record(
        "BillingRun",
        run.getId(),
        "RUN_BILLING",
        centreId,
        Changes.of()
            .field("status", null, run.getStatus())
            .field("period", null, period.start() + ".." + period.end())
            .field("issue", null, run.isIssue())
            .field("payers", null, run.getTotal()));
    return run;
  }

  /**
   * Analyses the tables a run fills, so that every pooled connection plans their key lookups again
   * (V12_10 says why). On a server where the application's role may not, PostgreSQL skips them with
   * a warning. Only the columns those lookups and the run's own queries use: the whole tables'
   * statistics (wide texts: parties, footprints) took 1.1 s with 41,000 invoices and 123,000 lines,
   * these 0.2 s; autovacuum analyses the rest later, as it always did.
   */
  private void freshStatistics() {
    em.createNativeQuery(
            "ANALYZE invoice (tenant_id, id, series_id, chain_seq, status, billing_run_id,"
                + " contract_id, company_id), invoice_line (tenant_id, id, invoice_id,"
                + " contract_line_id), contract_billing (tenant_id, contract_id, period_start,"
                + " invoice_id)")
        .executeUpdate();
  }

  /** Takes over a run whose server died (lease lapsed) or that failed, from its cursor. */
  @Transactional
  public BillingRun resume(long runId, Duration lease) {
    caller.require(Area.INVOICES, Action.CREATE);
    BillingRun run = em.find(BillingRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    if (run == null || !caller.centres().allows(run.getCentre().getId())) {
      throw new NotFoundException();
    }
    takeOver(run, lease);
    audit.record(
        "BillingRun",
        run.getId(),
        "RESUME",
        run.getCentre().getId(),
        Changes.of().field("processed", null, run.getProcessed()));
    return run;
  }

  /** The job's take-over of a lapsed run, as the system; false if another server has it. */
  @Transactional
  public boolean takeOverLapsed(long runId, Duration lease) {
    BillingRun run = em.find(BillingRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    if (run == null || !run.isRunning() || !lapsed(run)) {
      return false;
    }
    run.claim(BillingRunner.SERVER, clock.instant().plus(lease));
    audit.record(
        Actor.SYSTEM,
        "BillingRun",
        run.getId(),
        "RESUME",
        run.getCentre().getId(),
        Changes.of().field("processed", null, run.getProcessed()));
    return true;
  }

  /** In a platform transaction: the tenants with a lapsed run (ids only, by the owner's scan). */
  @Transactional
  public List<Long> lapsedTenants() {
    List<?> ids =
        em.createNativeQuery("SELECT atrium_tenants_with_lapsed_billing_runs()").getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  @Transactional
  public List<Long> lapsedRuns() {
    return em.createQuery(
            "select r.id from BillingRun r where r.status = :running"
                + " and (r.claimedUntil is null or r.claimedUntil <= :now) order by r.id",
            Long.class)
        .setParameter("running", BillingRun.Status.RUNNING)
        .setParameter("now", clock.instant())
        .getResultList();
  }

  @Transactional
  public void fail(long runId, String server, String reason) {
    BillingRun run = em.find(BillingRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    if (run == null || !run.isRunning() || !server.equals(run.getClaimedBy())) {
      return;
    }
    run.finish(BillingRun.Status.FAILED, reason, clock.instant());
    audit.record(
        new Actor(ActorKind.STAFF, run.getStartedById(), run.getStartedBy()),
        "BillingRun",
        run.getId(),
        "RUN_BILLING",
        run.getCentre().getId(),
        BillingChunks.outcome(run));
  }

  private void takeOver(BillingRun run, Duration lease) {
    if (run.getStatus() == BillingRun.Status.COMPLETED || (run.isRunning() && !lapsed(run))) {
      throw new BillingRunException("busy");
    }
    run.restart();
    run.claim(BillingRunner.SERVER, clock.instant().plus(lease));
  }

  private boolean lapsed(BillingRun run) {
    return run.getClaimedUntil() == null || !run.getClaimedUntil().isAfter(clock.instant());
  }
}
