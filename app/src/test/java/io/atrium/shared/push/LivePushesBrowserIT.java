package io.atrium.shared.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live pages fed by another server, in Chromium: the test plays that other server, changing rows in
 * SQL and announcing them with {@code pg_notify} under a server id of its own, so the open pages
 * can learn of the change only through the test server's listener. The first test prepares two
 * operators, each with a receptionist and a visitor today; the others are receptionists at their
 * browsers.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LivePushesBrowserIT {

  private static final String A = "live-push-it-a";
  private static final String B = "live-push-it-b";
  private static final String PASSWORD = "Live-push-desk-2026!";
  private static final String VISITOR_EMAIL = "live-push-visitor@example.test";
  private static final String OTHER_SERVER = "0123456789abcdef";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Inject TestTenants fixtures;

  @Test
  @Order(1)
  void prepareTwoOperatorsWithAVisitorToday() throws SQLException {
    for (String slug : List.of(A, B)) {
      TestTenant tenant = fixtures.named(slug);
      fixtures.staff(
          tenant,
          "Rita Reception",
          PASSWORD,
          Permission.of(Area.VISITORS, Action.READ),
          Permission.of(Area.COMPANIES, Action.READ));
      fixtures.clearMessages(tenant.id());
      try (Connection app = TestDatabase.appConnectionInServer()) {
        app.setAutoCommit(false);
        TestDatabase.bindTenant(app, tenant.id());
        // The workspaces outlive the run: the host once, the visitor moved to today each run.
        execute(
            app,
            "INSERT INTO member (tenant_id, id, full_name, email, language, home_centre_id, status)"
                + " SELECT ?, nextval('atrium_id_seq'), 'Hugo Host', 'hugo@"
                + slug
                + ".test', 'en', ?, 'ACTIVE' WHERE NOT EXISTS (SELECT 1 FROM member)",
            tenant.id(),
            tenant.centreId());
        execute(
            app,
            "INSERT INTO visitor (tenant_id, id, centre_id, host_id, host_name, invited_by_kind,"
                + " invited_by_id, invited_by_name, full_name, email, expected_date, visit_time,"
                + " state, check_in_token_hash)"
                + " SELECT ?, nextval('atrium_id_seq'), ?, m.id, 'Hugo Host', 'MEMBER', m.id,"
                + " 'Hugo Host', 'Vera Visitor', ?, current_date, '09:00', 'EXPECTED',"
                + " encode(sha256(gen_random_uuid()::text::bytea), 'hex')"
                + " FROM member m WHERE NOT EXISTS (SELECT 1 FROM visitor WHERE email = ?)",
            tenant.id(),
            tenant.centreId(),
            VISITOR_EMAIL,
            VISITOR_EMAIL);
        app.commit();
      }
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void aChangeAnnouncedByAnotherServerReachesThatTenantsOpenPagesOnly() throws SQLException {
    Site a = Site.of(base, A);
    Site b = Site.of(base, B);
    a.renameVisitor("Before Push A");
    b.renameVisitor("Before Push B");
    try (LivePage deskA = a.dashboard();
        LivePage deskB = b.dashboard()) {
      try {
        assertEquals("Before Push A", deskA.visitor("Before Push A"));
        assertEquals("Before Push B", deskB.visitor("Before Push B"));
        assertEquals("", deskA.bellCount());
        deskA.mark();
        deskB.mark();

        // B's row changes, but nothing may tell B's pages: these notifications are forged, or
        // name another tenant's centre, another channel, or nothing Atrium sends.
        b.renameVisitor("Changed Quietly B");
        notifyAsOtherServer(
            "1|" + OTHER_SERVER + "|reception|" + a.tenant + "|" + b.centre,
            "1|" + OTHER_SERVER + "|reception|" + b.tenant + "|" + a.centre,
            "1|" + OTHER_SERVER + "|secrets|" + b.tenant + "|" + b.centre,
            "1|" + OTHER_SERVER + "|notices|" + b.tenant + "|" + b.centre,
            "1|" + OTHER_SERVER + "|reception|" + b.tenant + "|" + b.centre + " OR 1=1",
            "1|" + OTHER_SERVER + "|reception|" + b.tenant + "|" + b.centre + "|more",
            "2|" + OTHER_SERVER + "|reception|" + b.tenant + "|" + b.centre,
            "1|" + OTHER_SERVER + "|reception|-" + b.tenant + "|" + b.centre,
            "x".repeat(7999),
            "");

        // Then A's row changes and A gets a notice, announced as another server announces them.
        a.renameVisitor("Pushed To A");
        a.noticeForStaff("Pushed through PostgreSQL");
        notifyAsOtherServer(
            "1|" + OTHER_SERVER + "|reception|" + a.tenant + "|" + a.centre,
            "1|" + OTHER_SERVER + "|notices|" + a.tenant + "|STAFF:" + a.staff);

        Duration twoSeconds = Duration.ofSeconds(2);
        assertEquals("Pushed To A", deskA.visitorWithin(twoSeconds, "Pushed To A"));
        assertEquals("1", deskA.bellCountWithin(twoSeconds, "1"));
        assertEquals("still here", deskA.markLeft(), "updated by the push, not by a reload");

        // Every notification above was read before A's: B's page would have been told by now.
        assertEquals("Before Push B", deskB.visitor("Before Push B"));
        assertEquals("still here", deskB.markLeft());
      } catch (RuntimeException | AssertionError failure) {
        deskA.keepEvidence("LivePushesBrowserIT-a");
        deskB.keepEvidence("LivePushesBrowserIT-b");
        throw failure;
      }
    }
  }

  @Test
  @Order(3)
  @RunAsClient
  void afterItsConnectionIsKilledTheListenerReconnectsAndRefreshesOpenPages() throws SQLException {
    Site a = Site.of(base, A);
    a.renameVisitor("Before Outage");
    try (LivePage desk = a.dashboard()) {
      try {
        assertEquals("Before Outage", desk.visitor("Before Outage"));
        desk.mark();

        // A change whose notification was lost while the listener was away.
        a.renameVisitor("Changed During Outage");
        assertEquals(1, killListener(), "one listening connection");

        assertEquals("Changed During Outage", desk.visitor("Changed During Outage"));
        assertEquals("still here", desk.markLeft(), "refreshed by the resynchronisation");
      } catch (RuntimeException | AssertionError failure) {
        desk.keepEvidence("LivePushesBrowserIT-outage");
        throw failure;
      }
    }
  }

  private static void notifyAsOtherServer(String... payloads) throws SQLException {
    try (Connection other = TestDatabase.appConnectionFromClient();
        PreparedStatement notify = other.prepareStatement("SELECT pg_notify('atrium_push', ?)")) {
      for (String payload : payloads) {
        notify.setString(1, payload);
        notify.execute();
      }
    }
  }

  /** Terminates the server's listening connection, as a database restart or failover would. */
  private static int killListener() throws SQLException {
    try (Connection admin = TestDatabase.appConnectionFromClient();
        PreparedStatement kill =
            admin.prepareStatement(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE application_name = 'atrium-push-listener'");
        ResultSet killed = kill.executeQuery()) {
      killed.next();
      return killed.getInt(1);
    }
  }

  private static void execute(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }

  /** One operator as the other server's SQL sees it. */
  private record Site(URL base, String slug, long tenant, long centre, long staff) {

    String email() {
      return "rita.reception@" + slug + ".test";
    }

    LivePage dashboard() {
      return LivePage.dashboard(base, slug, email(), PASSWORD);
    }

    static Site of(URL base, String slug) throws SQLException {
      try (Connection app = TestDatabase.appConnectionFromClient()) {
        app.setAutoCommit(false);
        execute(app, "SELECT set_config('atrium.platform', 'on', true)");
        long tenant = single(app, "SELECT id FROM tenant WHERE slug = ?", slug);
        app.rollback();
        TestDatabase.bindTenant(app, tenant);
        long centre = single(app, "SELECT min(id) FROM centre");
        long staff =
            single(
                app,
                "SELECT id FROM staff_member WHERE email = ?",
                "rita.reception@" + slug + ".test");
        app.rollback();
        return new Site(base, slug, tenant, centre, staff);
      }
    }

    void renameVisitor(String name) {
      assertEquals(
          1,
          TestDatabase.updateFromClient(
              tenant,
              "UPDATE visitor SET full_name = ?, expected_date = ? WHERE email = ?",
              name,
              LocalDate.now(ZoneId.of("Europe/Paris")),
              VISITOR_EMAIL));
    }

    void noticeForStaff(String title) {
      TestDatabase.updateFromClient(
          tenant,
          "INSERT INTO notification (tenant_id, id, recipient_kind, recipient_id, title)"
              + " VALUES (?, nextval('atrium_id_seq'), 'STAFF', ?, ?)",
          tenant,
          staff,
          title);
    }

    private static long single(Connection connection, String sql, Object... parameters)
        throws SQLException {
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          query.setObject(i + 1, parameters[i]);
        }
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    }
  }
}
