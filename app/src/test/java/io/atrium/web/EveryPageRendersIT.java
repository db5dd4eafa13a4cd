package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.approvals.QuoteRows;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.WebSession;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the application, rendered for the people who use it (staff, a client company's
 * administrator, the platform administrator, someone signed out) in English and in French, with the
 * ids of real rows for the pages that take one: each must answer 200 with no {@code ???key???} and
 * leave no expression-language error in the server's log. Pages are found on disk, so a new page is
 * rendered without anyone listing it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageRendersIT {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final List<String> LANGUAGES = List.of("en", "fr");

  /** What an unresolved expression leaves in the log. */
  private static final Pattern EL_ERROR =
      Pattern.compile(
          "ELException|PropertyNotFoundException|MethodNotFoundException|"
              + "jakarta\\.el\\.|javax\\.el\\.|FaceletException|Target Unreachable");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void everyPageRendersForItsPeopleInBothLanguages() throws Exception {
    Api api = new Api(base.toURI());
    Map<String, Long> ids = demoRows(api);
    Path log = serverLog();
    long logBefore = Files.exists(log) ? Files.size(log) : 0;

    Map<String, String> failures = new TreeMap<>();
    int rendered = 0;
    for (String page : pages()) {
      for (String url : urls(page, ids)) {
        WebSession who = whoOpens(page);
        for (String language : LANGUAGES) {
          String problem = problemOf(who, url, language);
          rendered++;
          if (problem != null) {
            failures.put(language + " " + url, problem);
          }
        }
      }
    }
    assertTrue(rendered > 60, "pages rendered: " + rendered);
    assertEquals(Map.of(), failures, "pages that did not render cleanly");

    String logged = newLogLines(log, logBefore);
    List<String> elErrors =
        logged.lines().filter(line -> EL_ERROR.matcher(line).find()).limit(10).toList();
    assertEquals(List.of(), elErrors, "expression errors logged while rendering");
  }

  @Test
  void anEscalatedTicketOffersDeEscalation() throws Exception {
    Api api = new Api(base.toURI());
    Map<String, Long> ids = demoRows(api);
    String staff = api.token("lumiere", "admin@lumiere.test");
    var escalated = api.post("api/tickets/" + ids.get("ticket") + "/escalation", staff, "{}");
    assertEquals(200, escalated.statusCode(), escalated.body());
    String page = staff().get("helpdesk/ticket.xhtml?id=" + ids.get("ticket")).body();
    assertTrue(page.contains("id=\"escalation\""), "the escalation badge is shown");
    assertTrue(page.contains("id=\"actions:deescalate\""), "and the button to lower it");
  }

  /**
   * A link's id that is not a number (edited by hand, or %00) leaves the client space's lists as
   * they are, with nothing picked out: comparing it to the rows' ids answered 500.
   */
  @Test
  void aClientSpaceListOpenedWithAnUnreadableIdPicksNothingOut() throws Exception {
    WebSession member = whoOpens("portal/visitors.xhtml");
    for (String page : List.of("portal/visitors.xhtml", "portal/events.xhtml")) {
      for (String id : List.of("abc", "%00", "99999999999999999999")) {
        var response = member.get(page + "?id=" + id);
        assertEquals(200, response.statusCode(), page + "?id=" + id);
        assertFalse(response.body().contains(" picked"), page + "?id=" + id);
      }
    }
  }

  /** Every page on disk, as a path relative to the application; templates and parts left out. */
  static List<String> pages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> PAGES.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
          .sorted()
          .toList();
    }
  }

  /** The addresses a page is opened at: with real ids where it takes one. */
  static List<String> urls(String page, Map<String, Long> ids) {
    List<String> urls = new ArrayList<>();
    switch (page) {
      case "directory/companies/detail.xhtml" -> urls.add(page + "?id=" + ids.get("company"));
      case "directory/members/detail.xhtml" -> urls.add(page + "?id=" + ids.get("member"));
      case "staff/detail.xhtml" -> urls.add(page + "?id=" + ids.get("staff"));
      case "helpdesk/ticket.xhtml", "portal/ticket.xhtml" ->
          urls.add(page + "?id=" + ids.get("ticket"));
      case "community/events/attendees.xhtml" -> urls.add(page + "?id=" + ids.get("event"));
      case "community/events/edit.xhtml" -> {
        urls.add(page);
        urls.add(page + "?id=" + ids.get("event"));
      }
      case "reception/dashboard.xhtml" -> {
        urls.add(page);
        urls.add(page + "?centre=" + ids.get("centre"));
      }
      case "reception/history.xhtml" -> {
        // A visit history is a member's or a company's: the bare page is "not found" by design.
        urls.add(page + "?member=" + ids.get("member"));
        urls.add(page + "?company=" + ids.get("company"));
      }
      // i12-catalogue
      case "catalogue/edit.xhtml" -> {
        urls.add(page);
        urls.add(page + "?id=" + ids.get("catalogueItem"));
      }
      case "catalogue/list.xhtml" -> {
        urls.add(page);
        urls.add(page + "?centre=" + ids.get("centre"));
      }
      // i12-spaces
      case "spaces/edit.xhtml" -> {
        urls.add(page);
        urls.add(page + "?id=" + ids.get("space"));
      }
      case "spaces/floor.xhtml" -> {
        urls.add(page);
        urls.add(page + "?id=" + ids.get("floor"));
      }
      // i12-approvals
      case "pricing/quote.xhtml" -> urls.add(page + "?id=" + ids.get("quote"));
      // i13-contracts: a demo contract, a new draft, and one for a company
      case "contracts/contract.xhtml" -> {
        urls.add(page + "?id=" + ids.get("contract"));
        urls.add(page);
        urls.add(page + "?company=" + ids.get("company"));
      }
      // i13-invoices: a draft and an issued invoice
      case "invoicing/invoice.xhtml" -> {
        urls.add(page + "?id=" + ids.get("invoiceDraft"));
        urls.add(page + "?id=" + ids.get("invoiceIssued"));
      }
      // i13-payments
      case "payments/record.xhtml" -> {
        urls.add(page);
        urls.add(page + "?company=" + ids.get("company"));
      }
      case "payments/credit.xhtml" -> urls.add(page + "?payment=" + ids.get("payment"));
      default -> urls.add(page);
    }
    return urls;
  }

  private WebSession staffSession;
  private WebSession memberSession;
  private WebSession platformSession;
  private WebSession nobody;

  private WebSession staff() throws Exception {
    if (staffSession == null) {
      staffSession = new WebSession(base.toURI()).signedIn("lumiere", "admin@lumiere.test");
    }
    return staffSession;
  }

  private WebSession whoOpens(String page) throws Exception {
    if (page.startsWith("portal/")) {
      if (memberSession == null) {
        memberSession = new WebSession(base.toURI()).signedIn("lumiere", "admin@kaolin.test");
      }
      return memberSession;
    }
    if (page.startsWith("platform/")) {
      if (platformSession == null) {
        platformSession = new WebSession(base.toURI()).signedIn("platform", "platform@atrium.test");
      }
      return platformSession;
    }
    if (page.equals("login.xhtml") || page.startsWith("account/")) {
      if (nobody == null) {
        nobody = new WebSession(base.toURI());
      }
      return nobody;
    }
    return staff();
  }

  /** Null when the page rendered cleanly, else what went wrong. */
  private String problemOf(WebSession who, String url, String language) throws Exception {
    URI address = base.toURI().resolve(url);
    HttpResponse<String> response =
        who.send(HttpRequest.newBuilder(address).header("Accept-Language", language).GET());
    if (response.statusCode() != 200) {
      return "HTTP " + response.statusCode();
    }
    String body = response.body();
    Matcher missing = Pattern.compile("\\?\\?\\?[^?<\"]*\\?\\?\\?").matcher(body);
    if (missing.find()) {
      return "missing text " + missing.group();
    }
    if (!body.contains("lang=\"" + language + "\"")) {
      return "not in " + language;
    }
    return null;
  }

  /** Ids of lumiere rows for the pages that take one; a ticket and an event are made for it. */
  static Map<String, Long> demoRows(Api api) throws Exception {
    String admin = api.token("lumiere", "admin@lumiere.test");
    Map<String, Long> ids = new TreeMap<>();
    ids.put("staff", Api.json(api.get("api/me", admin)).getJsonNumber("id").longValue());
    JsonObject kaolin =
        Api.json(api.get("api/companies?size=50&q=Kaolin", admin))
            .getJsonArray("items")
            .getJsonObject(0);
    long company = kaolin.getJsonNumber("id").longValue();
    ids.put("company", company);
    Matcher member =
        Pattern.compile("\"id\"\\s*:\\s*(\\d+)")
            .matcher(api.get("api/companies/" + company + "/members", admin).body());
    assertTrue(member.find(), "Kaolin has members");
    ids.put("member", Long.parseLong(member.group(1)));
    long centre =
        Api.json(api.get("api/companies/" + company, admin))
            .getJsonNumber("homeCentreId")
            .longValue();
    ids.put("centre", centre);
    var ticket =
        api.post(
            "api/tickets",
            api.token("lumiere", "admin@kaolin.test"),
            "{\"type\":\"INTERNET\",\"title\":\"Every page renders\",\"description\":\"Wi-Fi\"}");
    assertEquals(201, ticket.statusCode(), ticket.body());
    ids.put("ticket", Api.json(ticket).getJsonObject("ticket").getJsonNumber("id").longValue());
    var event =
        api.post(
            "api/events",
            admin,
            "{\"centreId\":"
                + centre
                + ",\"title\":\"Every page renders\",\"date\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(60)
                + "\","
                + "\"startTime\":\"18:00\",\"endTime\":\"20:00\",\"location\":\"Hall\","
                + "\"capacity\":5}");
    assertEquals(201, event.statusCode(), event.body());
    ids.put("event", Api.json(event).getJsonNumber("id").longValue());
    // i12-catalogue: an item offered in Kaolin's centre, with a price from today
    var item =
        api.post(
            "api/catalogue",
            admin,
            "{\"code\":\"EVERY-"
                + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT)
                + "\",\"kind\":\"CONSUMPTION\",\"nameEn\":\"Printed page\","
                + "\"nameFr\":\"Page imprimée\",\"unit\":\"UNIT\",\"vatCategory\":\"S\","
                + "\"taxRate\":\"20\",\"centreIds\":["
                + centre
                + "]}");
    assertEquals(201, item.statusCode(), item.body());
    long itemId = Api.json(item).getJsonNumber("id").longValue();
    api.post(
        "api/catalogue/" + itemId + "/prices",
        admin,
        "{\"centreId\":"
            + centre
            + ",\"from\":\""
            + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
            + "\",\"unitPrice\":\"0.045\"}");
    ids.put("catalogueItem", itemId);
    spaceRows(api, admin, centre, ids); // i12-spaces
    // i12-approvals: a quote waiting for approval, as rows (no API creates one)
    ids.put(
        "quote", QuoteRows.pending(Api.tenantId(admin), centre, ids.get("staff"), "EUR").quote());
    // i13-contracts: the demo's signed contract (its invoices and lines on the page)
    ids.put(
        "contract",
        Api.json(api.get("api/contracts?status=ACTIVE&size=1", admin))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue());
    invoiceRows(api, admin, centre, company, itemId, ids); // i13-invoices
    // i13-payments: a transfer of Kaolin's with nothing allocated, all of it credit
    var paid =
        api.post(
            "api/payments",
            admin,
            "{\"companyId\":"
                + company
                + ",\"method\":\"TRANSFER\",\"amount\":\"10.00\",\"receivedOn\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                + "\"}");
    assertEquals(201, paid.statusCode(), paid.body());
    ids.put("payment", Api.json(paid).getJsonNumber("id").longValue());
    return ids;
  }

  /** A draft invoice of Kaolin with a line, and an issued one (i13-invoices). */
  private static void invoiceRows(
      Api api, String admin, long centre, long company, long item, Map<String, Long> ids) {
    for (String kind : List.of("invoiceDraft", "invoiceIssued")) {
      var draft =
          api.post(
              "api/invoices", admin, "{\"centreId\":" + centre + ",\"companyId\":" + company + "}");
      assertEquals(201, draft.statusCode(), draft.body());
      long id = Api.json(draft).getJsonNumber("id").longValue();
      var line =
          api.post(
              "api/invoices/" + id + "/lines",
              admin,
              "{\"itemId\":" + item + ",\"quantity\":\"3\",\"unitPrice\":\"12.50\"}");
      assertEquals(201, line.statusCode(), line.body());
      if (kind.equals("invoiceIssued")) {
        var issued =
            api.post(
                "api/invoices/" + id + "/issue",
                admin,
                "{\"issueDate\":\""
                    + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                    + "\"}");
        assertEquals(200, issued.statusCode(), issued.body());
      }
      ids.put(kind, id);
    }
  }

  /** A floor with an SVG plan and a space placed on it (i12-spaces), so the plan is drawn. */
  private static void spaceRows(Api api, String admin, long centre, Map<String, Long> ids) {
    String run = Long.toString(System.nanoTime(), 36);
    var floor =
        api.post(
            "api/floors",
            admin,
            "{\"centreId\":" + centre + ",\"name\":\"Every page " + run + "\",\"level\":1}");
    assertEquals(201, floor.statusCode(), floor.body());
    long floorId = Api.json(floor).getJsonNumber("id").longValue();
    ids.put("floor", floorId);
    var plan =
        io.atrium.testing.Http.send(
            HttpRequest.newBuilder(api.base().resolve("api/floors/" + floorId + "/plan"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "image/svg+xml")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "<svg xmlns='http://www.w3.org/2000/svg' width='400' height='200'>"
                            + "<rect width='400' height='200' fill='#eee'/></svg>")));
    assertEquals(200, plan.statusCode(), plan.body());
    var space =
        api.post(
            "api/spaces",
            admin,
            "{\"centreId\":"
                + centre
                + ",\"floorId\":"
                + floorId
                + ",\"kind\":\"MEETING_ROOM\",\"name\":\"Every page "
                + run
                + "\",\"capacity\":4,\"shape\":\"0.1,0.1 0.5,0.1 0.5,0.5 0.1,0.5\"}");
    assertEquals(201, space.statusCode(), space.body());
    ids.put("space", Api.json(space).getJsonNumber("id").longValue());
  }

  private static Path serverLog() {
    return Path.of(
        System.getProperty("liberty.install.dir"),
        "usr/servers",
        System.getProperty("it.server.name"),
        "logs/messages.log");
  }

  private static String newLogLines(Path log, long from) throws IOException {
    assertTrue(Files.exists(log), "the server's log is readable at " + log);
    byte[] all = Files.readAllBytes(log);
    assertFalse(all.length < from, "the log was not rotated during the test");
    return new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
  }
}
