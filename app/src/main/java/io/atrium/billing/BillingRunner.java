package io.atrium.billing;

import io.atrium.tenancy.Tenancy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a billing run's chunks one after the other in the background, on this server, while it holds
 * the run's lease. A failure that is not a payer's (the database gone, a bug) marks the run FAILED
 * with its reason; "Resume" goes on from the cursor.
 */
@ApplicationScoped
public class BillingRunner {

  private static final Logger LOG = Logger.getLogger(BillingRunner.class.getName());

  /** This server's name in the run's claim: a restarted server is another claimant. */
  static final String SERVER =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);

  @Resource ManagedExecutorService executor;

  @Inject Tenancy tenancy;

  @Inject BillingChunks chunks;

  @Inject RunOpening opening;

  @Inject
  @ConfigProperty(name = "billing.run.chunk", defaultValue = "1000")
  int chunkSize;

  @Inject
  @ConfigProperty(name = "billing.run.lease.seconds", defaultValue = "120")
  long leaseSeconds;

  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  /** Goes on with the run in the background; returns at once. */
  public void submit(long tenantId, long runId) {
    executor.submit(() -> tenancy.runAsTenant(tenantId, () -> work(runId)));
  }

  /** Bills every remaining chunk in this thread (the background task, or a resuming job). */
  public void work(long runId) {
    try {
      while (chunks.next(runId, SERVER, Math.min(1000, Math.max(1, chunkSize)), lease())) {
        // each chunk committed; the next one starts from the cursor it left
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Billing run " + runId + " failed", e);
      opening.fail(runId, SERVER, String.valueOf(e.getMessage()));
    }
  }
}
