package io.atrium.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Permission;
import io.atrium.platform.DefaultRoles;
import io.atrium.shared.i18n.Texts;
import io.atrium.tenancy.manifest.RoleManifest;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.IdPages;
import io.atrium.testing.ImportedTenants;
import io.atrium.testing.InTransaction;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff pages and API as lumiere's people meet them, in this class's own copy of lumiere: the
 * rights matrix, who sees the Staff menu, centre-limited lists, another tenant's staff, the lockout
 * guard and invitations. The tests run in any order.
 */
@ExtendWith(ArquillianExtension.class)
class StaffIT {

  private static final String LYON_DESK = "lyon.desk@lumiere.test";
  private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
  private static final Pattern DATA_ROLE = Pattern.compile("data-role=\"([^\"]*)\"");
  private static final Pattern DATA_PERMISSION = Pattern.compile("data-permission=\"([^\"]*)\"");

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(
            InTransaction.class,
            WebSession.class,
            Api.class,
            Http.class,
            IdPages.class,
            MailCatcher.class,
            MailCatcher.Received.class);
  }

  @ArquillianResource URL base;

  /** This class's copy of lumiere, with a receptionist of Lyon only; imported on first use. */
  private static String workspace;

  /**
   * The tests change roles and add staff, so they work in a copy of lumiere of their own, never in
   * the demo tenant that other classes read. Each test leaves the copy's roles as it found them, so
   * they share it in any order.
   */
  private String workspace() throws Exception {
    if (workspace == null) {
      workspace =
          ImportedTenants.copyOf(
              base,
              "lumiere",
              manifest ->
                  manifest.replace(
                      "\nstaff:\n",
                      "\nstaff:\n  - fullName: Léon Mercier\n    email: "
                          + LYON_DESK
                          + "\n    language: fr\n    roles: [Receptionist]\n"
                          + "    centres: [LYO1]\n    password: Atrium-demo-2026\n\n"));
    }
    return workspace;
  }

  @Test
  @RunAsClient
  void theMatrixShowsEveryAreaAndActionForEveryRole() throws Exception {
    var page = web("admin@lumiere.test").get("staff/rights.xhtml");
    assertEquals(200, page.statusCode());
    Set<String> cells = new HashSet<>();
    Set<String> ticked = new HashSet<>();
    Matcher input = INPUT.matcher(page.body());
    while (input.find()) {
      String tag = input.group();
      Matcher role = DATA_ROLE.matcher(tag);
      Matcher permission = DATA_PERMISSION.matcher(tag);
      if (role.find() && permission.find()) {
        String cell = role.group(1) + "|" + permission.group(1);
        cells.add(cell);
        if (tag.contains("checked")) {
          ticked.add(cell);
        }
      }
    }
    for (RoleManifest role : DefaultRoles.all()) {
      for (Permission permission : Permission.ALL) {
        String cell = role.name() + "|" + permission.key();
        assertTrue(cells.contains(cell), "a checkbox for " + cell);
        assertEquals(role.may(permission), ticked.contains(cell), "ticked as declared: " + cell);
      }
    }
    var english = Texts.bundle(Locale.ENGLISH);
    for (var area : io.atrium.identity.Area.values()) {
      String label = english.getString(area.getLabelKey()).replace("&", "&amp;");
      assertTrue(page.body().contains(label), "a row for " + label);
    }
    assertTrue(page.body().contains("rights:save"), "the admin may save");
  }

  @Test
  @RunAsClient
  void theMatrixNamesTheRolesInTheReadersLanguage() throws Exception {
    var french = web("admin@lumiere.test").pickLanguage("fr").get("staff/rights.xhtml");
    assertEquals(200, french.statusCode());
    var texts = Texts.bundle(Locale.FRENCH);
    for (String key :
        List.of(
            "role.default.accountant", "role.default.receptionist", "role.default.technician")) {
      String name = texts.getString(key).replace("'", "&#39;");
      assertTrue(french.body().contains(name), "the French name: " + name);
    }
    assertFalse(
        french.body().contains(">Accountant<") || french.body().contains("Accountant ·"),
        "no English role name on the French page");
  }

  @Test
  @RunAsClient
  void withoutStaffRightsTheMenuHasNoStaffAndItsPagesAreForbidden() throws Exception {
    var admin = web("admin@lumiere.test").get("index.xhtml").body();
    assertTrue(admin.contains("/staff/list.xhtml") && admin.contains("/staff/rights.xhtml"));
    var cm = web("cm@lumiere.test");
    String menu = cm.get("index.xhtml").body();
    assertTrue(menu.contains("/index.xhtml"), "the dashboard is there");
    assertFalse(menu.contains("/staff/"), "no Staff entry for the community manager");
    for (String path : List.of("staff/rights.xhtml", "staff/list.xhtml")) {
      var page = cm.get(path);
      assertEquals(403, page.statusCode(), path);
      assertTrue(page.body().contains("data-status=\"403\""), "the access-denied page: " + path);
    }
  }

  @Test
  @RunAsClient
  void aCentreLimitedViewerSeesTheStaffOfTheirCentresAndAllCentreStaff() throws Exception {
    var api = api();
    String admin = api.token(workspace(), "admin@lumiere.test");
    long communityManager = roleId(api, admin, "Community Manager");
    String cmToken = api.token(workspace(), "cm@lumiere.test");
    try {
      assertEquals(204, grant(api, admin, communityManager, "staff:read").statusCode());
      assertTrue(permissions(api, cmToken).contains("\"staff:read\""), "applies at once");
      String list = web("cm@lumiere.test").get("staff/list.xhtml").body();
      assertTrue(list.contains("reception@lumiere.test"), "PAR1 staff");
      assertTrue(list.contains("admin@lumiere.test"), "all-centre staff");
      assertFalse(list.contains(LYON_DESK), "LYO1 staff are not the PAR1 manager's");
      String viaApi = api.get("api/staff?size=100", cmToken).body();
      assertTrue(viaApi.contains("reception@lumiere.test") && viaApi.contains("tech@lumiere.test"));
      assertFalse(viaApi.contains(LYON_DESK), viaApi);
      assertTrue(api.get("api/staff?size=100", admin).body().contains(LYON_DESK), "admin sees all");
    } finally {
      assertEquals(204, revoke(api, admin, communityManager, "staff:read").statusCode());
    }
    assertFalse(permissions(api, cmToken).contains("\"staff:read\""), "revoked at once");
    assertEquals(403, api.get("api/staff", cmToken).statusCode());
  }

  @Test
  @RunAsClient
  void anotherTenantsStaffMemberIsNotFound() throws Exception {
    var api = api();
    long banyanAdmin =
        Api.json(api.get("api/me", api.token("banyan", "admin@banyan.test")))
            .getJsonNumber("id")
            .longValue();
    var ownPage = web("admin@banyan.test").get("staff/detail.xhtml?id=" + banyanAdmin);
    assertEquals(200, ownPage.statusCode(), "the page works for banyan itself");
    assertTrue(ownPage.body().contains("admin@banyan.test"));
    var lumiere = web("admin@lumiere.test");
    for (var idPage : IdPages.PAGES) {
      if (idPage.type() != io.atrium.staff.StaffMember.class) {
        continue;
      }
      String path = idPage.path();
      var page = lumiere.get(idPage.with(banyanAdmin));
      assertEquals(404, page.statusCode(), path);
      assertTrue(page.body().contains("data-status=\"404\""), path);
      assertFalse(page.body().toLowerCase(Locale.ROOT).contains("banyan"), "nothing of banyan");
    }
    String lumiereToken = api.token(workspace(), "admin@lumiere.test");
    assertEquals(404, api.get("api/staff/" + banyanAdmin, lumiereToken).statusCode());
  }

  @Test
  @RunAsClient
  void nobodyRemovesTheirOwnLastRightToManageStaff() throws Exception {
    var api = api();
    String admin = api.token(workspace(), "admin@lumiere.test");
    long superAdmin = roleId(api, admin, "Super Admin");
    var refused = revoke(api, admin, superAdmin, "staff:edit");
    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("Staff · Edit"), refused.body());
    assertTrue(permissions(api, admin).contains("\"staff:edit\""), "nothing was written");
  }

  @Test
  @RunAsClient
  void aNewStaffMemberIsInvitedByEmail() throws Exception {
    var api = api();
    String admin = api.token(workspace(), "admin@lumiere.test");
    long receptionist = roleId(api, admin, "Receptionist");
    long lyon = centreId("LYO1");
    String email = "new." + System.currentTimeMillis() + "@lumiere.test";
    String body =
        "{\"fullName\":\"Zoé Nouvelle\",\"email\":\""
            + email
            + "\",\"language\":\"fr\","
            + "\"roleIds\":["
            + receptionist
            + "],\"allCentres\":false,\"centreIds\":["
            + lyon
            + "]}";
    String cm = api.token(workspace(), "cm@lumiere.test");
    assertEquals(403, api.post("api/staff", cm, body).statusCode(), "cm may not add staff");
    MailCatcher.start();
    try {
      var created = api.post("api/staff", admin, body);
      assertEquals(201, created.statusCode(), created.body());
      JsonObject staff = Api.json(created);
      assertEquals("[\"LYO1\"]", staff.getJsonArray("centres").toString());
      assertEquals("INVITED", staff.getString("status"), "not active before a password is set");
      long adminId = Api.json(api.get("api/me", admin)).getJsonNumber("id").longValue();
      assertEquals(
          "ACTIVE",
          Api.json(api.get("api/staff/" + adminId, admin)).getString("status"),
          "someone who has signed in is active");
      var mails = MailCatcher.await(email::equals, 1, Duration.ofSeconds(30));
      assertEquals(1, mails.size(), "one activation e-mail");
      assertTrue(mails.get(0).subject().startsWith("Activer le compte"), mails.get(0).subject());
      assertTrue(
          mails
              .get(0)
              .body()
              .contains("/account/activate.xhtml?workspace=" + workspace() + "&token="));
    } finally {
      MailCatcher.stop();
    }
    var again = api.post("api/staff", admin, body);
    assertEquals(400, again.statusCode());
    assertTrue(again.body().contains("\"email\""), again.body());
  }

  private WebSession web(String email) throws Exception {
    String domain = email.substring(email.indexOf('@') + 1, email.indexOf('.', email.indexOf('@')));
    String tenant = domain.equals("lumiere") ? workspace() : domain;
    return new WebSession(base.toURI()).signedIn(tenant, email);
  }

  private Api api() throws Exception {
    return new Api(base.toURI());
  }

  /** The id of a lumiere centre, as the staff list's centre filter offers it to the admin. */
  private long centreId(String code) throws Exception {
    String page = web("admin@lumiere.test").get("staff/list.xhtml").body();
    Matcher option = Pattern.compile("value=\"(\\d+)\"[^>]*>" + code + " ").matcher(page);
    assertTrue(option.find(), "centre " + code + " offered");
    return Long.parseLong(option.group(1));
  }

  static long roleId(Api api, String token, String name) {
    String roles = api.get("api/staff-roles", token).body();
    return Json.createReader(new StringReader(roles)).readArray().stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static HttpResponse<String> grant(Api api, String token, long role, String permission) {
    return api.put("api/staff-roles/" + role + "/permissions/" + permission, token, "");
  }

  static HttpResponse<String> revoke(Api api, String token, long role, String permission) {
    return api.delete("api/staff-roles/" + role + "/permissions/" + permission, token);
  }

  static String permissions(Api api, String token) {
    return Api.json(api.get("api/me", token)).getJsonArray("permissions").toString();
  }
}
