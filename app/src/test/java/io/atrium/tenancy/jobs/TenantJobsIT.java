package io.atrium.tenancy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.helpdesk.SolvedTickets;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.reception.NoShowJob;
import io.atrium.reception.NoShows;
import io.atrium.reception.Retention;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.jobs.JobWorker.Outcome;
import io.atrium.testing.Deployments;
import io.atrium.testing.Poll;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Jobs that run once with several servers on one database, in the server against the real
 * PostgreSQL: two {@link JobWorker}s with different server names play two servers ticking at the
 * same moment on the same due tenants, with the real no-show sweep, ticket auto-close and retention
 * purge as their work, and the effects (rows changed, audit entries, mails queued) are counted.
 * Each test job has a name of its own, so the test server's own runner, which knows only the real
 * jobs, never runs it; the tenants are new, so the real jobs leave them alone for an hour.
 */
@ExtendWith(ArquillianExtension.class)
class TenantJobsIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants fixtures;

  @Inject Tenancy tenancy;

  @Inject JobClaims claims;

  @Inject TenantJobRunner runner;

  @Inject NoShows noShows;

  @Inject SolvedTickets solved;

  @Inject Retention retention;

  @Inject ConnectionProbe probe;

  @Inject NoShowJob noShowJob;

  /** The inviting staff member of each tenant this class made. */
  private final Map<Long, Long> staffIds = new ConcurrentHashMap<>();

  private JobWorker server(String name) {
    return new JobWorker(name, claims, tenancy, TenantJobRunner.LEASE);
  }

  @Test
  void twoServersTickingTogetherSweepEachTenantOncePerPeriod() throws Exception {
    List<TestTenant> tenants = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      TestTenant tenant = tenantWithHost("jobs-sweep");
      visitor(tenant, "Past One", LocalDate.now(PARIS).minusDays(1), "EXPECTED");
      visitor(tenant, "Past Two", LocalDate.now(PARIS).minusDays(2), "EXPECTED");
      visitor(tenant, "Today", LocalDate.now(PARIS), "EXPECTED");
      tenants.add(tenant);
    }
    TenantJob sweep = job("it.no-shows", HOUR, TenantJob.Claim.TRANSACTION, run -> noShows.sweep());
    tenants.forEach(t -> lastRanAgo(t, sweep, Duration.ofHours(2)));

    List<List<Outcome>> first = together(sweep, tenants);

    for (int i = 0; i < tenants.size(); i++) {
      TestTenant tenant = tenants.get(i);
      assertEquals(
          List.of(Outcome.DONE, Outcome.SKIPPED),
          sorted(first.get(0).get(i), first.get(1).get(i)),
          "one server ran tenant " + i + ", the other skipped it");
      assertEquals(2, count(tenant, "SELECT count(*) FROM visitor WHERE state = 'NO_SHOW'"));
      assertEquals(2, audited(tenant, "Visitor", "NO_SHOW"), "each no-show audited once");
      assertEquals(
          1, count(tenant, "SELECT count(*) FROM visitor WHERE state = 'EXPECTED'"), "today's");
    }

    // Within the period nothing runs again, even for a visitor that became past meanwhile.
    TestTenant first0 = tenants.get(0);
    visitor(first0, "Past Three", LocalDate.now(PARIS).minusDays(3), "EXPECTED");
    List<List<Outcome>> again = together(sweep, tenants);
    assertTrue(
        again.stream().flatMap(List::stream).allMatch(o -> o == Outcome.SKIPPED),
        "nothing is due within the period: " + again);
    assertEquals(2, audited(first0, "Visitor", "NO_SHOW"));

    // One period later, the next tick sweeps it, once.
    lastRanAgo(first0, sweep, Duration.ofMinutes(61));
    List<List<Outcome>> next = together(sweep, List.of(first0));
    assertEquals(
        List.of(Outcome.DONE, Outcome.SKIPPED), sorted(next.get(0).get(0), next.get(1).get(0)));
    assertEquals(3, audited(first0, "Visitor", "NO_SHOW"));
    assertEquals(
        1, count(first0, "SELECT count(*) FROM visitor WHERE state = 'EXPECTED'"), "today's");
  }

  @Test
  void twoServersTickingTogetherCloseEachExpiredTicketOnceWithOneMail() throws Exception {
    List<TestTenant> tenants = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      TestTenant tenant = tenantWithHost("jobs-close");
      solvedTicket(tenant, 1, "now() - interval '8 days'");
      solvedTicket(tenant, 2, "now() - interval '9 days'");
      solvedTicket(tenant, 3, "now() - interval '1 day'");
      tenants.add(tenant);
    }
    TenantJob close =
        job("it.auto-close", HOUR, TenantJob.Claim.TRANSACTION, run -> solved.closeExpired());
    tenants.forEach(t -> lastRanAgo(t, close, Duration.ofHours(2)));

    List<List<Outcome>> outcomes = together(close, tenants);
    together(close, tenants);

    for (int i = 0; i < tenants.size(); i++) {
      TestTenant tenant = tenants.get(i);
      assertEquals(
          List.of(Outcome.DONE, Outcome.SKIPPED),
          sorted(outcomes.get(0).get(i), outcomes.get(1).get(i)));
      assertEquals(2, count(tenant, "SELECT count(*) FROM ticket WHERE status = 'CLOSED'"));
      assertEquals(1, count(tenant, "SELECT count(*) FROM ticket WHERE status = 'SOLVED'"));
      assertEquals(2, audited(tenant, "Ticket", "CLOSE"), "each closing audited once");
      assertEquals(
          2,
          count(tenant, "SELECT count(*) FROM outbox_mail WHERE template = 'ticket.status'"),
          "one mail to the requester per closed ticket");
      assertEquals(
          2, count(tenant, "SELECT count(*) FROM ticket_activity WHERE kind = 'STATUS_CHANGED'"));
    }
  }

  @Test
  void aServerKilledMidRunLeavesNothingAndAnotherServerTakesTheTenantOver() throws Exception {
    TestTenant tenant = tenantWithHost("jobs-killed");
    visitor(tenant, "Past One", LocalDate.now(PARIS).minusDays(1), "EXPECTED");
    visitor(tenant, "Past Two", LocalDate.now(PARIS).minusDays(1), "EXPECTED");
    AtomicLong backend = new AtomicLong();
    CountDownLatch midway = new CountDownLatch(1);
    CountDownLatch killed = new CountDownLatch(1);
    AtomicBoolean firstRun = new AtomicBoolean(true);
    TenantJob sweep =
        job(
            "it.no-shows-killed",
            HOUR,
            TenantJob.Claim.TRANSACTION,
            run -> {
              noShows.sweep();
              if (firstRun.getAndSet(false)) {
                backend.set(probe.backendPid());
                midway.countDown();
                await(killed);
              }
            });
    lastRanAgo(tenant, sweep, Duration.ofHours(2));
    JobWorker a = server("server-a");
    JobWorker b = server("server-b");

    Future<Outcome> dying = executor().submit(() -> a.runIfDue(sweep, tenant.id()));
    await(midway);
    assertEquals(Outcome.SKIPPED, b.runIfDue(sweep, tenant.id()), "held while server A runs it");
    try (Connection app = TestDatabase.appConnectionInServer();
        PreparedStatement kill = app.prepareStatement("SELECT pg_terminate_backend(?::int)")) {
      kill.setLong(1, backend.get());
      try (ResultSet done = kill.executeQuery()) {
        assertTrue(done.next() && done.getBoolean(1), "server A's connection is killed");
      }
    }
    killed.countDown();
    assertEquals(Outcome.FAILED, dying.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    assertEquals(2, count(tenant, "SELECT count(*) FROM visitor WHERE state = 'EXPECTED'"));
    assertEquals(0, audited(tenant, "Visitor", "NO_SHOW"), "server A's work rolled back");

    assertEquals(Outcome.DONE, b.runIfDue(sweep, tenant.id()), "server B takes it over");
    assertEquals(2, count(tenant, "SELECT count(*) FROM visitor WHERE state = 'NO_SHOW'"));
    assertEquals(2, audited(tenant, "Visitor", "NO_SHOW"));
    assertEquals("server-b", text(tenant, "SELECT last_server FROM tenant_job"));
  }

  @Test
  void aLeaseLeftByADeadServerHoldsUntilItLapsesThenAnotherServerResumes() throws Exception {
    TestTenant tenant = tenantWithHost("jobs-lease");
    visitor(tenant, "Old One", LocalDate.now(PARIS).minusDays(400), "CHECKED_OUT");
    visitor(tenant, "Old Two", LocalDate.now(PARIS).minusDays(500), "NO_SHOW");
    TenantJob purge =
        job(
            "it.retention",
            Duration.ofDays(1),
            TenantJob.Claim.LEASE,
            run -> {
              while (retention.purge(PARIS) == Retention.BATCH && run.renew()) {
                // batch after batch while the lease holds
              }
            });
    lastRanAgo(tenant, purge, Duration.ofDays(2));
    assertTrue(
        tenancy.runAsTenant(
            tenant.id(),
            () -> claims.lease(purge.name(), purge.period(), "dead-server", TenantJobRunner.LEASE)),
        "the dead server had claimed it");
    JobWorker b = server("server-b");

    assertEquals(Outcome.SKIPPED, b.runIfDue(purge, tenant.id()), "its lease still runs");
    assertEquals(0, count(tenant, "SELECT count(*) FROM visitor WHERE purged_at IS NOT NULL"));

    execute(
        tenant,
        "UPDATE tenant_job SET claimed_until = now() - interval '1 second'"
            + " WHERE job = '"
            + purge.name()
            + "'");
    assertEquals(Outcome.DONE, b.runIfDue(purge, tenant.id()), "taken over once lapsed");
    assertEquals(2, count(tenant, "SELECT count(*) FROM visitor WHERE purged_at IS NOT NULL"));
    assertEquals(1, audited(tenant, "Visitor", "PURGE"));
    assertEquals("server-b", text(tenant, "SELECT last_server FROM tenant_job"));
    assertNull(text(tenant, "SELECT claimed_by FROM tenant_job"), "no claim left");
    assertEquals(Outcome.SKIPPED, server("server-a").runIfDue(purge, tenant.id()));
  }

  @Test
  void onStopALeasedRunEndsAfterItsBatchAndGivesItsClaimBackAtOnce() throws Exception {
    TestTenant tenant = tenantWithHost("jobs-stop");
    visitor(tenant, "Old One", LocalDate.now(PARIS).minusDays(400), "CHECKED_OUT");
    CountDownLatch batchDone = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicInteger batches = new AtomicInteger();
    AtomicBoolean holdFirst = new AtomicBoolean(true);
    TenantJob purge =
        job(
            "it.retention-stop",
            Duration.ofDays(1),
            TenantJob.Claim.LEASE,
            run -> {
              do {
                retention.purge(PARIS);
                batches.incrementAndGet();
                if (holdFirst.getAndSet(false)) {
                  batchDone.countDown();
                  await(stopped);
                }
              } while (batches.get() < 3 && run.renew());
            });
    lastRanAgo(tenant, purge, Duration.ofDays(2));
    JobWorker a = server("server-a");

    Future<Outcome> stopping = executor().submit(() -> a.runIfDue(purge, tenant.id()));
    await(batchDone);
    a.stop();
    stopped.countDown();

    assertEquals(Outcome.INTERRUPTED, stopping.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    assertEquals(1, batches.get(), "no batch after the stop");
    assertEquals(1, audited(tenant, "Visitor", "PURGE"), "the committed batch stays");
    assertNull(text(tenant, "SELECT claimed_by FROM tenant_job"), "the claim is given back");
    assertEquals(Outcome.SKIPPED, a.runIfDue(purge, tenant.id()), "a stopping server starts none");

    assertEquals(
        Outcome.DONE,
        server("server-b").runIfDue(purge, tenant.id()),
        "another server resumes it at its next tick, without waiting for a lease");
    assertEquals(1, audited(tenant, "Visitor", "PURGE"), "nothing purged twice");
  }

  @Test
  void aFailingTenantDoesNotStopTheOthersAndIsRetriedAtTheNextTick() throws Exception {
    List<TestTenant> tenants = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      TestTenant tenant = tenantWithHost("jobs-fail");
      visitor(tenant, "Past", LocalDate.now(PARIS).minusDays(1), "EXPECTED");
      tenants.add(tenant);
    }
    long bad = tenants.get(1).id();
    AtomicBoolean broken = new AtomicBoolean(true);
    Consumer<TenantRun> work =
        run -> {
          noShows.sweep();
          if (run.tenantId() == bad && broken.get()) {
            throw new IllegalStateException("Centre data this tenant cannot sweep");
          }
        };
    TenantJob sweep = job("it.no-shows-failing", HOUR, TenantJob.Claim.TRANSACTION, work);
    tenants.forEach(t -> lastRanAgo(t, sweep, Duration.ofHours(2)));
    JobWorker a = server("server-a");

    List<Outcome> outcomes = tenants.stream().map(t -> a.runIfDue(sweep, t.id())).toList();

    assertEquals(List.of(Outcome.DONE, Outcome.FAILED, Outcome.DONE), outcomes);
    assertEquals(1, audited(tenants.get(0), "Visitor", "NO_SHOW"));
    assertEquals(0, audited(tenants.get(1), "Visitor", "NO_SHOW"), "rolled back");
    assertEquals(1, audited(tenants.get(2), "Visitor", "NO_SHOW"));
    assertTrue(
        text(tenants.get(1), "SELECT last_error FROM tenant_job").contains("cannot sweep"),
        "the failure is noted for operators");

    broken.set(false);
    assertEquals(Outcome.DONE, a.runIfDue(sweep, bad), "still due: retried at the next tick");
    assertEquals(1, audited(tenants.get(1), "Visitor", "NO_SHOW"));
    assertNull(text(tenants.get(1), "SELECT last_error FROM tenant_job"));

    // A job that claims its own rows visits the tenants with work the same way.
    broken.set(true);
    Set<Long> visited = ConcurrentHashMap.newKeySet();
    TenantJob rows =
        new TenantJob() {
          @Override
          public String name() {
            return "it.rows";
          }

          @Override
          public Duration period() {
            return Duration.ofSeconds(5);
          }

          @Override
          public Claim claim() {
            return Claim.ROWS;
          }

          @Override
          public List<Long> tenantsWithWork() {
            return tenants.stream().map(TestTenant::id).toList();
          }

          @Override
          public void run(TenantRun run) {
            if (run.tenantId() == bad) {
              throw new IllegalStateException("This tenant's rows cannot be read");
            }
            visited.add(run.tenantId());
          }
        };
    assertEquals(2, a.runDue(rows), "the tenants after the failing one are visited");
    assertEquals(Set.of(tenants.get(0).id(), tenants.get(2).id()), visited);
  }

  @Test
  void theDueScanLeavesOutNewTenantsRecentRunsRunningLeasesAndSuspendedTenants() {
    TestTenant old = fixtures.fresh("jobs-scan");
    TestTenant fresh = fixtures.fresh("jobs-scan");
    TestTenant recent = fixtures.fresh("jobs-scan");
    TestTenant leased = fixtures.fresh("jobs-scan");
    TenantJob scanned = job("it.scan", HOUR, TenantJob.Claim.LEASE, run -> {});
    lastRanAgo(old, scanned, Duration.ofHours(2));
    lastRanAgo(recent, scanned, Duration.ofMinutes(10));
    lastRanAgo(leased, scanned, Duration.ofHours(2));
    tenancy.runAsTenant(
        leased.id(), () -> claims.lease(scanned.name(), HOUR, "server-x", TenantJobRunner.LEASE));
    TestTenant suspended = fixtures.fresh("jobs-scan");
    lastRanAgo(suspended, scanned, Duration.ofHours(2));
    fixtures.suspend(suspended.slug());

    var due =
        tenancy.runAsPlatform(() -> claims.due(scanned.name(), HOUR)).stream()
            .collect(Collectors.toMap(JobClaims.Due::tenantId, JobClaims.Due::hasRow));

    assertEquals(Boolean.TRUE, due.get(old.id()), "ran two hours ago: due");
    assertFalse(due.containsKey(fresh.id()), "created just now: its first run is in an hour");
    assertFalse(due.containsKey(recent.id()), "ran ten minutes ago");
    assertFalse(due.containsKey(leased.id()), "another server holds it");
    assertFalse(due.containsKey(suspended.id()), "suspended tenants are left alone");
  }

  @Test
  void theServersOwnRunnerRunsTheRealNoShowJobForADueTenant() throws Exception {
    TestTenant tenant = tenantWithHost("jobs-real");
    visitor(tenant, "Past", LocalDate.now(PARIS).minusDays(1), "EXPECTED");
    lastRanAgo(tenant, noShowJob, Duration.ofHours(2));

    runner.runNow(noShowJob);

    Poll.until(
        Duration.ofSeconds(90),
        Duration.ofMillis(200),
        () -> audited(tenant, "Visitor", "NO_SHOW") > 0);
    assertEquals(1, audited(tenant, "Visitor", "NO_SHOW"), "swept by the server's own runner");
    String server = text(tenant, "SELECT last_server FROM tenant_job");
    assertTrue(server != null && !server.startsWith("server-"), "by this server: " + server);
  }

  // --- fixtures of this class ---

  private static TenantJob job(
      String name, Duration period, TenantJob.Claim claim, Consumer<TenantRun> work) {
    return new TenantJob() {
      @Override
      public String name() {
        return name;
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
      public void run(TenantRun run) {
        work.accept(run);
      }
    };
  }

  /** Both servers run the job for every tenant at the same moment; each one's outcomes. */
  private List<List<Outcome>> together(TenantJob job, List<TestTenant> tenants) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<List<Outcome>>> runs = new ArrayList<>();
    for (JobWorker worker : List.of(server("server-a"), server("server-b"))) {
      runs.add(
          executor()
              .submit(
                  () -> {
                    start.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                    return tenants.stream().map(t -> worker.runIfDue(job, t.id())).toList();
                  }));
    }
    List<List<Outcome>> outcomes = new ArrayList<>();
    for (Future<List<Outcome>> run : runs) {
      outcomes.add(run.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  private static List<Outcome> sorted(Outcome... outcomes) {
    return Arrays.stream(outcomes).sorted().toList();
  }

  private static ManagedExecutorService executor() throws NamingException {
    return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("Waited " + WAIT + " in vain");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The tenant's job last completed a run this long ago (its row, as a server would leave it). */
  private void lastRanAgo(TestTenant tenant, TenantJob job, Duration ago) {
    execute(
        tenant,
        "INSERT INTO tenant_job (tenant_id, job, last_started_at, last_finished_at)"
            + " VALUES ("
            + tenant.id()
            + ", '"
            + job.name()
            + "', now() - interval '"
            + ago.toSeconds()
            + " seconds', now() - interval '"
            + ago.toSeconds()
            + " seconds') ON CONFLICT (tenant_id, job) DO UPDATE"
            + " SET last_started_at = excluded.last_started_at");
  }

  private TestTenant tenantWithHost(String prefix) {
    TestTenant tenant = fixtures.fresh(prefix);
    TestStaff staff = fixtures.staff(tenant, "Desk", Permission.of(Area.VISITORS, Action.READ));
    execute(
        tenant,
        "INSERT INTO member (tenant_id, id, full_name, email, language, home_centre_id, status)"
            + " VALUES ("
            + tenant.id()
            + ", nextval('atrium_id_seq'), 'Hana Host', 'hana@"
            + tenant.slug()
            + ".test', 'en', "
            + tenant.centreId()
            + ", 'ACTIVE')",
        "INSERT INTO reception_setting (tenant_id, id, visitor_retention_days) VALUES ("
            + tenant.id()
            + ", nextval('atrium_id_seq'), 30)");
    staffIds.put(tenant.id(), staff.id());
    return tenant;
  }

  private void visitor(TestTenant tenant, String name, LocalDate day, String state) {
    execute(
        tenant,
        "INSERT INTO visitor (tenant_id, id, centre_id, host_id, host_name, invited_by_kind,"
            + " invited_by_id, invited_by_name, full_name, email, expected_date, visit_time, state,"
            + " check_in_token_hash) SELECT m.tenant_id, nextval('atrium_id_seq'), "
            + tenant.centreId()
            + ", m.id, m.full_name, 'STAFF', "
            + staffIds.get(tenant.id())
            + ", 'Desk', '"
            + name
            + "', 'v@example.test', DATE '"
            + day
            + "', '10:00', '"
            + state
            + "', encode(sha256(gen_random_uuid()::text::bytea), 'hex') FROM member m");
  }

  /** A ticket of the host's, solved at the given time. */
  private void solvedTicket(TestTenant tenant, int seq, String solvedAt) {
    execute(
        tenant,
        "INSERT INTO ticket (tenant_id, id, centre_id, seq, number, type, priority, title,"
            + " description, status, requester_member_id, created_at, first_response_due,"
            + " resolution_due, first_response_at, solved_at) SELECT m.tenant_id,"
            + " nextval('atrium_id_seq'), "
            + tenant.centreId()
            + ", "
            + seq
            + ", 'PAR1-0000"
            + seq
            + "', 'INTERNET', 'NORMAL', 'Wi-Fi', 'Down', 'SOLVED', m.id, now() - interval"
            + " '10 days', now(), now(), now() - interval '10 days', "
            + solvedAt
            + " FROM member m");
  }

  private static void execute(TestTenant tenant, String... statements) {
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      try (Statement sql = app.createStatement()) {
        for (String statement : statements) {
          sql.execute(statement);
        }
      }
      app.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(TestTenant tenant, String sql) {
    return Long.parseLong(text(tenant, sql));
  }

  private static long audited(TestTenant tenant, String entity, String action) {
    return count(
        tenant,
        "SELECT count(*) FROM audit_entry WHERE entity_type = '"
            + entity
            + "' AND action = '"
            + action
            + "' AND actor_kind = 'SYSTEM'");
  }

  private static String text(TestTenant tenant, String sql) {
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      try (Statement statement = app.createStatement();
          ResultSet row = statement.executeQuery(sql)) {
        String value = row.next() ? row.getString(1) : null;
        app.rollback();
        return value;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
