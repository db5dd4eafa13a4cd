package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.community.web.EventsTile;
import io.atrium.helpdesk.web.TicketsTile;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.reception.web.VisitorsTile;
import io.atrium.shared.web.HomeTile;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the operations home's tiles count, with their grouped queries, exactly the rows of
 * the caller's tenant and centre that their links list (today's visitors by state, open tickets,
 * published events ahead and members going), never another tenant's, and the home draws only the
 * tiles the caller's rights read. Rows are written as SQL in fresh tenants, so every figure is
 * known.
 */
@ExtendWith(ArquillianExtension.class)
class HomeTilesIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.app().addClasses(TestTenants.class, InTransaction.class);
  }

  @Inject TestTenants fixtures;

  @Inject Tenancy tenancy;

  @Inject HttpServletRequest request;

  @Inject HomeBacking home;

  @Inject VisitorsTile visitors;

  @Inject TicketsTile tickets;

  @Inject EventsTile events;

  private static final Permission[] OPERATIONS = {
    Permission.of(Area.VISITORS, Action.READ),
    Permission.of(Area.VISITORS, Action.EDIT),
    Permission.of(Area.TICKETS, Action.READ),
    Permission.of(Area.EVENTS, Action.READ)
  };

  @Test
  void theHomeCountsTheTenantsOwnRowsAndWhatWaitsForTheCaller() throws SQLException {
    TestTenant tenant = fixtures.fresh("home-a");
    TestStaff desk = fixtures.staff(tenant, "Desk", OPERATIONS);
    populate(tenant, desk, 2, 1);
    TestTenant other = fixtures.fresh("home-b");
    populate(other, fixtures.staff(other, "Desk", OPERATIONS), 5, 3);
    signIn(desk.principal());

    List<HomeBacking.CentreTiles> board = tenancy.runAsTenant(tenant.id(), home::getCentres);

    assertEquals(1, board.size(), "the tenant's one centre");
    List<HomeTile.Card> cards = board.get(0).cards();
    assertEquals(
        List.of("home.tile.visitors", "home.tile.tickets", "home.tile.events"),
        cards.stream().map(HomeTile.Card::titleKey).toList(),
        "every capability's tile, in order");
    Map<String, Long> visitorsToday = counts(cards.get(0));
    assertEquals(2L, visitorsToday.get("visitor.state.arrived"), visitorsToday.toString());
    assertEquals(1L, visitorsToday.get("visitor.state.approved"));
    assertEquals(0L, visitorsToday.get("visitor.state.expected"), "yesterday's is not today's");
    Map<String, Long> open = counts(cards.get(1));
    assertEquals(
        Map.of(
            "home.tickets.new", 1L,
            "home.tickets.inProgress", 1L,
            "home.tickets.overdue", 1L,
            "home.tickets.mine", 1L),
        open,
        "solved tickets are not open");
    Map<String, Long> ahead = counts(cards.get(2));
    assertEquals(0L, ahead.get("home.events.today"));
    assertEquals(1L, ahead.get("home.events.ahead"), "the draft is not counted");
    assertEquals(1L, ahead.get("home.events.goingAhead"), "the waitlisted member is not going");
    assertEquals(
        "/reception/dashboard.xhtml?centre=" + tenant.centreId() + "&state=ARRIVED",
        cards.get(0).figures().stream()
            .filter(f -> f.labelKey().equals("visitor.state.arrived"))
            .findFirst()
            .orElseThrow()
            .link());
    assertEquals(
        List.of("visitor.state.approved", "home.tickets.mine"),
        home.getWaiting().stream().map(w -> w.figure().labelKey()).toList(),
        "the visitors to check in and the tickets assigned to the caller wait for them");
  }

  @Test
  void anotherTenantsCentreCountsNothing() throws SQLException {
    TestTenant tenant = fixtures.fresh("home-c");
    TestStaff desk = fixtures.staff(tenant, "Desk", OPERATIONS);
    populate(tenant, desk, 1, 1);
    TestTenant other = fixtures.fresh("home-d");
    populate(other, fixtures.staff(other, "Desk", OPERATIONS), 4, 2);
    signIn(desk.principal());
    LocalDate today = LocalDate.now(PARIS);
    var theirs = List.of(new HomeTile.CentreDay(other.centreId(), today));
    var mine = List.of(new HomeTile.CentreDay(tenant.centreId(), today));

    tenancy.runAsTenant(
        tenant.id(),
        () -> {
          for (HomeTile tile : List.of(visitors, tickets, events)) {
            HomeTile.Card card = tile.cards(theirs).get(other.centreId());
            assertTrue(card.isEmpty(), tile + " counts another tenant's rows: " + card);
          }
          assertEquals(
              1L, counts(visitors.cards(mine).get(tenant.centreId())).get("visitor.state.arrived"));
          assertEquals(
              1L, counts(tickets.cards(mine).get(tenant.centreId())).get("home.tickets.new"));
        });
  }

  @Test
  void aReceptionistWithoutHelpdeskOrEventsRightsGetsOnlyTheVisitorsTile() throws SQLException {
    TestTenant tenant = fixtures.fresh("home-e");
    TestStaff desk =
        fixtures.staff(
            tenant,
            "Desk",
            Permission.of(Area.VISITORS, Action.READ),
            Permission.of(Area.VISITORS, Action.CREATE));
    populate(tenant, fixtures.staff(tenant, "Tech", OPERATIONS), 1, 1);
    signIn(desk.principal());

    List<HomeBacking.CentreTiles> board = tenancy.runAsTenant(tenant.id(), home::getCentres);

    assertEquals(
        List.of("home.tile.visitors"),
        board.get(0).cards().stream().map(HomeTile.Card::titleKey).toList());
    assertEquals(
        List.of("reception.invite.title"),
        home.getQuickActions().stream().map(HomeTile.Link::labelKey).toList(),
        "no new ticket or event without the right");
    assertTrue(home.getWaiting().isEmpty(), "approved visitors wait for whoever checks them in");
  }

  private void signIn(AtriumPrincipal principal) {
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, principal);
  }

  private static Map<String, Long> counts(HomeTile.Card card) {
    return card.figures().stream()
        .collect(Collectors.toMap(HomeTile.Figure::labelKey, HomeTile.Figure::count));
  }

  /**
   * Today: {@code arrived} visitors arrived and one approved, one expected yesterday; {@code fresh}
   * new tickets, one in progress assigned to {@code staff} and past its resolution time, one
   * solved; in two days a published event with one member going and one waitlisted, and a draft.
   */
  private static void populate(TestTenant tenant, TestStaff staff, int arrived, int fresh)
      throws SQLException {
    long t = tenant.id();
    long centre = tenant.centreId();
    LocalDate today = LocalDate.now(PARIS);
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, t);
      try (Statement sql = app.createStatement()) {
        for (String name : List.of("Hana Host", "Ivo Member")) {
          sql.execute(
              "INSERT INTO member (tenant_id, id, full_name, email, language, home_centre_id,"
                  + " status) VALUES ("
                  + t
                  + ", nextval('atrium_id_seq'), '"
                  + name
                  + "', '"
                  + name.toLowerCase().replace(' ', '.')
                  + "@"
                  + tenant.slug()
                  + ".test', 'en', "
                  + centre
                  + ", 'ACTIVE')");
        }
        for (int i = 0; i < arrived; i++) {
          visitor(sql, tenant, staff, "Arrived " + i, today, "ARRIVED");
        }
        visitor(sql, tenant, staff, "Approved", today, "APPROVED");
        visitor(sql, tenant, staff, "Yesterday", today.minusDays(1), "EXPECTED");
        int seq = 0;
        for (int i = 0; i < fresh; i++) {
          ticket(sql, tenant, staff, ++seq, "NEW", "NULL", "now() + interval '1 day'");
        }
        ticket(
            sql, tenant, staff, ++seq, "IN_PROGRESS", "" + staff.id(), "now() - interval '1 hour'");
        ticket(sql, tenant, staff, ++seq, "SOLVED", "" + staff.id(), "now() - interval '1 hour'");
        String noon = "TIMESTAMPTZ '" + today.plusDays(2) + " 12:00 Europe/Paris'";
        for (String state : List.of("PUBLISHED", "DRAFT")) {
          sql.execute(
              "INSERT INTO community_event (tenant_id, id, centre_id, title, starts_at, ends_at,"
                  + " location, capacity, state) VALUES ("
                  + t
                  + ", nextval('atrium_id_seq'), "
                  + centre
                  + ", 'Lunch "
                  + state
                  + "', "
                  + noon
                  + ", "
                  + noon
                  + " + interval '1 hour', 'Kitchen', 1, '"
                  + state
                  + "')");
        }
        sql.execute(
            "INSERT INTO event_rsvp (tenant_id, id, event_id, member_id, status, answered_at)"
                + " SELECT e.tenant_id, nextval('atrium_id_seq'), e.id, m.id,"
                + " CASE WHEN m.full_name = 'Hana Host' THEN 'GOING' ELSE 'WAITLISTED' END, now()"
                + " FROM community_event e, member m WHERE e.state = 'PUBLISHED'");
      }
      app.commit();
    }
  }

  private static void visitor(
      Statement sql, TestTenant tenant, TestStaff staff, String name, LocalDate day, String state)
      throws SQLException {
    sql.execute(
        "INSERT INTO visitor (tenant_id, id, centre_id, host_id, host_name, invited_by_kind,"
            + " invited_by_id, invited_by_name, full_name, email, expected_date, visit_time, state,"
            + " check_in_token_hash) SELECT m.tenant_id, nextval('atrium_id_seq'), "
            + tenant.centreId()
            + ", m.id, m.full_name, 'STAFF', "
            + staff.id()
            + ", 'Desk', '"
            + name
            + "', 'v@example.test', DATE '"
            + day
            + "', '10:00', '"
            + state
            + "', encode(sha256(gen_random_uuid()::text::bytea), 'hex')"
            + " FROM member m WHERE m.full_name = 'Hana Host'");
  }

  private static void ticket(
      Statement sql,
      TestTenant tenant,
      TestStaff staff,
      int seq,
      String status,
      String assignee,
      String resolutionDue)
      throws SQLException {
    sql.execute(
        "INSERT INTO ticket (tenant_id, id, centre_id, seq, number, type, priority, title,"
            + " description, status, requester_staff_id, assignee_id, created_at,"
            + " first_response_due, resolution_due, first_response_at) VALUES ("
            + tenant.id()
            + ", nextval('atrium_id_seq'), "
            + tenant.centreId()
            + ", "
            + seq
            + ", 'PAR1-0000"
            + seq
            + "', 'CLEANING', 'NORMAL', 'Ticket "
            + seq
            + "', 'Described', '"
            + status
            + "', "
            + staff.id()
            + ", "
            + assignee
            + ", now(), now() + interval '1 day', "
            + resolutionDue
            + ", now())");
  }
}
