package io.atrium.collection;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code accounting.push.seconds} (default 60), once per tenant whatever the number of
 * servers, pushes the due rows to the configured accounting system ({@link AccountingPush}), under
 * a lease: each row commits on its own, and a run cut short leaves the rest to the next.
 */
@ApplicationScoped
public class AccountingJob implements TenantJob {

  static final int BATCH = 100;

  @Inject AccountingPush push;

  @Inject AccountingSystems systems;

  @Inject
  @ConfigProperty(name = "accounting.push.seconds", defaultValue = "60")
  long seconds;

  @Override
  public String name() {
    return "collection.accounting-push";
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(Math.max(10, seconds));
  }

  @Override
  public Claim claim() {
    return Claim.LEASE;
  }

  @Override
  public void run(TenantRun run) {
    push.pushDue(systems.open(), BATCH);
  }
}
