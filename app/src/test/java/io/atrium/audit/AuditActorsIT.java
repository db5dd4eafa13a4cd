package io.atrium.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People are recorded under their own name, through the API as through the pages: never their
 * e-mail, and never as the system, from signing in to signing out. Uses the demo tenant {@code
 * banyan}: its Super Admin is Priya Raghavan, its salesperson Neha Sharma. The company made here is
 * named to sort after the demo's, whose first is the isolation test's target.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditActorsIT {

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void signingInAndOutThroughThePagesIsRecordedUnderThePersonsName() throws Exception {
    var api = new Api(base.toURI());
    long tenantId =
        Api.json(api.get("api/me", api.token("banyan", "admin@banyan.test")))
            .getJsonNumber("tenantId")
            .longValue();
    String byNeha =
        "SELECT count(*) FROM audit_entry WHERE entity_type = 'StaffMember' AND action = ?"
            + " AND actor_kind = 'STAFF' AND actor_name = 'Neha Sharma'"
            + " AND entity_id = actor_id::text";
    long signInsBefore = TestDatabase.countFromClient(tenantId, byNeha, "SIGN_IN");
    long signOutsBefore = TestDatabase.countFromClient(tenantId, byNeha, "SIGN_OUT");

    var neha = new WebSession(base.toURI()).signedIn("banyan", "sales@banyan.test");
    assertEquals(signInsBefore + 1, TestDatabase.countFromClient(tenantId, byNeha, "SIGN_IN"));
    assertEquals(302, neha.post("logout", Map.of()).statusCode());
    assertEquals(signOutsBefore + 1, TestDatabase.countFromClient(tenantId, byNeha, "SIGN_OUT"));
  }

  private static String companyForm(String name, long centre) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("kind", "PROSPECT")
        .add("homeCentreId", centre)
        .add("contactName", "Arjun Teak")
        .add("contactEmail", "arjun." + RUN + "@teak.test")
        .build()
        .toString();
  }

  @Test
  void aCompanyCreatedAndChangedThroughTheApiIsAuditedUnderTheCallersName() throws Exception {
    var api = new Api(base.toURI());
    String token = api.token("banyan", "admin@banyan.test");
    JsonObject me = Api.json(api.get("api/me", token));
    assertEquals("Priya Raghavan", me.getString("name"), "the name, not the e-mail");
    long tenantId = me.getJsonNumber("tenantId").longValue();
    long any =
        Api.json(api.get("api/companies?size=1", token))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long centre =
        Api.json(api.get("api/companies/" + any, token)).getJsonNumber("homeCentreId").longValue();

    var created = api.post("api/companies", token, companyForm("Teak Audit " + RUN, centre));
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    var renamed = api.put("api/companies/" + id, token, companyForm("Teak " + RUN, centre));
    assertEquals(200, renamed.statusCode(), renamed.body());

    String byPriya =
        "SELECT count(*) FROM audit_entry WHERE entity_type = 'Company' AND entity_id = ?"
            + " AND action = ? AND actor_kind = 'STAFF' AND actor_name = 'Priya Raghavan'"
            + " AND request_id IS NOT NULL";
    assertEquals(1, TestDatabase.countFromClient(tenantId, byPriya, Long.toString(id), "CREATE"));
    assertEquals(1, TestDatabase.countFromClient(tenantId, byPriya, Long.toString(id), "UPDATE"));
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenantId,
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Company' AND entity_id = ?"
                + " AND action = 'UPDATE' AND changes -> 'name' ->> 1 = ?",
            Long.toString(id),
            "Teak " + RUN));
  }
}
