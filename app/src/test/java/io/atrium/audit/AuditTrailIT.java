package io.atrium.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.NotSignedInException;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log in the server, against the real database: the chain, its verification, what the
 * application's role may not do, concurrent writers, and tenants kept apart. Each test makes its
 * own tenants. A test signs in by putting a principal on the runner's request, as the sign-in
 * mechanism does.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  private static final Permission AUDIT_READ = Permission.of(Area.AUDIT, Action.READ);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject AuditTrail trail;

  @Inject TestTenants fixtures;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  @Inject HttpServletRequest request;

  private void signIn(TestStaff staff) {
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, staff.principal());
  }

  /** Two entries in one transaction, a third in its own, all by the system. */
  private void recordThree(TestTenant tenant, String companyId) {
    tenancy.runAsTenant(
        tenant.id(),
        () ->
            tx.run(
                () -> {
                  trail.record(
                      "Company",
                      companyId,
                      "CREATE",
                      tenant.centreId(),
                      Changes.of().field("name", null, "Acme"));
                  trail.record(
                      "Company",
                      companyId,
                      "UPDATE",
                      tenant.centreId(),
                      Changes.of().field("name", "Acme", "Acme SAS"));
                }));
    tenancy.runAsTenant(
        tenant.id(),
        () ->
            trail.record(
                "Member",
                2002,
                "ACTIVATE",
                null,
                Changes.of().field("status", "INVITED", "ACTIVE")));
  }

  @Test
  void entriesChainFromTheGenesisHashAndTheChainVerifies() {
    TestTenant tenant = fixtures.fresh("audit-chain");
    TestStaff auditor = fixtures.staff(tenant, "Ada Auditor", AUDIT_READ);
    recordThree(tenant, "1001");
    signIn(auditor);
    trail.record("Company", "1001", "DELETE", tenant.centreId(), Changes.of());

    List<AuditEntry> entries = trail.list(AuditFilter.ALL, 0, 10);
    assertEquals(List.of(4L, 3L, 2L, 1L), entries.stream().map(AuditEntry::getSeq).toList());
    assertEquals(AuditHash.GENESIS, entries.get(3).getPrevHash());
    for (int i = 0; i < 3; i++) {
      assertEquals(entries.get(i + 1).getHash(), entries.get(i).getPrevHash(), "link " + i);
    }
    AuditEntry byAuditor = entries.get(0);
    assertEquals(ActorKind.STAFF, byAuditor.getActorKind());
    assertEquals(auditor.id(), byAuditor.getActorId());
    assertEquals("Ada Auditor", byAuditor.getActorName());
    assertEquals(ActorKind.SYSTEM, entries.get(3).getActorKind(), "no one signed in");
    assertNull(entries.get(3).getActorId());
    assertNotNull(byAuditor.getRequestId(), "the runner's request has an id");
    assertEquals(
        new Changes.Change("name", "Acme", "Acme SAS"),
        entries.get(2).getChanges().get("name"),
        "changes read back from jsonb");

    ChainCheck check = trail.verify();
    assertTrue(check.isOk(), check.toString());
    assertEquals(4, check.checked());
  }

  @Test
  void theListFiltersByEntityPersonAndDaysInTheTenantsZone() {
    TestTenant tenant = fixtures.fresh("audit-filter");
    TestStaff auditor = fixtures.staff(tenant, "Ada Auditor", AUDIT_READ);
    recordThree(tenant, "1001");
    signIn(auditor);
    trail.record("Company", "1001", "ARCHIVE", tenant.centreId(), Changes.of());

    assertEquals(ZoneId.of("Europe/Paris"), trail.timeZone());
    assertEquals(List.of("Company", "Member"), trail.entityTypes());
    assertEquals(1, trail.count(new AuditFilter("Member", null, null, null, null)));
    assertEquals(3, trail.count(new AuditFilter("Company", "1001", null, null, null)));
    assertEquals(1, trail.count(new AuditFilter(null, null, "ADA aud", null, null)));
    assertEquals(0, trail.count(new AuditFilter(null, null, "%", null, null)), "no wildcards");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    assertEquals(4, trail.count(new AuditFilter(null, null, null, today, today)));
    assertEquals(0, trail.count(new AuditFilter(null, null, null, today.plusDays(1), null)));
    assertEquals(0, trail.count(new AuditFilter(null, null, null, null, today.minusDays(1))));
    assertEquals(2, trail.list(AuditFilter.ALL, 1, 2).size(), "a page");
    assertEquals(3L, trail.list(AuditFilter.ALL, 1, 2).get(0).getSeq());
  }

  @Test
  void aRowChangedByTheOwnerBreaksTheChainAtItsSeq() throws SQLException {
    TestTenant tenant = fixtures.fresh("audit-tamper");
    TestStaff auditor = fixtures.staff(tenant, "Ada Auditor", AUDIT_READ);
    recordThree(tenant, "1001");
    asOwner(
        tenant,
        "UPDATE audit_entry SET changes = '{\"name\": [\"Acme\", \"Evil Corp\"]}' WHERE seq = 2");

    signIn(auditor);
    ChainCheck check = trail.verify();
    assertFalse(check.isOk());
    assertEquals(2L, check.brokenSeq());
    assertEquals(ChainCheck.Problem.HASH, check.problem());
    assertEquals(1, check.checked(), "entries before it hold");
  }

  @Test
  void aRowRemovedByTheOwnerBreaksTheChainAtTheNextSeq() throws SQLException {
    TestTenant tenant = fixtures.fresh("audit-gap");
    TestStaff auditor = fixtures.staff(tenant, "Ada Auditor", AUDIT_READ);
    recordThree(tenant, "1001");
    asOwner(tenant, "DELETE FROM audit_entry WHERE seq = 2");

    signIn(auditor);
    ChainCheck check = trail.verify();
    assertEquals(3L, check.brokenSeq());
    assertEquals(ChainCheck.Problem.SEQUENCE, check.problem());
  }

  @Test
  void theApplicationsRoleCanNeitherChangeNorRemoveEntries() throws SQLException {
    TestTenant tenant = fixtures.fresh("audit-immutable");
    recordThree(tenant, "1001");
    for (String sql :
        List.of(
            "UPDATE audit_entry SET action = 'FORGED'",
            "UPDATE audit_entry SET changes = '{}' WHERE seq = 1",
            "DELETE FROM audit_entry",
            "DELETE FROM audit_entry WHERE seq = 3",
            "TRUNCATE audit_entry")) {
      try (Connection app = TestDatabase.appConnectionInServer()) {
        app.setAutoCommit(false);
        TestDatabase.bindTenant(app, tenant.id());
        try (Statement statement = app.createStatement()) {
          SQLException refused =
              assertThrows(SQLException.class, () -> statement.execute(sql), sql);
          assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
          assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
        } finally {
          app.rollback();
        }
      }
    }
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      assertEquals(3, count(app, "SELECT count(*) FROM audit_entry"), "all three are still there");
      app.rollback();
    }
  }

  @Test
  void concurrentWritersOfOneTenantKeepOneGaplessChain() throws Exception {
    TestTenant tenant = fixtures.fresh("audit-concurrent");
    TestStaff auditor = fixtures.staff(tenant, "Ada Auditor", AUDIT_READ);
    int writers = 6;
    int perWriter = 10;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int w = 0; w < writers; w++) {
        String companyId = "W" + w;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perWriter; i++) {
                    int n = i;
                    tenancy.runAsTenant(
                        tenant.id(),
                        () ->
                            trail.record(
                                "Company",
                                companyId,
                                "UPDATE",
                                tenant.centreId(),
                                Changes.of().field("counter", n, n + 1)));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> writer : done) {
        writer.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    signIn(auditor);
    ChainCheck check = trail.verify();
    assertTrue(check.isOk(), check.toString());
    assertEquals(writers * perWriter, check.checked());
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      assertEquals(
          writers * perWriter,
          count(app, "SELECT count(DISTINCT seq) FROM audit_entry WHERE seq BETWEEN 1 AND 60"));
      assertEquals(writers * perWriter, count(app, "SELECT max(seq) FROM audit_entry"));
      app.rollback();
    }
  }

  /**
   * A command holds the tenant's chain only from its end to its commit: another writer of the
   * tenant records and commits while the first command is still at work, and its entry comes first
   * in the chain. (When the first entry took the chain, the second writer waited for the whole
   * command, which waited for it in turn, and the command gave up.)
   */
  @Test
  void aWriterDoesNotWaitForAnotherCommandOfItsTenantToFinish() throws Exception {
    TestTenant tenant = fixtures.fresh("audit-late-lock");
    TestStaff auditor = fixtures.staff(tenant, "Ada Auditor", AUDIT_READ);
    CountDownLatch recorded = new CountDownLatch(1);
    CountDownLatch otherCommitted = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> slow =
          pool.submit(
              () ->
                  tenancy.runAsTenant(
                      tenant.id(),
                      () ->
                          tx.call(
                              () -> {
                                trail.record(
                                    "Company", "SLOW", "UPDATE", tenant.centreId(), Changes.of());
                                recorded.countDown();
                                try {
                                  return otherCommitted.await(20, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                  Thread.currentThread().interrupt();
                                  return false;
                                }
                              })));
      Future<?> quick =
          pool.submit(
              () -> {
                recorded.await();
                tenancy.runAsTenant(
                    tenant.id(),
                    () ->
                        trail.record(
                            "Company", "QUICK", "UPDATE", tenant.centreId(), Changes.of()));
                otherCommitted.countDown();
                return null;
              });
      assertTrue(slow.get(60, TimeUnit.SECONDS), "the other writer committed meanwhile");
      quick.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    signIn(auditor);
    List<AuditEntry> entries = trail.list(AuditFilter.ALL, 0, 10);
    assertEquals(List.of("SLOW", "QUICK"), entries.stream().map(AuditEntry::getEntityId).toList());
    assertEquals(List.of(2L, 1L), entries.stream().map(AuditEntry::getSeq).toList());
    assertTrue(trail.verify().isOk());
  }

  @Test
  void aTenantNeverSeesAnotherTenantsEntries() throws SQLException {
    TestTenant a = fixtures.fresh("audit-iso-a");
    TestTenant b = fixtures.fresh("audit-iso-b");
    TestStaff auditorOfB = fixtures.staff(b, "Bea Auditor", AUDIT_READ);
    recordThree(a, "A-1");
    recordThree(b, "B-1");
    tenancy.runAsTenant(
        a.id(), () -> trail.record("Company", "A-1", "DELETE", a.centreId(), Changes.of()));

    signIn(auditorOfB);
    List<AuditEntry> seenByB = trail.list(AuditFilter.ALL, 0, 100);
    assertEquals(3, seenByB.size());
    assertTrue(seenByB.stream().noneMatch(e -> e.getEntityId().equals("A-1")));
    assertEquals(0, trail.count(new AuditFilter("Company", "A-1", null, null, null)));
    assertTrue(trail.verify().isOk(), "B's chain is B's alone");

    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, b.id());
      assertEquals(
          0, count(app, "SELECT count(*) FROM audit_entry WHERE tenant_id = " + a.id()), "RLS");
      assertEquals(3, count(app, "SELECT count(*) FROM audit_entry"));
      app.rollback();
      assertEquals(0, count(app, "SELECT count(*) FROM audit_entry"), "no tenant, no rows");
      app.rollback();
    }
  }

  @Test
  void onlyReadersOfTheLogMayListOrVerifyIt() {
    TestTenant tenant = fixtures.fresh("audit-rights");
    TestStaff clerk =
        fixtures.staff(tenant, "Carl Clerk", Permission.of(Area.TICKETS, Action.READ));
    assertThrows(NotSignedInException.class, () -> trail.list(AuditFilter.ALL, 0, 10));
    signIn(clerk);
    assertThrows(ForbiddenException.class, () -> trail.list(AuditFilter.ALL, 0, 10));
    assertThrows(ForbiddenException.class, () -> trail.count(AuditFilter.ALL));
    assertThrows(ForbiddenException.class, () -> trail.verify());
    assertThrows(ForbiddenException.class, () -> trail.timeZone());
  }

  @Test
  void anEntryNeedsATenantAndWellFormedNames() {
    assertThrows(
        IllegalStateException.class,
        () -> trail.record("Company", 1, "CREATE", null, Changes.of()),
        "no tenant bound");
    TestTenant tenant = fixtures.fresh("audit-names");
    tenancy.runAsTenant(
        tenant.id(),
        () -> {
          assertThrows(
              IllegalArgumentException.class,
              () -> trail.record("Company", 1, "created", null, Changes.of()));
          assertThrows(
              IllegalArgumentException.class,
              () -> trail.record("Company; DROP", 1, "CREATE", null, Changes.of()));
        });
  }

  private static void asOwner(TestTenant tenant, String sql) throws SQLException {
    try (Connection owner = TestDatabase.ownerConnectionInServer()) {
      owner.setAutoCommit(false);
      // The owner is bound by forced row-level security too.
      TestDatabase.bindTenant(owner, tenant.id());
      try (Statement statement = owner.createStatement()) {
        assertEquals(1, statement.executeUpdate(sql), sql);
      }
      owner.commit();
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
