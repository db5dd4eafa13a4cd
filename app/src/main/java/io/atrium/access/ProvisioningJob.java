package io.atrium.access;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Every 10 seconds, once per tenant whatever the number of servers, makes the door and Wi-Fi
 * credentials of newly confirmed bookings, retries failed ones, and revokes those whose booking
 * ended or was cancelled ({@link Provisioning#runDue}).
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

  @Override
  public void run(TenantRun run) {
    provisioning.runDue();
  }
}
