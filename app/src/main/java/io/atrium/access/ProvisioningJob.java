package io.atrium.access;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantJobRunner;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * Every 10 seconds, on every server, for the tenants with work only (one scan across tenants), and
 * at once after a commit that queued or ended grants: makes the connected door and Wi-Fi systems'
 * credentials of newly confirmed bookings, passes and cards (the built-in systems' are made with
 * them), retries failed ones, and revokes those whose time ended or whose booking was cancelled
 * ({@link GrantAttempts#runDue}).
 */
@ApplicationScoped
public class ProvisioningJob implements TenantJob {

  @Inject GrantAttempts attempts;

  @Inject TenantJobRunner runner;

  @Override
  public String name() {
    return "access.provisioning";
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(10);
  }

  /** Often, so only for the tenants with work, each claiming its own rows. */
  @Override
  public Claim claim() {
    return Claim.ROWS;
  }

  @Override
  public List<Long> tenantsWithWork() {
    return attempts.tenantsDue();
  }

  @Override
  public void run(TenantRun run) {
    attempts.runDue();
  }

  /** After the commit, never before: a rolled-back transaction queued nothing. */
  void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessQueued queued) {
    runner.runNow(this);
  }
}
