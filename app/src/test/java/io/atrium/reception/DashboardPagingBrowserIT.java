package io.atrium.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reception dashboard's table over more than one page, in Chromium: the pager's ajax call
 * redraws only the table (the page around it stays, nothing reloads) with the next visitors by
 * visit time, and a host's name links to their visitor history. The first test prepares a day of 30
 * visitors in the server; the second is a receptionist at a browser.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardPagingBrowserIT {

  private static final String WORKSPACE = "dashboard-paging-it";
  private static final String PASSWORD = "Paging-desk-2026!";
  private static final String EMAIL = "pia.pager@" + WORKSPACE + ".test";
  private static final int VISITORS = 30;
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Inject TestTenants fixtures;

  private DashboardScreen screen;

  @AfterEach
  void close() {
    if (screen != null) {
      screen.close();
    }
  }

  @Test
  @Order(1)
  void prepareADayOfThirtyVisitors() throws SQLException {
    TestTenant tenant = fixtures.named(WORKSPACE);
    fixtures.staff(
        tenant,
        "Pia Pager",
        PASSWORD,
        Permission.of(Area.VISITORS, Action.READ),
        Permission.of(Area.COMPANIES, Action.READ));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      // The workspace outlives the run: its host is made once, today's visitors once a day.
      execute(
          app,
          "INSERT INTO member (tenant_id, id, full_name, email, language, home_centre_id, status)"
              + " SELECT ?, nextval('atrium_id_seq'), 'Hana Host', 'hana@"
              + WORKSPACE
              + ".test', 'en', ?, 'ACTIVE' WHERE NOT EXISTS (SELECT 1 FROM member)",
          tenant.id(),
          tenant.centreId());
      // A database kept from an earlier day holds that day's paging visitors: only today's stay.
      execute(
          app,
          "DELETE FROM visitor WHERE full_name LIKE 'Paging Visitor %' AND expected_date <> ?",
          today);
      execute(
          app,
          "INSERT INTO visitor (tenant_id, id, centre_id, host_id, host_name, invited_by_kind,"
              + " invited_by_id, invited_by_name, full_name, email, expected_date, visit_time,"
              + " state, check_in_token_hash)"
              + " SELECT ?, nextval('atrium_id_seq'), ?, m.id, 'Hana Host', 'MEMBER', m.id,"
              + " 'Hana Host', 'Paging Visitor ' || lpad(g::text, 2, '0'), 'v@example.test', ?,"
              + " make_time(8, g, 0), 'EXPECTED',"
              + " encode(sha256(gen_random_uuid()::text::bytea), 'hex')"
              + " FROM member m, generate_series(1, "
              + VISITORS
              + ") g WHERE NOT EXISTS (SELECT 1 FROM visitor WHERE expected_date = ?)",
          tenant.id(),
          tenant.centreId(),
          today,
          today);
      app.commit();
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void thePagerRedrawsOnlyTheTableWithTheNextVisitors() {
    screen = DashboardScreen.open(base, WORKSPACE, EMAIL, PASSWORD);
    try {
      assertEquals("Reception · Atrium", screen.title());
      assertEquals(names(1, 25), screen.namesFrom("Paging Visitor 01"));
      screen.mark();

      screen.nextPage();

      assertEquals(names(26, VISITORS), screen.namesFrom("Paging Visitor 26"));
      assertEquals(
          "still here",
          screen.markLeft(),
          "the pager redraws the table, it does not reload the page");
      assertEquals("Hana Host", screen.firstHostLink());
      String history = screen.followFirstHostLink();
      assertTrue(history.contains("reception/history.xhtml?member="), history);
    } catch (RuntimeException | AssertionError failure) {
      screen.keepEvidence("DashboardPagingBrowserIT");
      throw failure;
    }
  }

  @Test
  @Order(3)
  @RunAsClient
  void aDayTypedDayFirstOpensThatDayAndNextDayComesBack() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    String yesterday = DAY_FIRST.format(today.minusDays(1));
    screen = DashboardScreen.open(base, WORKSPACE, EMAIL, PASSWORD);
    try {
      assertEquals(DAY_FIRST.format(today), screen.dayShown(), "the field shows the day day-first");
      assertEquals(yesterday, screen.typeDay(yesterday));
      assertEquals(0, screen.rowsShown(), "yesterday had none of today's visitors");
      assertEquals(DAY_FIRST.format(today), screen.nextDay());
      assertEquals(names(1, 25), screen.namesFrom("Paging Visitor 01"));
    } catch (RuntimeException | AssertionError failure) {
      screen.keepEvidence("DashboardPagingBrowserIT");
      throw failure;
    }
  }

  private static List<String> names(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> "Paging Visitor %02d".formatted(i))
        .toList();
  }

  private static void execute(Connection app, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = app.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
