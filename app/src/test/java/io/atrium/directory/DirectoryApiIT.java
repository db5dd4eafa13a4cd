package io.atrium.directory;

import static io.atrium.directory.DemoDirectory.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.IdPages;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory through its REST API, as the mobile app and integrations use it: companies and
 * members created, read and changed; refused for callers without the right, outside their centres,
 * in another tenant or another company.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryApiIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private DemoDirectory demo;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    demo = new DemoDirectory(api);
  }

  private JsonObjectBuilder companyForm(String name, long centreId, String contactEmail) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("kind", "PROSPECT")
        .add("homeCentreId", centreId)
        .add("siren", "552100554")
        .add("email", "bonjour@" + RUN + ".test")
        .add("phone", "+33 1 23 45 67 89")
        .add("billingCity", "Paris")
        .add("billingCountry", "FR")
        .add("contactName", "Alice Martin")
        .add("contactEmail", contactEmail);
  }

  private long paris() {
    return demo.centreOf("lumiere", "Studio Kaolin");
  }

  /** Where this test's companies go, so that Paris lists stay as the demo made them. */
  private long lyon() {
    return demo.centreOf("lumiere", "Nordlys Conseil");
  }

  @Test
  void aCompanyIsCreatedWithItsMainContactAsFirstMemberThenChanged() {
    String admin = demo.admin("lumiere");
    String name = "Atelier Cobalt " + RUN;
    String contact = "alice." + RUN + "@cobalt.test";
    var created =
        api.post("api/companies", admin, companyForm(name, lyon(), contact).build().toString());
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    assertTrue(
        created.headers().firstValue("Location").orElse("").endsWith("/api/companies/" + id),
        created.headers().toString());
    assertEquals("Alice Martin", Api.json(created).getString("mainContact"));

    var members = Api.jsonArray(api.get("api/companies/" + id + "/members", admin));
    assertEquals(1, members.size(), members.toString());
    JsonObject first = members.getJsonObject(0);
    assertEquals(contact, first.getString("email"));
    assertEquals("ADMINISTRATOR", first.getString("companyRole"));
    assertEquals("INVITED", first.getString("status"));

    var changed =
        api.put(
            "api/companies/" + id,
            admin,
            companyForm(name + " SAS", lyon(), contact).add("kind", "CLIENT").build().toString());
    assertEquals(200, changed.statusCode(), changed.body());
    var read = Api.json(api.get("api/companies/" + id, admin));
    assertEquals(name + " SAS", read.getString("name"));
    assertEquals("CLIENT", read.getString("kind"));
    assertEquals("LYO1", read.getString("homeCentre"));

    var found = Api.json(api.get("api/companies?q=cobalt%20" + RUN, admin));
    assertEquals(1, found.getInt("total"), found.toString());
    var byLegalId = Api.json(api.get("api/companies?q=552100554&kind=CLIENT", admin));
    assertTrue(byLegalId.toString().contains(name + " SAS"), byLegalId.toString());
  }

  @Test
  void membersAreAddedChangedAndTheirEmailIsUniqueInTheTenant() {
    String admin = demo.admin("lumiere");
    var company =
        api.post(
            "api/companies",
            admin,
            companyForm("Atelier Safran " + RUN, lyon(), "boss." + RUN + "@safran.test")
                .build()
                .toString());
    long id = Api.json(company).getJsonNumber("id").longValue();
    String email = "jules." + RUN + "@safran.test";
    String form =
        Json.createObjectBuilder()
            .add("fullName", "Jules Robert")
            .add("email", email)
            .add("companyRole", "MANAGER")
            .build()
            .toString();
    var added = api.post("api/companies/" + id + "/members", admin, form);
    assertEquals(201, added.statusCode(), added.body());
    long memberId = Api.json(added).getJsonNumber("id").longValue();
    assertEquals(
        "MANAGER", Api.json(api.get("api/members/" + memberId, admin)).getString("companyRole"));

    var changed =
        api.put(
            "api/members/" + memberId,
            admin,
            Json.createObjectBuilder()
                .add("fullName", "Jules Robert-Petit")
                .add("email", email.toUpperCase())
                .add("companyRole", "USER")
                .add("language", "en")
                .build()
                .toString());
    assertEquals(200, changed.statusCode(), changed.body());
    var read = Api.json(changed);
    assertEquals("USER", read.getString("companyRole"));
    assertEquals(email, read.getString("email"), "e-mails are kept in lower case");

    var again = api.post("api/companies/" + id + "/members", admin, form.replace("Jules", "Julie"));
    assertProblem(again, 400);
    assertEquals(
        "This e-mail is already used by another member.",
        Api.json(again).getJsonObject("errors").getString("email"));
    var taken =
        api.post(
            "api/companies",
            admin,
            companyForm("Atelier Ocre " + RUN, lyon(), "admin@kaolin.test").build().toString());
    assertProblem(taken, 400);
    assertTrue(Api.json(taken).getJsonObject("errors").containsKey("contactEmail"), taken.body());
  }

  @Test
  void aClientNeverGoesBackToBeingAProspect() {
    String admin = demo.admin("lumiere");
    String name = "Atelier Signé " + RUN;
    String contact = "signed." + RUN + "@signe.test";
    var created =
        api.post(
            "api/companies",
            admin,
            companyForm(name, lyon(), contact).add("kind", "CLIENT").build().toString());
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();

    for (String language : java.util.List.of("en", "fr")) {
      var back =
          api.call(
              "PUT",
              "api/companies/" + id,
              admin,
              companyForm(name + " renamed", lyon(), contact).build().toString(),
              "Accept-Language",
              language);
      assertProblem(back, 400);
      assertEquals(
          language.equals("en")
              ? "A client cannot go back to being a prospect."
              : "Un client ne peut pas redevenir prospect.",
          Api.json(back).getJsonObject("errors").getString("kind"),
          back.body());
    }
    var read = Api.json(api.get("api/companies/" + id, admin));
    assertEquals("CLIENT", read.getString("kind"));
    assertEquals(name, read.getString("name"), "nothing of the refused form was saved");
  }

  @Test
  void anArchivedCompanyLeavesTheActiveListUntilRestored() {
    String admin = demo.admin("lumiere");
    String name = "Atelier Sépia " + RUN;
    var created =
        api.post(
            "api/companies",
            admin,
            companyForm(name, lyon(), "sepia." + RUN + "@sepia.test").build().toString());
    long id = Api.json(created).getJsonNumber("id").longValue();
    String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
    String active = "api/companies?status=ACTIVE&q=" + q;
    assertEquals(1, Api.json(api.get(active, admin)).getInt("total"));

    assertProblem(
        api.post(
            "api/companies/" + id + "/archive", demo.token("lumiere", "sales@lumiere.test"), "{}"),
        403);
    var archived = api.post("api/companies/" + id + "/archive", admin, "{}");
    assertEquals(200, archived.statusCode(), archived.body());
    assertEquals("ARCHIVED", Api.json(archived).getString("status"));
    assertEquals(0, Api.json(api.get(active, admin)).getInt("total"), "gone from the active list");
    assertEquals(
        1,
        Api.json(api.get("api/companies?status=ARCHIVED&q=" + q, admin)).getInt("total"),
        "kept, with its history");

    assertEquals(200, api.post("api/companies/" + id + "/restore", admin, "{}").statusCode());
    assertEquals(1, Api.json(api.get(active, admin)).getInt("total"));
    assertProblem(api.get("api/companies?kind=PARTNER", admin), 400);
  }

  @Test
  void anInvalidCompanyIsA400ListingEachFieldInEnglishOrFrench() {
    String admin = demo.admin("lumiere");
    String form =
        Json.createObjectBuilder()
            .add("kind", "PROSPECT")
            .add("homeCentreId", lyon())
            .add("siren", "12")
            .add("phone", "01 23")
            .build()
            .toString();
    var english = api.call("POST", "api/companies", admin, form, "Accept-Language", "en");
    assertProblem(english, 400);
    var errors = Api.json(english).getJsonObject("errors");
    assertTrue(errors.containsKey("name"), errors.toString());
    assertEquals("A SIREN is 9 digits.", errors.getString("siren"));
    assertTrue(errors.getString("phone").contains("international format"), errors.toString());

    var french =
        api.call("POST", "api/companies", admin, form, "Accept-Language", "fr-FR,fr;q=0.9");
    assertProblem(french, 400);
    var erreurs = Api.json(french).getJsonObject("errors");
    assertEquals("Un SIREN compte 9 chiffres.", erreurs.getString("siren"));
    assertTrue(erreurs.getString("phone").contains("format international"), erreurs.toString());
    assertTrue(Api.json(french).getString("detail").contains("invalides"), french.body());

    var noContact =
        api.call(
            "POST",
            "api/companies",
            admin,
            companyForm("Atelier Sans Contact " + RUN, lyon(), "x@y.test")
                .remove("contactName")
                .remove("contactEmail")
                .build()
                .toString(),
            "Accept-Language",
            "fr");
    assertProblem(noContact, 400);
    assertEquals(
        "Le contact principal est obligatoire.",
        Api.json(noContact).getJsonObject("errors").getString("contactEmail"));
  }

  @Test
  void aTechnicianCannotCreateACompanyEvenWithTheApi() {
    var refused =
        api.post(
            "api/companies",
            demo.token("lumiere", "tech@lumiere.test"),
            companyForm("Atelier Interdit " + RUN, lyon(), "no." + RUN + "@interdit.test")
                .build()
                .toString());
    assertProblem(refused, 403);
    var list = api.get("api/companies", demo.token("lumiere", "tech@lumiere.test"));
    assertProblem(list, 403);
  }

  @Test
  void aReceptionistReadsCompaniesButCannotChangeThem() {
    String reception = demo.token("lumiere", "reception@lumiere.test");
    long kaolin = demo.company("lumiere", "Studio Kaolin");
    var read = api.get("api/companies/" + kaolin, reception);
    assertEquals(200, read.statusCode(), read.body());
    String same = read.body();
    var json = Api.json(read);
    String form =
        Json.createObjectBuilder()
            .add("name", "Studio Kaolin (renamed)")
            .add("kind", json.getString("kind"))
            .add("homeCentreId", json.getJsonNumber("homeCentreId").longValue())
            .build()
            .toString();
    assertProblem(api.put("api/companies/" + kaolin, reception, form), 403);
    String member =
        Json.createObjectBuilder()
            .add("fullName", "Nope")
            .add("email", "nope." + RUN + "@kaolin.test")
            .build()
            .toString();
    assertProblem(api.post("api/companies/" + kaolin + "/members", reception, member), 403);
    assertEquals(same, api.get("api/companies/" + kaolin, reception).body(), "nothing changed");
  }

  @Test
  void aCommunityManagerOfParisListsCountsAndOpensOnlyParisCompanies() {
    String cm = demo.token("lumiere", "cm@lumiere.test");
    var list = Api.json(api.get("api/companies?size=100", cm));
    var items = list.getJsonArray("items").getValuesAs(JsonObject.class);
    assertFalse(items.isEmpty());
    items.forEach(c -> assertEquals("PAR1", c.getString("homeCentre"), c.toString()));
    assertTrue(list.toString().contains("Studio Kaolin"));
    assertFalse(list.toString().contains("Nordlys"), list.toString());
    assertFalse(list.toString().contains("Brique Rouge"), list.toString());
    long parisOnly =
        Api.json(api.get("api/companies?size=1&centre=" + paris(), demo.admin("lumiere")))
            .getInt("total");
    assertEquals(parisOnly, list.getInt("total"), "the count is the Paris count");
    assertEquals(0, Api.json(api.get("api/companies?q=nordlys", cm)).getInt("total"));

    long nordlys = demo.company("lumiere", "Nordlys Conseil");
    assertProblem(api.get("api/companies/" + nordlys, cm), 404);
    assertProblem(api.get("api/companies/" + nordlys + "/members", cm), 404);
    long lyonMember = demo.member("lumiere", "Nordlys Conseil", "admin@nordlys.test");
    var hidden = api.get("api/members/" + lyonMember, cm);
    assertProblem(hidden, 404);
    assertFalse(hidden.body().contains("nordlys"), hidden.body());
  }

  @Test
  void anotherTenantsCompaniesAndMembersAreNotFoundAndNothingOfThemShows() {
    String lumiere = demo.admin("lumiere");
    long chai = demo.company("banyan", "Chai Labs");
    long chaiAdmin = demo.member("banyan", "Chai Labs", "admin@chailabs.test");
    for (var endpoint : IdPages.ENDPOINTS) {
      long id = endpoint.type() == Company.class ? chai : chaiAdmin;
      var response = api.call(endpoint.method(), endpoint.with(id), lumiere, endpoint.body());
      assertProblem(response, 404);
      assertFalse(response.body().contains("Chai"), endpoint + ": " + response.body());
      assertFalse(response.body().contains("chailabs"), endpoint + ": " + response.body());
    }
    var list = Api.json(api.get("api/companies?q=chai", lumiere));
    assertEquals(0, list.getInt("total"), list.toString());
    assertEquals(200, api.get("api/companies/" + chai, demo.admin("banyan")).statusCode());
  }

  @Test
  void aMemberReadsTheirOwnCompanyAndNoOther() {
    String user = demo.token("lumiere", "user@kaolin.test");
    var list = Api.json(api.get("api/companies", user));
    assertEquals(1, list.getInt("total"), list.toString());
    assertEquals("Studio Kaolin", list.getJsonArray("items").getJsonObject(0).getString("name"));
    long kaolin = demo.company("lumiere", "Studio Kaolin");
    assertEquals(200, api.get("api/companies/" + kaolin, user).statusCode());
    var colleagues = api.get("api/companies/" + kaolin + "/members", user);
    assertEquals(200, colleagues.statusCode());
    assertTrue(colleagues.body().contains("admin@kaolin.test"), colleagues.body());

    long nordlys = demo.company("lumiere", "Nordlys Conseil");
    var other = api.get("api/companies/" + nordlys, user);
    assertProblem(other, 404);
    assertFalse(other.body().contains("Nordlys"), other.body());
    assertProblem(api.get("api/companies/" + nordlys + "/members", user), 404);
    long nordlysAdmin = demo.member("lumiere", "Nordlys Conseil", "admin@nordlys.test");
    assertProblem(api.get("api/members/" + nordlysAdmin, user), 404);
  }

  @Test
  void aUserCannotInviteAndAManagerCannotGiveARoleAboveTheirOwn() {
    long kaolin = demo.company("lumiere", "Studio Kaolin");
    String newcomer =
        Json.createObjectBuilder()
            .add("fullName", "Newcomer")
            .add("email", "newcomer." + RUN + "@kaolin.test")
            .add("companyRole", "USER")
            .build()
            .toString();
    assertProblem(
        api.post(
            "api/companies/" + kaolin + "/members",
            demo.token("lumiere", "user@kaolin.test"),
            newcomer),
        403);

    String manager = demo.token("lumiere", "manager@kaolin.test");
    assertProblem(
        api.post(
            "api/companies/" + kaolin + "/members",
            manager,
            newcomer.replace("\"USER\"", "\"ADMINISTRATOR\"")),
        403);
    long user = demo.member("lumiere", "Studio Kaolin", "user@kaolin.test");
    var promote =
        Json.createObjectBuilder()
            .add("fullName", "Chloé Bernard")
            .add("email", "user@kaolin.test")
            .add("companyRole", "ADMINISTRATOR")
            .build()
            .toString();
    assertProblem(api.put("api/members/" + user, manager, promote), 403);
    long admin = demo.member("lumiere", "Studio Kaolin", "admin@kaolin.test");
    var demote =
        promote.replace("user@kaolin.test", "admin@kaolin.test").replace("ADMINISTRATOR", "USER");
    assertProblem(api.put("api/members/" + admin, manager, demote), 403);
    assertEquals(
        "ADMINISTRATOR",
        Api.json(api.get("api/members/" + admin, demo.admin("lumiere"))).getString("companyRole"));
  }

  @Test
  void activatingAnInvitedMemberIssuesOneActivationLink() {
    String admin = demo.admin("lumiere");
    String contact = "ines." + RUN + "@indigo.test";
    var created =
        api.post(
            "api/companies",
            admin,
            companyForm("Atelier Indigo " + RUN, lyon(), contact).build().toString());
    long memberId =
        Api.jsonArray(
                api.get(
                    "api/companies/" + Api.json(created).getJsonNumber("id") + "/members", admin))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long tenant = demo.tenantId("lumiere");
    assertEquals(0, activationLinks(tenant, memberId));

    var sent = api.post("api/members/" + memberId + "/activation", admin, "{}");
    assertEquals(202, sent.statusCode(), sent.body());
    assertEquals(1, activationLinks(tenant, memberId), "one activation link, valid for 7 days");

    long active = demo.member("lumiere", "Studio Kaolin", "admin@kaolin.test");
    var already =
        api.call(
            "POST", "api/members/" + active + "/activation", admin, "{}", "Accept-Language", "en");
    assertProblem(already, 400);
    assertEquals(
        "This account is already active.",
        Api.json(already).getJsonObject("errors").getString("status"));
  }

  static long activationLinks(long tenantId, long memberId) {
    return TestDatabase.countFromClient(
        tenantId,
        "SELECT count(*) FROM account_token WHERE purpose = 'ACTIVATION' AND person_kind = 'MEMBER'"
            + " AND person_id = ? AND used_at IS NULL AND expires_at > now() + interval '6 days'",
        memberId);
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        Problem.MEDIA_TYPE,
        response.headers().firstValue("Content-Type").orElse("").split(";")[0],
        response.body());
    assertNotNull(Api.json(response).getString("title"));
  }
}
