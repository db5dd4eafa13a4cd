package io.atrium.reception;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Every hour, once per tenant whatever the number of servers, marks past days' expected visitors
 * NO_SHOW ({@link NoShows}): hourly, as centres' midnights differ. One transaction, holding the
 * tenant's claim until it commits.
 */
@ApplicationScoped
public class NoShowJob implements TenantJob {

  @Inject NoShows noShows;

  @Override
  public String name() {
    return "reception.no-shows";
  }

  @Override
  public Duration period() {
    return Duration.ofHours(1);
  }

  @Override
  public void run(TenantRun run) {
    noShows.sweep();
  }
}
