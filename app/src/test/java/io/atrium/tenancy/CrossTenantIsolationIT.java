package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.approvals.ApprovalRequest;
import io.atrium.approvals.QuoteRows;
import io.atrium.community.CommunityEvent;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.helpdesk.HelpdeskFixtures;
import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketAttachment;
import io.atrium.pricing.PriceQuote;
import io.atrium.reception.Visitor;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Endpoints;
import io.atrium.testing.Endpoints.Endpoint;
import io.atrium.testing.Http;
import io.atrium.testing.IdPages;
import io.atrium.testing.IdPages.IdEndpoint;
import io.atrium.testing.IdPages.IdPage;
import io.atrium.testing.WebSession;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant A (lumiere) asks for tenant B's (banyan) rows through every REST endpoint and every page
 * that takes an id, and must get 403 or 404 and none of B's data. Endpoints are found by
 * reflection: one without a case here fails the test, so no endpoint ships unexamined.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossTenantIsolationIT {

  /** Strings only tenant B's data contains. */
  static final List<String> CANARIES = List.of("Peepal Analytics", "banyan.test", "Banyan Works");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String tokenA;
  private String tokenB;

  @BeforeEach
  void tokens() throws Exception {
    api = new Api(base.toURI());
    tokenA = api.token("lumiere", "admin@lumiere.test");
    tokenB = api.token("banyan", "admin@banyan.test");
  }

  /**
   * How to aim an endpoint at tenant B: B's ids for its path parameters (read with B's own token)
   * and, for writes, a body. Endpoints with no path parameter are asked as A and must not answer
   * with B's data.
   */
  /** A visitor form naming no centre or host of A: refused, never written. */
  private static final String VISITOR_FORM =
      "{\"fullName\":\"Isolation probe\",\"email\":\"probe@example.test\",\"centreId\":0,"
          + "\"hostId\":0,\"expectedDate\":\"2099-01-01\",\"visitTime\":\"10:00:00\"}";

  /** Endpoints without an id: asked as A, they must not answer with B's data. */
  private static final Map<String, String> NO_ID =
      Map.ofEntries(
          Map.entry("GET /api/me", ""),
          // B's refresh tokens are refused to A and left alive: ApiSessionsIT signs B out with
          // them.
          Map.entry("POST /api/auth/logout", "{\"refresh_token\":\"0.no-such-token\"}"),
          Map.entry("GET /api/companies", ""),
          Map.entry("GET /api/staff", ""),
          Map.entry("POST /api/staff", "{}"),
          Map.entry("GET /api/staff-roles", ""),
          Map.entry(
              "POST /api/companies",
              "{\"name\":\"Isolation probe\",\"kind\":\"PROSPECT\",\"homeCentreId\":0}"),
          Map.entry("GET /api/tickets", ""),
          Map.entry("GET /api/tickets/types", ""),
          Map.entry(
              "POST /api/tickets",
              "{\"type\":\"OTHER\",\"title\":\"Isolation probe\",\"description\":\"probe\","
                  + "\"centreId\":0}"),
          Map.entry("GET /api/visitors", ""),
          Map.entry("GET /api/visitors/export", ""),
          Map.entry("POST /api/visitors", VISITOR_FORM),
          Map.entry("POST /api/visitors/walk-ins", VISITOR_FORM),
          Map.entry("POST /api/visitors/arrivals", "{\"token\":\"no-such-token\"}"),
          Map.entry("GET /api/events", ""),
          Map.entry("POST /api/events", "{\"centreId\":0,\"title\":\"Isolation probe\"}"),
          // i12-catalogue: B's centre in A's body is tried in CatalogueApiIT
          Map.entry("GET /api/catalogue", ""),
          Map.entry(
              "POST /api/catalogue",
              "{\"code\":\"PROBE\",\"kind\":\"OPTION\",\"nameEn\":\"Probe\",\"nameFr\":\"Sonde\","
                  + "\"unit\":\"UNIT\",\"vatCategory\":\"S\",\"taxRate\":\"20\",\"centreIds\":[0]}"),
          // i12-pricing: B's ids in the query and body are 404 (PricingApiIT); no id here.
          Map.entry("GET /api/pricing/quote", ""),
          Map.entry("GET /api/pricing/centres", ""),
          Map.entry("GET /api/pricing/grids", ""),
          Map.entry("GET /api/pricing/discounts", ""),
          Map.entry("POST /api/pricing/quote", "{\"centre\":0,\"item\":0,\"from\":\"2026-07-01\"}"),
          // i12-spaces
          Map.entry("GET /api/spaces", ""),
          Map.entry(
              "POST /api/spaces",
              "{\"centreId\":0,\"kind\":\"MEETING_ROOM\",\"name\":\"Isolation probe\","
                  + "\"capacity\":2}"),
          Map.entry("GET /api/floors", ""),
          Map.entry("POST /api/floors", "{\"centreId\":0,\"name\":\"Isolation probe\"}"),
          // i12-approvals: A's list, which must hold nothing of B's
          Map.entry("GET /api/approvals", ""),
          // i13-contracts: B's ids in A's body are 404 (ContractsApiIT, BodyIdIsolationIT)
          Map.entry("GET /api/contracts", ""),
          Map.entry(
              "POST /api/contracts",
              "{\"centreId\":0,\"companyId\":0,\"startDate\":\"2026-11-14\",\"lines\":[]}"),
          // i13-invoices: A's lists and checks, which hold nothing of B's; refused bodies
          Map.entry("GET /api/invoices", ""),
          Map.entry("POST /api/invoices", "{\"centreId\":0,\"companyId\":0}"),
          Map.entry("POST /api/invoices/verify", "{}"),
          Map.entry("GET /api/invoices/closings", ""),
          Map.entry("POST /api/invoices/closings", "{\"kind\":\"MONTH\",\"year\":1999}"),
          // i13-payments: B's ids in the body are 404 (PaymentsApiIT, BodyIdIsolationIT)
          // i13-billing: A's lists; B's ids in a body are refused (BodyIdIsolationIT)
          Map.entry("GET /api/consumptions", ""),
          Map.entry("POST /api/consumptions", "{\"centreId\":0,\"companyId\":0,\"itemId\":0}"),
          Map.entry("POST /api/consumptions/invoice", "{\"ids\":[0]}"),
          Map.entry("POST /api/billing-runs", "{\"centreId\":0,\"month\":\"2031-05\"}"),
          Map.entry("POST /api/billing-runs/preview", "{\"centreId\":0,\"month\":\"2031-05\"}"),
          Map.entry("GET /api/payments", ""),
          Map.entry("GET /api/payments/balances", ""),
          Map.entry(
              "POST /api/payments",
              "{\"method\":\"CASH\",\"amount\":\"1\",\"receivedOn\":\"2026-11-02\"}"),
          Map.entry(
              "POST /api/payments/intents",
              "{\"invoiceId\":0,\"paymentMethod\":\"4242424242424242\"}"),
          Map.entry(
              "POST /api/payments/mandates",
              "{\"iban\":\"FR7630006000011234567890189\",\"holder\":\"Isolation probe\"}"),
          // i13-collection: without a period they are refused; with one, A's rows only (the
          // centre of B is in IdPages.ENDPOINTS)
          Map.entry("GET /api/exports/invoices.csv", ""),
          Map.entry("GET /api/exports/payments.csv", ""),
          Map.entry("GET /api/exports/fec.txt", ""),
          Map.entry("GET /api/exports/gstr1.json", ""),
          // i14-bookings: B's space and payer in A's body are unknown fields (BookingsApiIT)
          Map.entry("GET /api/bookings", ""),
          Map.entry("GET /api/bookings/export", ""),
          Map.entry(
              "POST /api/bookings",
              "{\"spaceId\":0,\"companyId\":0,\"startsAt\":\"2031-03-03T10:00:00Z\","
                  + "\"endsAt\":\"2031-03-03T11:00:00Z\"}"),
          Map.entry(
              "POST /api/bookings/weekly",
              "{\"spaceId\":0,\"companyId\":0,\"startsAt\":\"2031-03-03T10:00:00Z\","
                  + "\"endsAt\":\"2031-03-03T11:00:00Z\",\"repeatUntil\":\"2031-03-17\"}"),
          Map.entry("GET /api/availability", ""),
          // B's centre in the query is 404, B's space too (MemberBookingsApiIT)
          Map.entry("GET /api/availability/spaces", ""),
          // i14-cards: B's centre, company, card numbers and members in A's query and body are
          // refused in CardsApiIT
          Map.entry("GET /api/cards", ""),
          Map.entry("POST /api/cards/import", ""),
          Map.entry("POST /api/cards/distribute", "{\"companyId\":0,\"numbers\":[\"1\"]}"),
          // i14-day-passes: B's centre, member and item in A's body: BodyIdIsolationIT
          Map.entry("GET /api/day-passes", ""),
          // B's centre in the query is 404 (DayPassesApiIT)
          Map.entry("GET /api/day-passes/workspaces", ""),
          // i14-booking-rules: B's centre in the query is 404, in the body 400 (BookingRulesIT)
          Map.entry("GET /api/booking-rules", ""),
          Map.entry("PUT /api/booking-rules", "{\"centreId\":0}"),
          // i14-closures: B's centre in the query is 404, in the body 400 (CentreClosuresIT)
          Map.entry("GET /api/centre-closures", ""),
          Map.entry(
              "POST /api/centre-closures",
              "{\"centreId\":0,\"day\":\"2031-03-03\",\"label\":\"x\"}"),
          Map.entry(
              "POST /api/day-passes",
              "{\"centreId\":0,\"memberId\":0,\"itemId\":0,\"day\":\"2031-03-03\"}"),
          // i14-credits: B's centre, company and member in A's body and query: CreditsIT
          Map.entry("GET /api/credits", ""),
          Map.entry(
              "POST /api/credits",
              "{\"centreId\":0,\"companyId\":0,\"unit\":\"HOURS\",\"amount\":1,"
                  + "\"label\":\"x\"}"));

  @Test
  void everyEndpointRefusesAnotherTenantsRows() throws Exception {
    Map<Class<?>, Long> idsOfB = idsOf(tokenB);
    List<String> problems = new ArrayList<>();
    for (Endpoint endpoint : Endpoints.all()) {
      if (endpoint.open()) {
        continue; // sign-in and public information: no tenant data behind them
      }
      HttpResponse<String> response;
      if (!endpoint.path().contains("{")) {
        String body = NO_ID.get(endpoint.key());
        if (body == null) {
          problems.add(endpoint.key() + ": no isolation case; add it to NO_ID here");
          continue;
        }
        response = call(endpoint.verb(), endpoint.path().substring(1), body);
        if (response.statusCode() >= 500) {
          problems.add(endpoint.key() + ": " + response.statusCode());
        }
      } else {
        IdEndpoint aim = idEndpoint(endpoint);
        if (aim == null) {
          problems.add(endpoint.key() + ": not in IdPages.ENDPOINTS; add it there");
          continue;
        }
        response = call(aim.method(), aim.with(idsOfB.get(aim.type())), aim.body());
        if (response.statusCode() != 404 && response.statusCode() != 403) {
          problems.add(endpoint.key() + " with B's id answered " + response.statusCode());
        }
      }
      for (String canary : CANARIES) {
        if (response.body().contains(canary)) {
          problems.add(endpoint.key() + " leaked " + canary);
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static IdEndpoint idEndpoint(Endpoint endpoint) {
    String shape = endpoint.path().substring(1).replaceAll("\\{\\w+}", "{}");
    return IdPages.ENDPOINTS.stream()
        .filter(e -> e.method().equals(endpoint.verb()))
        .filter(e -> e.path().replaceAll("\\{\\w+}", "{}").equals(shape))
        .findFirst()
        .orElse(null);
  }

  @Test
  void everyPageTakingAnIdRefusesAnotherTenantsRows() throws Exception {
    Map<Class<?>, Long> idsOfB = idsOf(tokenB);
    var visitor = new WebSession(base.toURI()).signedIn("lumiere", "admin@lumiere.test");
    assertFalse(IdPages.PAGES.isEmpty());
    for (IdPage page : IdPages.PAGES) {
      String path = page.with(idsOfB.get(page.type()));
      var response = visitor.get(path);
      assertTrue(
          response.statusCode() == 404 || response.statusCode() == 403,
          path + " answered " + response.statusCode());
      for (String canary : CANARIES) {
        assertFalse(response.body().contains(canary), path + " leaked " + canary);
      }
    }
  }

  @Test
  void theCanariesAreReallyInTenantB() {
    var me = api.get("api/me", tokenB);
    assertEquals(200, me.statusCode());
    assertTrue(me.body().contains("banyan.test"), "B's own data carries the canary");
  }

  /** Ids of B's rows, by entity type, read with B's own token. */
  private Map<Class<?>, Long> idsOf(String token) throws Exception {
    Map<Class<?>, Long> ids = new LinkedHashMap<>();
    ids.put(StaffMember.class, Api.json(api.get("api/me", token)).getJsonNumber("id").longValue());
    Matcher role =
        Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(api.get("api/staff-roles", token).body());
    assertTrue(role.find(), "B has roles");
    ids.put(StaffRole.class, Long.parseLong(role.group(1)));
    var companies = Api.json(api.get("api/companies?size=5", token));
    long companyId =
        companies.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    ids.put(Company.class, companyId);
    Matcher member =
        Pattern.compile("\"id\"\\s*:\\s*(\\d+)")
            .matcher(api.get("api/companies/" + companyId + "/members", token).body());
    assertTrue(member.find(), "B has members");
    ids.put(Member.class, Long.parseLong(member.group(1)));
    long centreId =
        Api.json(api.get("api/companies/" + companyId, token))
            .getJsonNumber("homeCentreId")
            .longValue();
    ids.put(Centre.class, centreId);
    ids.put(Visitor.class, visitorOf(token, companyId, centreId));
    ticketOfB(ids);
    var event =
        api.post(
            "api/events",
            token,
            "{\"centreId\":"
                + centreId
                + ",\"title\":\"Isolation target\",\"date\":\""
                // within the planning horizon (Horizon: two years ahead)
                + java.time.LocalDate.now().plusDays(30)
                + "\","
                + "\"startTime\":\"18:00\",\"endTime\":\"20:00\",\"location\":\"Hall\","
                + "\"capacity\":5}");
    assertEquals(201, event.statusCode(), event.body());
    ids.put(CommunityEvent.class, Api.json(event).getJsonNumber("id").longValue());
    // i12-catalogue: an item of B, offered in its centre
    var item =
        api.post(
            "api/catalogue",
            token,
            "{\"code\":\"ISO-"
                + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT)
                + "\",\"kind\":\"MAIN\",\"serviceType\":\"HOT_DESK\","
                + "\"nameEn\":\"Banyan Works hot desk\",\"nameFr\":\"Poste flexible\","
                + "\"unit\":\"DAY\",\"sacCode\":\"997212\",\"taxRate\":\"18\",\"centreIds\":["
                + centreId
                + "]}");
    assertEquals(201, item.statusCode(), item.body());
    ids.put(
        io.atrium.catalogue.CatalogueItem.class, Api.json(item).getJsonNumber("id").longValue());
    spacesOfB(token, centreId, ids); // i12-spaces
    bookingOfB(token, ids.get(io.atrium.spaces.Space.class), companyId, ids); // i14-bookings
    cardOfB(token, centreId, ids); // i14-cards
    dayPassOfB(token, centreId, ids); // i14-day-passes
    closureOfB(token, centreId, ids); // i14-closures
    creditsOfB(token, centreId, companyId, ids); // i14-credits
    // i12-approvals: a quote of B waiting for approval, as rows (no API creates one)
    var pending =
        QuoteRows.pending(Api.tenantId(token), centreId, ids.get(StaffMember.class), "INR");
    ids.put(PriceQuote.class, pending.quote());
    ids.put(ApprovalRequest.class, pending.approval());
    // i13-contracts: one of B's demo contracts
    ids.put(
        io.atrium.contracts.Contract.class,
        Api.json(api.get("api/contracts?size=1", token))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue());
    invoicesOfB(token, centreId, companyId, ids); // i13-invoices
    billingOfB(token, centreId, companyId, ids); // i13-billing
    // i13-payments: a payment of B, kept as credit (no invoice needed)
    var payment =
        api.post(
            "api/payments",
            token,
            "{\"companyId\":"
                + companyId
                + ",\"method\":\"CASH\",\"amount\":\"1\",\"receivedOn\":\"2026-11-02\"}");
    assertEquals(201, payment.statusCode(), payment.body());
    ids.put(io.atrium.payments.Payment.class, Api.json(payment).getJsonNumber("id").longValue());
    return ids;
  }

  /** A consumption of B, and a billing run of B for a month far ahead (i13-billing). */
  private void billingOfB(String token, long centreId, long companyId, Map<Class<?>, Long> ids) {
    var consumption =
        api.post(
            "api/consumptions",
            token,
            "{\"centreId\":"
                + centreId
                + ",\"companyId\":"
                + companyId
                + ",\"itemId\":"
                + ids.get(io.atrium.catalogue.CatalogueItem.class)
                + ",\"description\":\"Isolation target\",\"quantity\":\"1\","
                + "\"unitPrice\":\"10\",\"consumedOn\":\"2026-11-02\"}");
    assertEquals(201, consumption.statusCode(), consumption.body());
    ids.put(
        io.atrium.consumptions.Consumption.class,
        Api.json(consumption).getJsonNumber("id").longValue());
    var run =
        api.post(
            "api/billing-runs", token, "{\"centreId\":" + centreId + ",\"month\":\"2031-06\"}");
    assertTrue(run.statusCode() / 100 == 2, run.body());
    ids.put(io.atrium.billing.BillingRun.class, Api.json(run).getJsonNumber("id").longValue());
  }

  /** A draft invoice of B, and a closed month of B long past (i13-invoices). */
  private void invoicesOfB(String token, long centreId, long companyId, Map<Class<?>, Long> ids) {
    var draft =
        api.post(
            "api/invoices",
            token,
            "{\"centreId\":" + centreId + ",\"companyId\":" + companyId + "}");
    assertEquals(201, draft.statusCode(), draft.body());
    ids.put(io.atrium.invoicing.Invoice.class, Api.json(draft).getJsonNumber("id").longValue());
    var closed =
        api.post(
            "api/invoices/closings",
            token,
            "{\"kind\":\"MONTH\",\"year\":2001,\"month\":"
                + (1 + Math.floorMod(System.nanoTime(), 12))
                + "}");
    if (closed.statusCode() != 201) {
      closed = api.get("api/invoices/closings", token);
      assertEquals(200, closed.statusCode(), closed.body());
      ids.put(
          io.atrium.invoicing.PeriodClosing.class,
          Api.jsonArray(closed).getJsonObject(0).getJsonNumber("id").longValue());
    } else {
      ids.put(
          io.atrium.invoicing.PeriodClosing.class,
          Api.json(closed).getJsonNumber("id").longValue());
    }
  }

  /** A floor and a space of B (i12-spaces), made with B's token; names unique per run. */
  private void spacesOfB(String token, long centreId, Map<Class<?>, Long> ids) {
    String run = Long.toString(System.nanoTime(), 36);
    var floor =
        api.post(
            "api/floors",
            token,
            "{\"centreId\":" + centreId + ",\"name\":\"Isolation " + run + "\",\"level\":1}");
    assertEquals(201, floor.statusCode(), floor.body());
    long floorId = Api.json(floor).getJsonNumber("id").longValue();
    ids.put(io.atrium.spaces.Floor.class, floorId);
    var space =
        api.post(
            "api/spaces",
            token,
            "{\"centreId\":"
                + centreId
                + ",\"floorId\":"
                + floorId
                + ",\"kind\":\"MEETING_ROOM\",\"name\":\"Isolation "
                + run
                + "\",\"capacity\":4,\"bookable\":true,\"openingHours\":\"Mo-Su 00:00-23:59\"}");
    assertEquals(201, space.statusCode(), space.body());
    ids.put(io.atrium.spaces.Space.class, Api.json(space).getJsonNumber("id").longValue());
  }

  /** A booking of B's bookable room (spacesOfB) for its company, a year ahead. */
  private void bookingOfB(String token, long spaceId, long companyId, Map<Class<?>, Long> ids) {
    java.time.Instant start =
        java.time.LocalDate.now().plusDays(365).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
    var booking =
        api.post(
            "api/bookings",
            token,
            "{\"spaceId\":"
                + spaceId
                + ",\"companyId\":"
                + companyId
                + ",\"startsAt\":\""
                + start
                + "\",\"endsAt\":\""
                + start.plus(java.time.Duration.ofHours(1))
                + "\",\"title\":\"Isolation target\"}");
    assertEquals(201, booking.statusCode(), booking.body());
    ids.put(io.atrium.bookings.Booking.class, Api.json(booking).getJsonNumber("id").longValue());
  }

  /** A credit pool of B's company, in its centre: 0.01 h, so it pays no other test's booking. */
  private void creditsOfB(String token, long centreId, long companyId, Map<Class<?>, Long> ids) {
    var pool =
        api.post(
            "api/credits",
            token,
            "{\"centreId\":"
                + centreId
                + ",\"companyId\":"
                + companyId
                + ",\"unit\":\"HOURS\",\"amount\":0.01,\"label\":\"Isolation target\"}");
    assertEquals(201, pool.statusCode(), pool.body());
    ids.put(io.atrium.credits.CreditPool.class, Api.json(pool).getJsonNumber("id").longValue());
  }

  /** A closing day of B's centre, the first one still open. */
  private void closureOfB(String token, long centreId, Map<Class<?>, Long> ids) {
    var closed =
        api.post(
            "api/centre-closures",
            token,
            "{\"centreId\":"
                + centreId
                + ",\"day\":\""
                // The first day the centre is open: each test of the class closes one.
                + io.atrium.testing.TestDatabase.textFromClient(
                    Api.tenantId(token),
                    "SELECT min(d)::date::text FROM generate_series(current_date + 400,"
                        + " current_date + 3000, interval '1 day') d WHERE NOT EXISTS (SELECT 1"
                        + " FROM centre_closure c WHERE c.day = d::date AND c.centre_id = ?)",
                    centreId)
                + "\",\"label\":\"Diwali\"}");
    assertEquals(201, closed.statusCode(), closed.body());
    ids.put(
        io.atrium.bookings.CentreClosure.class, Api.json(closed).getJsonNumber("id").longValue());
  }

  private void dayPassOfB(String token, long centreId, Map<Class<?>, Long> ids) {
    long tenant = Api.tenantId(token);
    var sold =
        api.post(
            "api/day-passes",
            token,
            "{\"centreId\":"
                + centreId
                + ",\"memberId\":"
                + io.atrium.testing.TestDatabase.countFromClient(
                    tenant, "SELECT min(id) FROM member WHERE home_centre_id = ?", centreId)
                + ",\"itemId\":"
                + io.atrium.testing.TestDatabase.countFromClient(
                    tenant, "SELECT id FROM catalogue_item WHERE code = 'DAY-PASS'")
                + ",\"day\":\""
                // The first day the member has no pass: each test of the class sells one.
                + io.atrium.testing.TestDatabase.textFromClient(
                    tenant,
                    "SELECT min(d)::date::text FROM generate_series(current_date + 250,"
                        + " current_date + 2000, interval '1 day') d WHERE NOT EXISTS (SELECT 1"
                        + " FROM day_pass p WHERE p.day = d::date AND p.member_id = (SELECT"
                        + " min(id) FROM member WHERE home_centre_id = ?))",
                    centreId)
                + "\"}");
    assertEquals(201, sold.statusCode(), sold.body());
    ids.put(io.atrium.daypasses.DayPass.class, Api.json(sold).getJsonNumber("id").longValue());
  }

  /** A card of B, imported into its centre. */
  private void cardOfB(String token, long centreId, Map<Class<?>, Long> ids) {
    String number = Long.toString(System.nanoTime());
    var imported =
        api.upload(
            "api/cards/import?centre=" + centreId,
            token,
            "text/csv",
            ("card number\n" + number + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(201, imported.statusCode(), imported.body());
    var card = Api.json(api.get("api/cards?number=" + number, token)).getJsonArray("items");
    ids.put(
        io.atrium.access.AccessCard.class, card.getJsonObject(0).getJsonNumber("id").longValue());
  }

  /** A visitor of B, invited by B's admin for an active member of B's company. */
  private long visitorOf(String token, long companyId, long centreId) {
    long host =
        Api.jsonArray(api.get("api/companies/" + companyId + "/members", token))
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .filter(m -> m.getString("status").equals("ACTIVE"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    var invited =
        api.post(
            "api/visitors",
            token,
            "{\"fullName\":\"Canary Visitor\",\"email\":\"canary@peepal.example\",\"centreId\":"
                + centreId
                + ",\"hostId\":"
                + host
                + ",\"expectedDate\":\""
                + java.time.LocalDate.now().plusDays(2)
                + "\",\"visitTime\":\"10:00:00\"}");
    assertEquals(201, invited.statusCode(), invited.body());
    return Api.json(invited).getJsonNumber("id").longValue();
  }

  /** A ticket of B with a photo, raised by one of B's members. */
  private void ticketOfB(Map<Class<?>, Long> ids) throws Exception {
    String member = api.token("banyan", "admin@chailabs.test");
    var ticket =
        api.post(
            "api/tickets",
            member,
            "{\"type\":\"INTERNET\",\"title\":\"Banyan Works Wi-Fi\",\"description\":\"Down\"}");
    assertEquals(201, ticket.statusCode(), ticket.body());
    long ticketId = Api.json(ticket).getJsonObject("ticket").getJsonNumber("id").longValue();
    ids.put(Ticket.class, ticketId);
    var attached =
        Http.send(
            HttpRequest.newBuilder(
                    base.toURI().resolve("api/tickets/" + ticketId + "/attachments?name=b.png"))
                .header("Authorization", "Bearer " + member)
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(HelpdeskFixtures.PNG)));
    assertEquals(201, attached.statusCode(), attached.body());
    ids.put(
        TicketAttachment.class,
        Api.json(attached)
            .getJsonArray("attachments")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue());
  }

  private HttpResponse<String> call(String verb, String path, String body) {
    return switch (verb) {
      case "GET" -> api.get(path, tokenA);
      case "POST" -> api.post(path, tokenA, body == null ? "{}" : body);
      case "PUT" -> api.put(path, tokenA, body == null ? "{}" : body);
      case "DELETE" -> api.delete(path, tokenA);
      default -> throw new IllegalStateException("No case for " + verb + " " + path);
    };
  }
}
