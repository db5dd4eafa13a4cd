package io.atrium.tenancy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How often each server looks for due tenants: that is how late a run can start after its period,
 * and how soon a dead server's run is taken over.
 */
class TenantJobRunnerTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private static TenantJob job(Duration period, TenantJob.Claim claim) {
    return new TenantJob() {
      @Override
      public String name() {
        return "test.job";
      }

      @Override
      public Duration period() {
        return period;
      }

      @Override
      public Claim claim() {
        return claim;
      }

      @Override
      public void run(TenantRun run) {}
    };
  }

  @Test
  void hourlyAndDailyJobsAreLookedForEveryMinute() {
    assertEquals(
        Duration.ofMinutes(1),
        TenantJobRunner.tick(job(Duration.ofHours(1), TenantJob.Claim.TRANSACTION), MINUTE));
    assertEquals(
        Duration.ofMinutes(1),
        TenantJobRunner.tick(job(Duration.ofDays(1), TenantJob.Claim.LEASE), MINUTE));
  }

  @Test
  void shortPeriodsAreLookedForTwicePerPeriodButNeverMoreThanEverySecond() {
    assertEquals(
        Duration.ofSeconds(30),
        TenantJobRunner.tick(job(Duration.ofMinutes(1), TenantJob.Claim.TRANSACTION), MINUTE));
    assertEquals(
        Duration.ofSeconds(1),
        TenantJobRunner.tick(job(Duration.ofMillis(500), TenantJob.Claim.TRANSACTION), MINUTE));
  }

  @Test
  void aShorterConfiguredTickBringsAnHourlyJobsTurnSooner() {
    assertEquals(
        Duration.ofSeconds(5),
        TenantJobRunner.tick(
            job(Duration.ofHours(1), TenantJob.Claim.TRANSACTION), Duration.ofSeconds(5)));
  }

  @Test
  void aJobClaimingItsOwnRowsPollsAtItsPeriod() {
    assertEquals(
        Duration.ofSeconds(5),
        TenantJobRunner.tick(job(Duration.ofSeconds(5), TenantJob.Claim.ROWS), MINUTE));
  }
}
