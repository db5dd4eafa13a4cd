package io.atrium.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.audit.AuditEntry;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.jobs.TenantRun;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reception's background jobs, their work for one tenant invoked directly in the server (how
 * servers share them is {@code TenantJobsIT}'s): the retention purge blanks old visitors' personal
 * data after the tenant's number of days and keeps anonymous rows; the no-show sweep closes past
 * days' expected visitors. Each test has a tenant of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ReceptionJobsIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants fixtures;

  @Inject Tenancy tenancy;

  @Inject RetentionJob retentionJob;

  @Inject NoShows noShows;

  /** A tenant with a host and visitors of the given names, each on the day given. */
  private TestTenant tenantWith(String prefix, Map<String, Object[]> visitors) throws SQLException {
    TestTenant tenant = fixtures.fresh(prefix);
    TestStaff staff = fixtures.staff(tenant, "Desk", Permission.of(Area.VISITORS, Action.READ));
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      try (Statement sql = app.createStatement()) {
        long t = tenant.id();
        sql.execute(
            "INSERT INTO member (tenant_id, id, full_name, email, language, home_centre_id, status)"
                + " VALUES ("
                + t
                + ", nextval('atrium_id_seq'), 'Hana Host', 'hana@"
                + tenant.slug()
                + ".test', 'en', "
                + tenant.centreId()
                + ", 'ACTIVE')");
        for (var visitor : visitors.entrySet()) {
          sql.execute(
              "INSERT INTO visitor (tenant_id, id, centre_id, host_id, host_name, invited_by_kind,"
                  + " invited_by_id, invited_by_name, full_name, email, phone, company_name,"
                  + " purpose, notes, expected_date, visit_time, state, check_in_token_hash)"
                  + " SELECT "
                  + t
                  + ", nextval('atrium_id_seq'), "
                  + tenant.centreId()
                  + ", m.id, 'Hana Host', 'STAFF', "
                  + staff.id()
                  + ", 'Desk', '"
                  + visitor.getKey()
                  + "', 'v@example.test', '+33 6 00 00 00 00', 'Acme', 'Talk', 'Notes', DATE '"
                  + visitor.getValue()[0]
                  + "', '10:00', '"
                  + visitor.getValue()[1]
                  + "', encode(sha256(gen_random_uuid()::text::bytea), 'hex') FROM member m");
        }
      }
      app.commit();
    }
    return tenant;
  }

  /**
   * The named visitors invited to one booking of the tenant, each with the door grant they were
   * given for it (the holder: their name, as provisioning writes it).
   */
  private static void invitedWithGrants(TestTenant tenant, String... names) throws SQLException {
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      try (Statement sql = app.createStatement()) {
        String t = tenant.id() + ", ";
        String centre = Long.toString(tenant.centreId());
        sql.execute(
            "INSERT INTO catalogue_item (tenant_id, id, code, kind, service_type, name_en, name_fr,"
                + " unit, vat_category, tax_rate) VALUES ("
                + t
                + "nextval('atrium_id_seq'), 'ROOM', 'MAIN', 'MEETING_ROOM', 'Room', 'Salle',"
                + " 'HOUR', 'S', 20)");
        sql.execute(
            "INSERT INTO floor (tenant_id, id, centre_id, name) VALUES ("
                + t
                + "nextval('atrium_id_seq'), "
                + centre
                + ", 'Ground')");
        sql.execute(
            "INSERT INTO space (tenant_id, id, centre_id, floor_id, kind, name, catalogue_item_id)"
                + " SELECT "
                + t
                + "nextval('atrium_id_seq'), "
                + centre
                + ", f.id, 'MEETING_ROOM', 'Room 1', i.id FROM floor f, catalogue_item i");
        sql.execute(
            "INSERT INTO company (tenant_id, id, name, kind, home_centre_id) VALUES ("
                + t
                + "nextval('atrium_id_seq'), 'Acme', 'CLIENT', "
                + centre
                + ")");
        sql.execute(
            "INSERT INTO booking (tenant_id, id, centre_id, space_id, company_id, starts_at,"
                + " ends_at) SELECT "
                + t
                + "nextval('atrium_id_seq'), "
                + centre
                + ", s.id, c.id, now() - interval '40 days', now() - interval '40 days'"
                + " + interval '1 hour' FROM space s, company c");
        for (String name : names) {
          sql.execute(
              "UPDATE visitor SET booking_id = (SELECT id FROM booking) WHERE full_name = '"
                  + name
                  + "'");
          sql.execute(
              "INSERT INTO access_grant (tenant_id, id, centre_id, booking_id, visitor_id, system,"
                  + " holder, valid_from, valid_until, status) SELECT "
                  + t
                  + "nextval('atrium_id_seq'), b.centre_id, b.id, v.id, 'DOOR', v.full_name,"
                  + " b.starts_at, b.ends_at, 'REVOKED' FROM booking b, visitor v WHERE"
                  + " v.full_name = '"
                  + name
                  + "'");
        }
      }
      app.commit();
    }
  }

  /** The holders of the tenant's door grants, by the visitor's id. */
  private static Map<Long, String> grantHolders(TestTenant tenant) throws SQLException {
    Map<Long, String> holders = new java.util.HashMap<>();
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      try (Statement sql = app.createStatement();
          var rows = sql.executeQuery("SELECT visitor_id, holder FROM access_grant")) {
        while (rows.next()) {
          holders.put(rows.getLong(1), rows.getString(2));
        }
      }
      app.commit();
    }
    return holders;
  }

  private Map<String, Visitor> visitors(TestTenant tenant) {
    return fixtures.all(tenant.id(), Visitor.class).stream()
        .collect(
            Collectors.toMap(
                v -> v.getFullName() == null ? "#" + v.getId() : v.getFullName(),
                Function.identity()));
  }

  /** The daily job's run for one tenant, as the runner calls it once it holds the claim. */
  private int purge(TestTenant tenant) {
    TenantRun run =
        new TenantRun() {
          @Override
          public long tenantId() {
            return tenant.id();
          }

          @Override
          public boolean renew() {
            return true;
          }
        };
    return tenancy.runAsTenant(tenant.id(), () -> retentionJob.purge(run));
  }

  @Test
  void thePurgeBlanksPersonalDataAfterTheTenantsRetentionAndKeepsAnonymousRows()
      throws SQLException {
    LocalDate today = LocalDate.now(PARIS);
    TestTenant tenant =
        tenantWith(
            "purge",
            Map.of(
                "Old Visitor", new Object[] {today.minusDays(31), "CHECKED_OUT"},
                "Recent Visitor", new Object[] {today.minusDays(29), "CHECKED_OUT"},
                "Older Default", new Object[] {today.minusDays(400), "NO_SHOW"}));
    TestTenant untouched =
        tenantWith(
            "purge-other",
            Map.of("Recent Elsewhere", new Object[] {today.minusDays(31), "CHECKED_OUT"}));
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      try (Statement sql = app.createStatement()) {
        sql.execute(
            "INSERT INTO reception_setting (tenant_id, id, visitor_retention_days) VALUES ("
                + tenant.id()
                + ", nextval('atrium_id_seq'), 30)");
      }
      app.commit();
    }

    invitedWithGrants(tenant, "Old Visitor", "Recent Visitor");
    Map<String, Visitor> before = visitors(tenant);

    int purged = purge(tenant);
    purge(untouched);

    assertEquals(2, purged, "this tenant's two old visitors");
    Map<String, Visitor> after = visitors(tenant);
    assertEquals(3, after.size(), "every row stays: " + after.keySet());
    Visitor recent = after.get("Recent Visitor");
    assertNotNull(recent, "29 days: kept with its data");
    assertNull(recent.getPurgedAt());
    long anonymous = after.values().stream().filter(Visitor::isPurged).count();
    assertEquals(2, anonymous);
    for (Visitor v : after.values()) {
      if (v.isPurged()) {
        assertNull(v.getFullName());
        assertNull(v.getEmail());
        assertNull(v.getPhone());
        assertNull(v.getCompanyName());
        assertNull(v.getPurpose());
        assertNull(v.getNotes());
        assertEquals("Hana Host", v.getHostName(), "the host and the state stay for the counts");
      }
    }
    assertTrue(
        visitors(untouched).containsKey("Recent Elsewhere"),
        "another tenant keeps the default of 365 days");
    long audited =
        fixtures.all(tenant.id(), AuditEntry.class).stream()
            .filter(e -> e.getEntityType().equals("Visitor") && e.getAction().equals("PURGE"))
            .count();
    assertEquals(1, audited, "the purge is audited");
    Map<Long, String> holders = grantHolders(tenant);
    assertEquals(2, holders.size(), "the grants stay, as the provisioning log's record");
    assertNull(
        holders.get(before.get("Old Visitor").getId()),
        "a purged visitor's grant forgets the name: " + holders);
    assertEquals("Recent Visitor", holders.get(before.get("Recent Visitor").getId()));
    assertEquals(0, purge(tenant), "nothing is purged twice");
  }

  @Test
  void pastDaysExpectedVisitorsBecomeNoShows() throws SQLException {
    LocalDate today = LocalDate.now(PARIS);
    TestTenant tenant =
        tenantWith(
            "noshow",
            Map.of(
                "Yesterday", new Object[] {today.minusDays(1), "EXPECTED"},
                "Today", new Object[] {today, "EXPECTED"},
                "Came Yesterday", new Object[] {today.minusDays(1), "CHECKED_OUT"}));

    int marked = tenancy.runAsTenant(tenant.id(), noShows::sweep);

    assertEquals(1, marked);
    Map<String, Visitor> after = visitors(tenant);
    assertEquals(Visitor.State.NO_SHOW, after.get("Yesterday").getState());
    assertNotNull(after.get("Yesterday").getNoShowAt());
    assertEquals(Visitor.State.EXPECTED, after.get("Today").getState(), "today is not over");
    assertEquals(Visitor.State.CHECKED_OUT, after.get("Came Yesterday").getState());
  }
}
