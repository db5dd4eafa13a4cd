package io.atrium.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.audit.ActorKind;
import io.atrium.audit.AuditEntry;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visitor kiosk's locks, in the server: a kiosk paired to tenant A's PAR1 checks in PAR1's
 * visitors of today only (never LYO1's, never tenant B's, never tomorrow's, never twice), a forged,
 * unknown or revoked device token opens nothing, a pairing code works once and not after it
 * expires, and only staff with settings:edit manage kiosks of their own tenant. Each test has
 * tenants of its own.
 */
@ExtendWith(ArquillianExtension.class)
class KioskIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants fixtures;

  @Inject HttpServletRequest request;

  @Inject KioskDevices devices;

  @Inject Kiosk kiosk;

  /** A tenant, its PAR1 (the fixture's first centre) and a LYO1, a host in each, a manager. */
  private record Site(TestTenant tenant, long lyon, TestStaff manager) {}

  private Site site(String prefix) throws SQLException {
    TestTenant tenant = fixtures.fresh(prefix);
    TestStaff manager =
        fixtures.staff(tenant, "Kiosk Manager", Permission.of(Area.SETTINGS, Action.EDIT));
    long lyon;
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      lyon = id(app, "SELECT nextval('atrium_id_seq')");
      try (var sql = app.createStatement()) {
        sql.execute(
            "INSERT INTO centre (tenant_id, id, code, name, country, time_zone, currency,"
                + " tax_scheme, tax_rate) VALUES ("
                + tenant.id()
                + ", "
                + lyon
                + ", 'LYO1', 'Lyon One', 'FR', 'Europe/Paris', 'EUR', 'VAT', 20)");
        for (long centre : new long[] {tenant.centreId(), lyon}) {
          sql.execute(
              "INSERT INTO member (tenant_id, id, full_name, email, language, home_centre_id,"
                  + " status) VALUES ("
                  + tenant.id()
                  + ", nextval('atrium_id_seq'), 'Hana Host', 'hana."
                  + centre
                  + "@"
                  + tenant.slug()
                  + ".test', 'en', "
                  + centre
                  + ", 'ACTIVE')");
        }
      }
      app.commit();
    }
    return new Site(tenant, lyon, manager);
  }

  /** An expected visitor of the centre on the day, whose invitation holds a new check-in code. */
  private String visitor(Site site, long centre, String name, LocalDate day) throws SQLException {
    String code = CheckInCodes.newToken();
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, site.tenant().id());
      try (PreparedStatement insert =
          app.prepareStatement(
              "INSERT INTO visitor (tenant_id, id, centre_id, host_id, host_name, invited_by_kind,"
                  + " invited_by_id, invited_by_name, full_name, email, expected_date, visit_time,"
                  + " check_in_token_hash) SELECT ?, nextval('atrium_id_seq'), ?, m.id, m.full_name,"
                  + " 'STAFF', ?, 'Kiosk Manager', ?, 'visitor@example.test', ?, '10:00', ?"
                  + " FROM member m WHERE m.home_centre_id = ?")) {
        insert.setLong(1, site.tenant().id());
        insert.setLong(2, centre);
        insert.setLong(3, site.manager().id());
        insert.setString(4, name);
        insert.setObject(5, day);
        insert.setString(6, CheckInCodes.hash(code));
        insert.setLong(7, centre);
        assertEquals(1, insert.executeUpdate());
      }
      app.commit();
    }
    return code;
  }

  private static long id(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private void actAs(TestStaff staff) {
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, staff.principal());
  }

  /** A kiosk of the centre, created by the site's manager and paired: its device token. */
  private String pairedKiosk(Site site, long centre, String name) {
    actAs(site.manager());
    KioskDevices.Created created = devices.create(centre, name);
    return kiosk.pair(site.tenant().slug(), created.pairingCode()).deviceToken();
  }

  private List<AuditEntry> audit(TestTenant tenant, String entityType, String action) {
    return fixtures.all(tenant.id(), AuditEntry.class).stream()
        .filter(e -> e.getEntityType().equals(entityType) && e.getAction().equals(action))
        .toList();
  }

  @Test
  void aKioskChecksInOnlyTodaysExpectedVisitorsOfItsOwnCentre() throws SQLException {
    Site a = site("kiosk-a");
    Site b = site("kiosk-b");
    LocalDate today = LocalDate.now(PARIS);
    String paris = visitor(a, a.tenant().centreId(), "Paris Guest", today);
    String lyon = visitor(a, a.lyon(), "Lyon Guest", today);
    String tomorrow = visitor(a, a.tenant().centreId(), "Tomorrow Guest", today.plusDays(1));
    String otherTenant = visitor(b, b.tenant().centreId(), "Banyan Guest", today);
    String token = pairedKiosk(a, a.tenant().centreId(), "Kiosk Hall A");

    assertEquals("Paris One", kiosk.screen(token).orElseThrow().centreName());
    for (String elsewhere : List.of(lyon, otherTenant, "not-a-code")) {
      var refused =
          assertThrows(CheckInTokenException.class, () -> kiosk.checkIn(token, elsewhere));
      assertEquals("kiosk.token.unknown", refused.messageKey());
    }
    assertEquals(
        "kiosk.token.otherDay",
        assertThrows(CheckInTokenException.class, () -> kiosk.checkIn(token, tomorrow))
            .messageKey());

    Visitor welcomed = kiosk.checkIn(token, paris);
    assertEquals("Paris Guest", welcomed.getFullName());
    assertEquals(Visitor.State.ARRIVED, welcomed.getState());
    assertEquals(
        "kiosk.token.used",
        assertThrows(CheckInTokenException.class, () -> kiosk.checkIn(token, paris)).messageKey());
    assertEquals(
        1,
        fixtures
            .mailsTo(
                a.tenant().slug(),
                "hana." + a.tenant().centreId() + "@" + a.tenant().slug() + ".test")
            .size(),
        "the host is told");

    List<AuditEntry> arrivals = audit(a.tenant(), "Visitor", "ARRIVE");
    assertEquals(1, arrivals.size());
    assertEquals(ActorKind.KIOSK, arrivals.get(0).getActorKind());
    assertEquals("Kiosk Hall A", arrivals.get(0).getActorName());
    assertEquals(1, audit(a.tenant(), "KioskDevice", "PAIR").size());
    assertEquals(ActorKind.STAFF, audit(a.tenant(), "KioskDevice", "CREATE").get(0).getActorKind());
    assertEquals(
        Visitor.State.EXPECTED,
        fixtures.all(b.tenant().id(), Visitor.class).get(0).getState(),
        "the other tenant's visitor is untouched");
  }

  @Test
  void aForgedUnknownOrRevokedDeviceTokenOpensNothing() throws SQLException {
    Site a = site("kiosk-forged");
    Site b = site("kiosk-forged-b");
    String code = visitor(a, a.tenant().centreId(), "Paris Guest", LocalDate.now(PARIS));
    String token = pairedKiosk(a, a.tenant().centreId(), "Kiosk Entrance");
    String secret = token.substring(token.indexOf('.'));

    for (String forged :
        new String[] {
          null,
          "",
          "garbage",
          a.tenant().id() + "." + CheckInCodes.newToken() + "abcdefghijk",
          b.tenant().id() + secret,
          token + "x"
        }) {
      assertTrue(kiosk.screen(forged).isEmpty(), "no screen for " + forged);
      assertThrows(KioskAccessException.class, () -> kiosk.checkIn(forged, code), forged);
    }

    actAs(a.manager());
    long device = devices.list().get(0).getId();
    devices.revoke(device);
    assertTrue(kiosk.screen(token).isEmpty(), "revoked: not paired");
    assertThrows(KioskAccessException.class, () -> kiosk.checkIn(token, code));
    assertEquals(ActorKind.STAFF, audit(a.tenant(), "KioskDevice", "REVOKE").get(0).getActorKind());
    assertEquals(
        Visitor.State.EXPECTED, fixtures.all(a.tenant().id(), Visitor.class).get(0).getState());
  }

  @Test
  void aPairingCodeWorksOnceInItsOwnWorkspaceAndNotAfterItExpires() throws SQLException {
    Site a = site("kiosk-pair");
    Site b = site("kiosk-pair-b");
    actAs(a.manager());
    String code = devices.create(a.tenant().centreId(), "Kiosk Once").pairingCode();

    assertThrows(KioskAccessException.class, () -> kiosk.pair(b.tenant().slug(), code));
    assertThrows(KioskAccessException.class, () -> kiosk.pair("no-such-workspace", code));
    String typed = " " + code.toLowerCase(java.util.Locale.ROOT).replace("-", " ") + " ";
    assertEquals("Kiosk Once", kiosk.pair(a.tenant().slug(), typed).screen().deviceName());
    assertEquals(
        "kiosk.pairing.refused",
        assertThrows(KioskAccessException.class, () -> kiosk.pair(a.tenant().slug(), code))
            .messageKey());

    actAs(a.manager());
    String late = devices.create(a.tenant().centreId(), "Kiosk Late").pairingCode();
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, a.tenant().id());
      try (var sql = app.createStatement()) {
        assertEquals(
            1,
            sql.executeUpdate(
                "UPDATE kiosk_device SET pairing_expires_at = now() - interval '1 second'"
                    + " WHERE name = 'Kiosk Late'"));
      }
      app.commit();
    }
    assertThrows(KioskAccessException.class, () -> kiosk.pair(a.tenant().slug(), late));
    actAs(a.manager());
    assertEquals(
        KioskDevice.State.EXPIRED,
        devices.list().stream()
            .filter(d -> d.getName().equals("Kiosk Late"))
            .findFirst()
            .orElseThrow()
            .getState());
  }

  /** One caller per test: a request keeps the rights it read first. */
  @Test
  void staffWithoutTheSettingsRightManageNoKiosk() throws SQLException {
    Site a = site("kiosk-desk");
    actAs(fixtures.staff(a.tenant(), "Desk Only", Permission.of(Area.VISITORS, Action.EDIT)));
    assertThrows(ForbiddenException.class, () -> devices.create(a.tenant().centreId(), "Nope"));
    assertThrows(ForbiddenException.class, () -> devices.list());
    assertTrue(fixtures.all(a.tenant().id(), KioskDevice.class).isEmpty());
  }

  @Test
  void staffManageOnlyTheirOwnTenantsKiosks() throws SQLException {
    Site a = site("kiosk-rights");
    Site b = site("kiosk-rights-b");
    actAs(b.manager());
    long theirs = devices.create(b.tenant().centreId(), "Kiosk B").device().getId();
    actAs(a.manager());
    var invalid =
        assertThrows(
            InvalidFieldsException.class, () -> devices.create(b.tenant().centreId(), " "));
    assertEquals("kiosk.device.centre.unknown", invalid.fieldKeys().get("centreId"));
    assertEquals("kiosk.device.name.required", invalid.fieldKeys().get("name"));
    assertThrows(NotFoundException.class, () -> devices.revoke(theirs));
    assertTrue(devices.list().isEmpty(), "tenant B's kiosk is not listed in A");
  }
}
