package io.atrium.access;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * Every 10 seconds, on every server, for the tenants with work only (one scan across tenants),
 * makes the door and Wi-Fi credentials of newly confirmed bookings, retries failed ones, and
 * revokes those whose booking ended or was cancelled ({@link Provisioning#runDue}).
 */
@ApplicationScoped
public class ProvisioningJob implements TenantJob {

  @Inject Provisioning provisioning;

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
    return provisioning.tenantsDue();
  }

  @Override
  public void run(TenantRun run) {
    provisioning.runDue();
  }
}
