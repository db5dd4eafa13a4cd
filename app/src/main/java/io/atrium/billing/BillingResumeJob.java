package io.atrium.billing;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * Resumes, on any live server, a run left RUNNING by a server that died: once its lease lapsed, the
 * first server to look takes it over and bills from its cursor.
 */
@ApplicationScoped
public class BillingResumeJob implements TenantJob {

  @Inject RunOpening opening;

  @Inject BillingRunner runner;

  @Override
  public String name() {
    return "billing.resume";
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(15);
  }

  @Override
  public Claim claim() {
    return Claim.ROWS;
  }

  @Override
  public List<Long> tenantsWithWork() {
    return opening.lapsedTenants();
  }

  @Override
  public void run(TenantRun run) {
    for (long id : opening.lapsedRuns()) {
      if (opening.takeOverLapsed(id, runner.lease())) {
        runner.work(id);
      }
    }
  }
}
