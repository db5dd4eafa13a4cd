package io.atrium.tenancy.jobs;

import java.time.Duration;
import java.util.List;

/**
 * A scheduled job done tenant by tenant, run by {@link TenantJobRunner} on every server: an
 * {@code @ApplicationScoped} bean implementing this is found and scheduled once the database is
 * ready. Each server looks for due tenants more often than the period (see {@link
 * TenantJobRunner#tick}), and a tenant's run is claimed in PostgreSQL first, so that with any
 * number of servers each tenant's job runs at most once per period and a run whose server died is
 * taken over.
 */
public interface TenantJob {

  /** How a run keeps other servers off the same tenant's work. */
  enum Claim {
    /**
     * The work is one transaction, which holds the tenant's {@code tenant_job} row locked until it
     * commits or rolls back: a server that dies lets go with its connection.
     */
    TRANSACTION,
    /**
     * The work commits in batches, each in its own transaction, under a lease on the tenant's row
     * ({@link TenantJobRunner#LEASE}) that {@link TenantRun#renew} extends between batches; a dead
     * server's lease lapses and another server resumes the work.
     */
    LEASE,
    /**
     * No claim on the tenant: the work claims its own rows (the outbox's mails, each with {@code
     * FOR UPDATE SKIP LOCKED} and a lease), runs every period on every server, and only for the
     * tenants {@link #tenantsWithWork} names.
     */
    ROWS
  }

  /**
   * Stable, as the key of its claim rows: {@code <capability>.<what>}, e.g. "reception.no-shows".
   */
  String name();

  /** Two runs of one tenant's job start at least this long apart (for ROWS jobs: the poll). */
  Duration period();

  default Claim claim() {
    return Claim.TRANSACTION;
  }

  /**
   * The work for the tenant bound by {@code runAsTenant}. For {@link Claim#TRANSACTION} it runs
   * inside the claim's transaction (the job's {@code @Transactional} services join it); otherwise
   * with no transaction open. Throwing rolls back what is not committed; the next tick tries again.
   */
  void run(TenantRun run);

  /**
   * For {@link Claim#ROWS} jobs only: the tenants with work now, read in a platform transaction
   * ({@code runAsPlatform}). Claimed jobs find their due tenants from their claim rows.
   */
  default List<Long> tenantsWithWork() {
    throw new UnsupportedOperationException(name() + " claims its tenants");
  }
}
