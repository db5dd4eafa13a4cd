package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.directory.Member;
import io.atrium.shared.api.Problem;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Endpoints;
import io.atrium.testing.Endpoints.Endpoint;
import io.atrium.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ids that arrive in request bodies (a ticket's centre and requester, a visitor's host, an
 * assignee, a staff member's roles…) get the checks of an id in a path. Every API input record with
 * a component named {@code *Id} or {@code *Ids}, for every endpoint reading it, is sent (a) by
 * lumiere's Super Admin with banyan's id and (b) by lumiere's Paris-only community manager with an
 * id of a Lyon row. Each must be refused (a field error naming the field, or 403/404), write
 * nothing, and show nothing of the other tenant or centre. A new input with an id field and no case
 * here fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BodyIdIsolationIT {

  /** Strings only Lyon's rows hold: its centre, a Lyon company and our Lyon technician. */
  static final List<String> LYON_CANARIES =
      List.of("Nordlys", "nordlys.test", "LYO1", "Confluence");

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  private static final AtomicInteger PROBES = new AtomicInteger();

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String admin;
  private String cm;

  /** Built once for the class: its Lyon technician's e-mail is unique per run. */
  private static Fixture f;

  /** The rows the cases aim at, and the foreign ids they send. */
  record Fixture(
      long tenantA,
      long paris,
      long lyon,
      long parisMember,
      long lyonMember,
      long lyonTechnician,
      long receptionistRole,
      long parisTicket,
      long parisCompany,
      long parisEvent,
      Map<Class<?>, Long> banyan,
      Map<String, Long> targets) {

    /** An id of tenant B's row of that type. */
    long ofB(Class<?> type) {
      return banyan.get(type);
    }

    /** An id of a Lyon row of that type, or null when the type is not bound to a centre. */
    Long ofLyon(Class<?> type) {
      if (type == Centre.class) {
        return lyon;
      }
      if (type == Member.class) {
        return lyonMember;
      }
      if (type == StaffMember.class) {
        return lyonTechnician;
      }
      return null;
    }
  }

  /**
   * Builds a body that is valid but for the id under test, with a marker where a row would show.
   */
  interface Body {
    String with(Fixture f, long id, String marker);
  }

  /** A count that a refused request must leave as it was (the marker is in the request body). */
  interface Snapshot {
    long count(Fixture f, String marker);
  }

  /**
   * How to aim an endpoint's id field: the path (placeholders filled from the fixture), the id's
   * entity type, the field the refusal names, the body, and what must stay unchanged. {@code
   * ignored}: the field is documented as ignored there, so a success that changed nothing is fine.
   */
  record Case(
      String path,
      Class<?> type,
      String errorField,
      Body body,
      Snapshot unchanged,
      boolean ignored) {}

  private static final Map<String, Case> CASES = new HashMap<>();

  static {
    Body ticket =
        (f, id, m) ->
            "{\"type\":\"OTHER\",\"title\":\"" + m + "\",\"description\":\"probe\",\"centreId\":";
    Snapshot tickets = (f, m) -> count(f, "SELECT count(*) FROM ticket WHERE title = ?", m);
    CASES.put(
        "POST /api/tickets centreId",
        new Case(
            "api/tickets",
            Centre.class,
            "centre",
            (f, id, m) -> ticket.with(f, id, m) + id + "}",
            tickets,
            false));
    CASES.put(
        "POST /api/tickets requesterMemberId",
        new Case(
            "api/tickets",
            Member.class,
            "requester",
            (f, id, m) -> ticket.with(f, id, m) + f.paris() + ",\"requesterMemberId\":" + id + "}",
            tickets,
            false));
    CASES.put(
        "POST /api/tickets/{id}/assignment assigneeId",
        new Case(
            "api/tickets/{ticket}/assignment",
            StaffMember.class,
            "assignee",
            (f, id, m) -> "{\"assigneeId\":" + id + "}",
            (f, m) ->
                count(
                    f,
                    "SELECT count(*) FROM ticket WHERE id = ? AND assignee_id IS NOT NULL",
                    f.parisTicket()),
            false));
    for (String path : List.of("POST /api/visitors", "POST /api/visitors/walk-ins")) {
      String url = path.substring(6);
      Snapshot visitors = (f, m) -> count(f, "SELECT count(*) FROM visitor WHERE full_name = ?", m);
      CASES.put(
          path + " centreId",
          new Case(
              url,
              Centre.class,
              "centreId",
              (f, id, m) -> visitor(m, id, f.parisMember()),
              visitors,
              false));
      CASES.put(
          path + " hostId",
          new Case(
              url,
              Member.class,
              "hostId",
              (f, id, m) -> visitor(m, f.paris(), id),
              visitors,
              false));
    }
    CASES.put(
        "POST /api/events centreId",
        new Case(
            "api/events",
            Centre.class,
            "centreId",
            (f, id, m) -> event(m, id),
            (f, m) -> count(f, "SELECT count(*) FROM community_event WHERE title = ?", m),
            false));
    CASES.put(
        "PUT /api/events/{id} centreId",
        new Case(
            "api/events/{event}",
            Centre.class,
            "centreId",
            (f, id, m) -> event(m, id),
            (f, m) ->
                count(
                    f,
                    "SELECT count(*) FROM community_event WHERE id = ? AND centre_id = ?",
                    f.parisEvent(),
                    f.paris()),
            true));
    CASES.put(
        "POST /api/companies homeCentreId",
        new Case(
            "api/companies",
            Centre.class,
            "homeCentreId",
            (f, id, m) -> company(m, id),
            (f, m) -> count(f, "SELECT count(*) FROM company WHERE name = ?", m),
            false));
    CASES.put(
        "PUT /api/companies/{id} homeCentreId",
        new Case(
            "api/companies/{company}",
            Centre.class,
            "homeCentreId",
            (f, id, m) -> company(m, id),
            (f, m) ->
                count(
                    f,
                    "SELECT count(*) FROM company WHERE id = ? AND home_centre_id = ?"
                        + " AND name <> ?",
                    f.parisCompany(),
                    f.paris(),
                    m),
            false));
    Snapshot staff = (f, m) -> count(f, "SELECT count(*) FROM staff_member WHERE full_name = ?", m);
    CASES.put(
        "POST /api/staff roleIds",
        new Case(
            "api/staff",
            StaffRole.class,
            "roles",
            (f, id, m) -> staff(m, id, f.paris()),
            staff,
            false));
    CASES.put(
        "POST /api/staff centreIds",
        new Case(
            "api/staff",
            Centre.class,
            "centres",
            (f, id, m) -> staff(m, f.receptionistRole(), id),
            staff,
            false));
    CatalogueBodyCases.register(CASES);
    ContractBodyCases.register(CASES); // i13-contracts
    InvoiceBodyCases.register(CASES); // i13-invoices
    PaymentBodyCases.register(CASES); // i13-payments
    BillingBodyCases.register(CASES); // i13-billing
    BookingBodyCases.register(CASES); // i14-bookings
    CardBodyCases.register(CASES); // i14-cards
    DayPassBodyCases.register(CASES); // i14-day-passes
    BookingRuleBodyCases.register(CASES); // i14-booking-rules
    CreditBodyCases.register(CASES); // i14-credits and booking extras
  }

  @BeforeEach
  void fixture() throws Exception {
    api = new Api(base.toURI());
    admin = api.token("lumiere", "admin@lumiere.test");
    cm = api.token("lumiere", "cm@lumiere.test");
    if (f == null) {
      f = fixtureOf();
    }
    ContractBodyCases.prepare(f, api, admin); // i13-contracts
    BillingBodyCases.prepare(f, api, admin); // i13-billing
    CardBodyCases.prepare(f, api, admin); // i14-cards
    BookingBodyCases.prepare(f, api, admin); // i14-bookings
  }

  @Test
  void everyIdInARequestBodyIsCheckedLikeAnIdInAPath() {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Endpoint endpoint : Endpoints.all()) {
      for (String field : idFields(endpoint)) {
        String key = endpoint.key() + " " + field;
        seen.add(key);
        Case aim = CASES.get(key);
        if (aim == null) {
          problems.add(key + ": an id in a body with no case; add it to CASES here");
          continue;
        }
        probe(
            problems,
            key + " (banyan's id)",
            endpoint,
            aim,
            admin,
            f.ofB(aim.type()),
            CrossTenantIsolationIT.CANARIES);
        Long lyon = f.ofLyon(aim.type());
        if (lyon != null) {
          probe(
              problems,
              key + " (Lyon's id, Paris manager)",
              endpoint,
              aim,
              cm,
              lyon,
              LYON_CANARIES);
        }
      }
    }
    assertFalse(seen.isEmpty(), "the API's inputs have id fields");
    assertTrue(seen.containsAll(CASES.keySet()), "every case aims at a real endpoint: " + seen);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private void probe(
      List<String> problems,
      String what,
      Endpoint endpoint,
      Case aim,
      String token,
      long foreignId,
      List<String> canaries) {
    String marker = "Body probe " + RUN + " " + PROBES.incrementAndGet();
    long before = aim.unchanged().count(f, marker);
    String path =
        BookingBodyCases.replaceTargets(
                CardBodyCases.replaceTargets(
                    BillingBodyCases.replaceTargets(
                        InvoiceBodyCases.replaceTargets(
                            ContractBodyCases.replaceTargets(
                                CatalogueBodyCases.replaceTargets(aim.path(), f)),
                            f))))
            .replace("{ticket}", Long.toString(f.parisTicket()))
            .replace("{event}", Long.toString(f.parisEvent()))
            .replace("{company}", Long.toString(f.parisCompany()));
    HttpResponse<String> response =
        api.call(endpoint.verb(), path, token, aim.body().with(f, foreignId, marker));
    int status = response.statusCode();
    boolean refused = status == 400 || status == 422 || status == 403 || status == 404;
    if (!refused && !(aim.ignored() && status / 100 == 2)) {
      problems.add(what + " answered " + status + ": " + response.body());
    }
    if (refused) {
      String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0];
      if (!Problem.MEDIA_TYPE.equals(type)) {
        problems.add(what + " refused without problem+json: " + type);
      } else if (status == 400 || status == 422) {
        JsonObject errors = Api.json(response).getJsonObject("errors");
        if (errors == null || !errors.keySet().equals(Set.of(aim.errorField()))) {
          problems.add(what + " should name only " + aim.errorField() + ": " + response.body());
        }
      }
    }
    if (aim.unchanged().count(f, marker) != before) {
      problems.add(what + " wrote something (" + status + ")");
    }
    for (String canary : canaries) {
      if (response.body().contains(canary)) {
        problems.add(what + " leaked " + canary);
      }
    }
  }

  /** The components named {@code *Id} or {@code *Ids} of the record an endpoint reads. */
  private static List<String> idFields(Endpoint endpoint) {
    if (endpoint.open() || endpoint.body() == null || !endpoint.body().isRecord()) {
      return List.of();
    }
    List<String> fields = new ArrayList<>();
    for (RecordComponent component : endpoint.body().getRecordComponents()) {
      if (component.getName().matches(".*[a-z]Ids?")) {
        fields.add(component.getName());
      }
    }
    return fields;
  }

  @Test
  void theFixtureHasOneOfEachAndTheCanariesAreLyons() {
    var lyonMember = api.get("api/members/" + f.lyonMember(), admin);
    assertEquals(200, lyonMember.statusCode());
    assertTrue(lyonMember.body().contains("nordlys.test"), "Lyon's member carries the canary");
    assertEquals(404, api.get("api/members/" + f.lyonMember(), cm).statusCode());
  }

  private Fixture fixtureOf() {
    long tenantA = Api.json(api.get("api/me", admin)).getJsonNumber("tenantId").longValue();
    long paris = centreOf(admin, "Studio Kaolin");
    long lyon = centreOf(admin, "Nordlys Conseil");
    long parisMember = member(admin, "Studio Kaolin", "admin@kaolin.test");
    long lyonMember = member(admin, "Nordlys Conseil", "admin@nordlys.test");
    long receptionist = role(admin, "Receptionist");
    var technician =
        api.post(
            "api/staff",
            admin,
            "{\"fullName\":\"Technicien Confluence "
                + RUN
                + "\",\"email\":\"tech.lyo1."
                + RUN
                + "@lumiere.test\",\"language\":\"fr\",\"roleIds\":["
                + role(admin, "Technician")
                + "],\"allCentres\":false,\"centreIds\":["
                + lyon
                + "]}");
    assertEquals(201, technician.statusCode(), technician.body());
    var ticket =
        api.post(
            "api/tickets",
            admin,
            "{\"type\":\"OTHER\",\"title\":\"Body target "
                + RUN
                + "\",\"description\":\"target\",\"centreId\":"
                + paris
                + "}");
    assertEquals(201, ticket.statusCode(), ticket.body());
    var company = api.post("api/companies", admin, company("Body target " + RUN, paris));
    assertEquals(201, company.statusCode(), company.body());
    var event = api.post("api/events", cm, event("Body target " + RUN, paris));
    assertEquals(201, event.statusCode(), event.body());

    String banyan = api.token("banyan", "admin@banyan.test");
    Map<Class<?>, Long> ofB = new HashMap<>();
    ofB.put(StaffMember.class, Api.json(api.get("api/me", banyan)).getJsonNumber("id").longValue());
    ofB.put(StaffRole.class, role(banyan, "Receptionist"));
    ofB.put(Centre.class, centreOf(banyan, "Peepal Analytics"));
    ofB.put(Member.class, member(banyan, "Peepal Analytics", "admin@peepal.test"));
    CatalogueBodyCases.ofB(api, banyan, ofB);
    ContractBodyCases.ofB(api, banyan, ofB); // i13-contracts
    PaymentBodyCases.ofB(api, banyan, ofB); // i13-payments
    BillingBodyCases.ofB(api, banyan, ofB); // i13-billing
    CardBodyCases.ofB(api, banyan, ofB); // i14-cards
    return new Fixture(
        tenantA,
        paris,
        lyon,
        parisMember,
        lyonMember,
        Api.json(technician).getJsonNumber("id").longValue(),
        receptionist,
        Api.json(ticket).getJsonObject("ticket").getJsonNumber("id").longValue(),
        Api.json(company).getJsonNumber("id").longValue(),
        Api.json(event).getJsonNumber("id").longValue(),
        ofB,
        InvoiceBodyCases.targets( // i13-invoices: a Paris draft to aim at
            CatalogueBodyCases.targets(api, admin, paris, RUN),
            api,
            admin,
            paris,
            Api.json(company).getJsonNumber("id").longValue()));
  }

  private JsonObject companyNamed(String token, String name) {
    var list =
        Api.json(
            api.get(
                "api/companies?size=100&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                token));
    return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No company " + name));
  }

  private long centreOf(String token, String companyName) {
    long id = companyNamed(token, companyName).getJsonNumber("id").longValue();
    return Api.json(api.get("api/companies/" + id, token))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  private long member(String token, String companyName, String email) {
    long id = companyNamed(token, companyName).getJsonNumber("id").longValue();
    return Api.jsonArray(api.get("api/companies/" + id + "/members", token))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("email").equals(email))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No member " + email))
        .getJsonNumber("id")
        .longValue();
  }

  private long role(String token, String name) {
    return Api.jsonArray(api.get("api/staff-roles", token)).getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No role " + name))
        .getJsonNumber("id")
        .longValue();
  }

  private static long count(Fixture f, String sql, Object... parameters) {
    return TestDatabase.countFromClient(f.tenantA(), sql, parameters);
  }

  /** A day the probes' visits and events are planned for: ahead, within the planning horizon. */
  private static final java.time.LocalDate PROBE_DAY =
      java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(60);

  private static String visitor(String name, long centreId, long hostId) {
    return "{\"fullName\":\""
        + name
        + "\",\"email\":\"body.probe@example.test\",\"centreId\":"
        + centreId
        + ",\"hostId\":"
        + hostId
        + ",\"expectedDate\":\""
        + PROBE_DAY
        + "\",\"visitTime\":\"10:00\"}";
  }

  /** An event of the centre naming a space. */
  static String event(String title, long centreId, long spaceId) {
    String event = event(title, centreId);
    return event.substring(0, event.length() - 1) + ",\"spaceId\":" + spaceId + "}";
  }

  private static String event(String title, long centreId) {
    return "{\"centreId\":"
        + centreId
        + ",\"title\":\""
        + title
        + "\",\"date\":\""
        + PROBE_DAY
        + "\",\"startTime\":\"18:00\",\"endTime\":\"20:00\","
        + "\"location\":\"Hall\",\"capacity\":5}";
  }

  private static String company(String name, long centreId) {
    return "{\"name\":\""
        + name
        + "\",\"kind\":\"PROSPECT\",\"homeCentreId\":"
        + centreId
        + ",\"contactName\":\"Probe Contact\",\"contactEmail\":\"contact."
        + Math.abs(name.hashCode())
        + "."
        + RUN
        + "@probe.test\"}";
  }

  private static String staff(String name, long roleId, long centreId) {
    return "{\"fullName\":\""
        + name
        + "\",\"email\":\"probe."
        + Math.abs(name.hashCode())
        + "@lumiere.test\",\"language\":\"en\",\"roleIds\":["
        + roleId
        + "],\"allCentres\":false,\"centreIds\":["
        + centreId
        + "]}";
  }
}
