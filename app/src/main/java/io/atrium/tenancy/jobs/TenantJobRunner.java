package io.atrium.tenancy.jobs;

import io.atrium.shared.database.DatabaseReady;
import io.atrium.tenancy.Tenancy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Schedules every {@link TenantJob} bean on this server once the database is ready, each at its
 * {@link #tick}, and runs it through this server's {@link JobWorker}. Ticks of one job never
 * overlap in a server: a {@link #runNow} during a pass makes it go round once more instead. On stop
 * (SIGTERM, undeploy) the schedules are cancelled, no new tenant is started, and the tenant being
 * run finishes its transaction or batch and gives its claim back, within {@link #DRAIN}.
 */
@ApplicationScoped
public class TenantJobRunner {

  /**
   * How often a server looks for due tenants at most: a run whose server died is taken over within
   * about this long (plus the lease, for leased jobs); one cheap query per job and server. Tests
   * shorten it so that an hourly job's turn comes within seconds.
   */
  @Inject
  @ConfigProperty(name = "jobs.tick.seconds", defaultValue = "60")
  long tickSeconds;

  /**
   * A leased run's claim: well above one batch (a transaction, at most Liberty's two minutes), and
   * renewed after each; a dead server's run is resumed after at most this long.
   */
  public static final Duration LEASE = Duration.ofMinutes(5);

  /** How long stopping waits for runs in progress, short of Liberty's own stop timeout. */
  static final Duration DRAIN = Duration.ofSeconds(20);

  private static final Logger LOG = Logger.getLogger(TenantJobRunner.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject @Any Instance<TenantJob> jobs;

  @Inject JobClaims claims;

  @Inject Tenancy tenancy;

  private final Map<String, Pass> passes = new ConcurrentHashMap<>();
  private final List<ScheduledFuture<?>> schedules = new CopyOnWriteArrayList<>();
  private final ReadWriteLock running = new ReentrantReadWriteLock();
  private volatile JobWorker worker;

  void start(@Observes DatabaseReady ready) {
    worker = new JobWorker(serverName(), claims, tenancy, LEASE);
    for (TenantJob job : jobs) {
      passes.put(job.name(), new Pass());
      long every = tick(job, Duration.ofSeconds(tickSeconds)).toMillis();
      schedules.add(
          executor.scheduleWithFixedDelay(() -> pass(job), every, every, TimeUnit.MILLISECONDS));
    }
  }

  /**
   * How often each server looks for the job's due tenants: the poll of a ROWS job; otherwise twice
   * per period at least and at most every {@code most}, so a run starts between one period and one
   * period plus a tick after the last.
   */
  static Duration tick(TenantJob job, Duration most) {
    Duration period = job.period();
    if (job.claim() == TenantJob.Claim.ROWS) {
      return max(period, Duration.ofSeconds(1));
    }
    Duration half = period.dividedBy(2);
    return max(half.compareTo(most) < 0 ? half : most, Duration.ofSeconds(1));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Runs the job now, off the caller's thread (the outbox after a commit that queued mail). */
  public void runNow(TenantJob job) {
    if (worker != null) {
      executor.execute(() -> pass(job));
    }
  }

  @PreDestroy
  void stop() {
    JobWorker stopping = worker;
    if (stopping != null) {
      stopping.stop();
    }
    schedules.forEach(schedule -> schedule.cancel(false));
    try {
      if (running.writeLock().tryLock(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        running.writeLock().unlock();
      } else {
        LOG.warning(
            "Jobs still running at stop; their claims lapse with their transaction or lease");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void pass(TenantJob job) {
    Pass pass = passes.computeIfAbsent(job.name(), name -> new Pass());
    pass.wanted.set(true);
    while (pass.wanted.get() && pass.busy.compareAndSet(false, true)) {
      running.readLock().lock();
      try {
        pass.wanted.set(false);
        worker.runDue(job);
      } catch (RuntimeException e) {
        // The next tick tries again; one bad pass must not cancel the schedule.
        LOG.log(Level.WARNING, job.name() + " pass failed", e);
      } finally {
        running.readLock().unlock();
        pass.busy.set(false);
      }
    }
  }

  /** Who holds a claim, for operators reading {@code tenant_job}: host, process, and a nonce. */
  private static String serverName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException | RuntimeException e) {
      host = "unknown-host";
    }
    host = host.length() > 80 ? host.substring(0, 80) : host;
    return host
        + "/"
        + ProcessHandle.current().pid()
        + "/"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  /** One job's passes in this server: one at a time, and one more if asked during one. */
  private static final class Pass {
    final AtomicBoolean busy = new AtomicBoolean();
    final AtomicBoolean wanted = new AtomicBoolean();
  }
}
