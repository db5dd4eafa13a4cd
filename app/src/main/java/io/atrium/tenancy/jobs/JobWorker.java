package io.atrium.tenancy.jobs;

import io.atrium.tenancy.Tenancy;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One server's side of the jobs: finds the tenants due, claims each as the job's {@link
 * TenantJob.Claim} says and runs it bound to that tenant. A tenant's failure is logged and noted on
 * its row, and the others go on; the next tick retries it. A plain object named by its server, so
 * that a test can play several servers in one JVM.
 */
public class JobWorker {

  private static final Logger LOG = Logger.getLogger(JobWorker.class.getName());

  /** What became of one tenant's run. */
  public enum Outcome {
    /** Ran to the end; the period restarts. */
    DONE,
    /** Not due, or another server holds it. */
    SKIPPED,
    /** Threw: rolled back what was not committed; due again at the next tick. */
    FAILED,
    /** A leased run that stopped between batches (lease lost, or stopping); resumed later. */
    INTERRUPTED
  }

  private final String server;
  private final JobClaims claims;
  private final Tenancy tenancy;
  private final Duration lease;
  private volatile boolean stopping;

  public JobWorker(String server, JobClaims claims, Tenancy tenancy, Duration lease) {
    this.server = server;
    this.claims = claims;
    this.tenancy = tenancy;
    this.lease = lease;
  }

  /** No new tenant is started, and leased and row-claiming runs stop after their batch. */
  public void stop() {
    stopping = true;
  }

  /** Runs the job for every tenant due now that no other server holds; how many it ran. */
  public int runDue(TenantJob job) {
    int ran = 0;
    if (job.claim() == TenantJob.Claim.ROWS) {
      for (long tenantId : tenancy.runAsPlatform(job::tenantsWithWork)) {
        if (stopping) {
          break;
        }
        if (runRows(job, tenantId) == Outcome.DONE) {
          ran++;
        }
      }
      return ran;
    }
    for (JobClaims.Due due : tenancy.runAsPlatform(() -> claims.due(job.name(), job.period()))) {
      if (stopping) {
        break;
      }
      if (run(job, due.tenantId(), !due.hasRow()) == Outcome.DONE) {
        ran++;
      }
    }
    return ran;
  }

  /**
   * Runs a claimed job for one tenant if it is due and free (its row must exist: {@link #runDue}
   * makes it).
   */
  public Outcome runIfDue(TenantJob job, long tenantId) {
    return run(job, tenantId, false);
  }

  private Outcome run(TenantJob job, long tenantId, boolean register) {
    if (stopping) {
      return Outcome.SKIPPED;
    }
    try {
      if (register) {
        tenancy.runAsTenant(tenantId, () -> claims.register(job.name()));
      }
      return switch (job.claim()) {
        case TRANSACTION -> runLocked(job, tenantId);
        case LEASE -> runLeased(job, tenantId);
        case ROWS -> runRows(job, tenantId);
      };
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, job.name() + " failed for tenant " + tenantId, e);
      try {
        tenancy.runAsTenant(tenantId, () -> claims.failed(job.name(), describe(e)));
      } catch (RuntimeException unrecorded) {
        LOG.log(Level.WARNING, "Could not note the failure of " + job.name(), unrecorded);
      }
      return Outcome.FAILED;
    }
  }

  private Outcome runLocked(TenantJob job, long tenantId) {
    TenantRun run = new Run(tenantId, () -> !stopping);
    boolean ran =
        tenancy.runAsTenant(
            tenantId, () -> claims.runLocked(job.name(), job.period(), server, () -> job.run(run)));
    return ran ? Outcome.DONE : Outcome.SKIPPED;
  }

  private Outcome runLeased(TenantJob job, long tenantId) {
    return tenancy.runAsTenant(
        tenantId,
        () -> {
          if (!claims.lease(job.name(), job.period(), server, lease)) {
            return Outcome.SKIPPED;
          }
          Run run = new Run(tenantId, () -> !stopping && claims.renew(job.name(), server, lease));
          try {
            job.run(run);
          } catch (RuntimeException e) {
            claims.released(job.name(), server);
            throw e;
          }
          if (run.cutShort) {
            claims.released(job.name(), server);
            return Outcome.INTERRUPTED;
          }
          claims.finished(job.name(), server);
          return Outcome.DONE;
        });
  }

  private Outcome runRows(TenantJob job, long tenantId) {
    try {
      tenancy.runAsTenant(tenantId, () -> job.run(new Run(tenantId, () -> !stopping)));
      return Outcome.DONE;
    } catch (RuntimeException e) {
      // One tenant's trouble must not hold up the others' work.
      LOG.log(Level.WARNING, job.name() + " failed for tenant " + tenantId, e);
      return Outcome.FAILED;
    }
  }

  /** The message chain, without stack, for the row an operator reads. */
  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable e = error; e != null && text.length() < 500; e = e.getCause()) {
      if (!text.isEmpty()) {
        text.append(" ← ");
      }
      text.append(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip());
    }
    return text.toString();
  }

  /** A run's view of its claim; remembers when it was told to stop early. */
  private static final class Run implements TenantRun {
    private final long tenantId;
    private final BooleanSupplier going;
    private boolean cutShort;

    Run(long tenantId, BooleanSupplier going) {
      this.tenantId = tenantId;
      this.going = going;
    }

    @Override
    public long tenantId() {
      return tenantId;
    }

    @Override
    public boolean renew() {
      boolean go = going.getAsBoolean();
      cutShort |= !go;
      return go;
    }
  }
}
