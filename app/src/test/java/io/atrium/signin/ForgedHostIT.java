package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every way to make Atrium e-mail an account link, asked with a forged {@code Host}: the links
 * point to PUBLIC_URL and the forged host appears in no mail. Mails are read in the outbox, where
 * they are rendered in the transaction that queues them, so nothing needs waiting for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgedHostIT {

  private static final String EVIL = "evil.example";

  /** With the test server's port, so that Liberty's virtual host takes the request as its own. */
  private static final String[] FORGED = {
    "Host",
    EVIL + ":" + System.getProperty("it.http.port"),
    "X-Forwarded-Host",
    EVIL,
    "X-Forwarded-Proto",
    "gopher"
  };

  /** PUBLIC_URL of the test server. */
  private static final String PUBLIC = "http://127.0.0.1:" + System.getProperty("it.http.port");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String admin;
  private long lumiere;
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    admin = api.token("lumiere", "admin@lumiere.test");
    lumiere = Api.json(api.get("api/me", admin)).getJsonNumber("tenantId").longValue();
  }

  @Test
  void forgotPasswordMailsALinkToThePublicAddressOnly() throws Exception {
    String email = "manager@nordlys.test";
    var asker = new WebSession(base.toURI(), FORGED);
    var form = asker.get("account/forgot.xhtml?workspace=lumiere");
    assertEquals(200, form.statusCode(), "the forged host reaches the page");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("form_SUBMIT", "1");
    fields.put("form:workspace", "lumiere");
    fields.put("form:email", email);
    fields.put("form:send", "");
    fields.put("jakarta.faces.ViewState", WebSession.viewState(form.body()));
    var sent = asker.post("account/forgot.xhtml?workspace=lumiere", fields);
    assertTrue(sent.body().contains("a link is on its way"), sent.body());

    assertLinksOnlyToPublicUrl(email);
  }

  @Test
  void aStaffMemberAddedThroughTheApiGetsALinkToThePublicAddressOnly() {
    long role =
        Api.jsonArray(api.get("api/staff-roles", admin))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String email = "forged-host-" + run + "@lumiere.test";
    String body =
        Json.createObjectBuilder()
            .add("fullName", "Forged Host " + run)
            .add("email", email)
            .add("language", "en")
            .add("roleIds", Json.createArrayBuilder().add(role))
            .add("allCentres", true)
            .build()
            .toString();
    var created = api.call("POST", "api/staff", admin, body, FORGED);
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    assertEquals(
        PUBLIC + "/api/staff/" + id,
        created.headers().firstValue("Location").orElse(""),
        "what the API made is located at PUBLIC_URL, not at the forged host or scheme");

    assertLinksOnlyToPublicUrl(email);
  }

  @Test
  void anInvitedMemberGetsALinkToThePublicAddressOnly() {
    JsonObject kaolin =
        Api.json(api.get("api/companies?size=100&q=Kaolin", admin)).getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .filter(c -> c.getString("name").equals("Studio Kaolin"))
            .findFirst()
            .orElseThrow();
    String email = "forged-member-" + run + "@kaolin.test";
    String body =
        Json.createObjectBuilder()
            .add("fullName", "Forged Member " + run)
            .add("email", email)
            .add("language", "fr")
            .add("companyRole", "USER")
            .build()
            .toString();
    var added =
        api.call(
            "POST",
            "api/companies/" + kaolin.getJsonNumber("id") + "/members",
            admin,
            body,
            FORGED);
    assertEquals(201, added.statusCode(), added.body());
    long member = Api.json(added).getJsonNumber("id").longValue();
    var invited = api.call("POST", "api/members/" + member + "/activation", admin, null, FORGED);
    assertEquals(202, invited.statusCode(), invited.body());

    assertLinksOnlyToPublicUrl(email);
  }

  @Test
  void pagesRedirectByPathAndTheApiDocumentNamesThePublicAddress() throws Exception {
    var redirect = Http.get(base.toURI().resolve("reception/dashboard.xhtml"), FORGED);
    assertEquals(302, redirect.statusCode(), redirect.body());
    String location = redirect.headers().firstValue("Location").orElse("");
    assertTrue(location.startsWith("/login.xhtml?next="), "a path, no host: " + location);

    var document = Http.get(Http.serverRoot(base.toURI()).resolve("openapi"), FORGED);
    assertEquals(200, document.statusCode());
    assertFalse(document.body().contains(EVIL), document.body().substring(0, 400));
    assertTrue(document.body().contains("- url: " + PUBLIC), document.body().substring(0, 400));
  }

  /** The recipient has a mail with a link to PUBLIC_URL, and no mail of the tenant names EVIL. */
  private void assertLinksOnlyToPublicUrl(String email) {
    String publicLinks = PUBLIC + "/account/%";
    assertTrue(
        TestDatabase.countFromClient(
                lumiere,
                "SELECT count(*) FROM outbox_mail WHERE to_email = ? AND body LIKE ?",
                email,
                "%" + publicLinks)
            > 0,
        "a link to PUBLIC_URL was mailed to " + email);
    assertEquals(
        0,
        TestDatabase.countFromClient(
            lumiere,
            "SELECT count(*) FROM outbox_mail WHERE body LIKE ? OR subject LIKE ?",
            "%" + EVIL + "%",
            "%" + EVIL + "%"),
        "no mail names the forged host");
  }
}
