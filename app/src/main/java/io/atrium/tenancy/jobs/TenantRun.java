package io.atrium.tenancy.jobs;

/** One tenant's run of a {@link TenantJob}, as the job's work sees it. */
public interface TenantRun {

  long tenantId();

  /**
   * Whether to go on with another batch: extends a {@link TenantJob.Claim#LEASE} run's lease, and
   * says false when the lease was lost to another server or this server is stopping. The work then
   * returns after the batch it committed; what remains is left to the next run.
   */
  boolean renew();
}
