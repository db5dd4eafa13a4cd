package io.atrium.access;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * Every 10 seconds, on every server, for the tenants with work only (one scan across tenants), ends
 * the card loans whose booking has ended or was cancelled ({@link CardLoans#endDue}): a lent card
 * stops being active within seconds of the end, and loans that ended while no server ran end at the
 * next start.
 */
@ApplicationScoped
public class CardLoanJob implements TenantJob {

  @Inject CardLoans loans;

  @Override
  public String name() {
    return "access.card-loans";
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
    return loans.tenantsDue();
  }

  @Override
  public void run(TenantRun run) {
    loans.endDue();
  }
}
