package io.atrium.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;

/**
 * A client company of a test's own, with a complete billing address and its contact able to sign in
 * with the demo password: for tests whose credits, bookings or invoices must touch no demo company
 * another test counts on.
 */
public record FreshCompany(long id, String name, long contactId, String contactEmail) {

  /** Creates it at the centre through the API, as staff would. */
  public static FreshCompany at(Api api, String staffToken, long centreId, String prefix) {
    String run = Long.toString(System.nanoTime(), 36);
    String name = prefix + " " + run;
    String email = "contact." + run + "@fresh.test";
    var created =
        api.post(
            "api/companies",
            staffToken,
            Json.createObjectBuilder()
                .add("name", name)
                .add("kind", "CLIENT")
                .add("homeCentreId", centreId)
                .add("siren", "552100554")
                .add("email", "bonjour@" + run + ".test")
                .add("billingLine", "12 rue des Petites-Écuries")
                .add("billingPostalCode", "75010")
                .add("billingCity", "Paris")
                .add("billingCountry", "FR")
                .add("contactName", "Camille Martin")
                .add("contactEmail", email)
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    long tenant = Api.tenantId(staffToken);
    // Activated with the demo password, as the contact would after following the invitation.
    TestDatabase.updateFromClient(
        tenant,
        "UPDATE member SET status = 'ACTIVE', password_hash = (SELECT password_hash FROM member"
            + " WHERE email = 'admin@kaolin.test') WHERE email = ?",
        email);
    return new FreshCompany(
        Api.json(created).getJsonNumber("id").longValue(),
        name,
        TestDatabase.countFromClient(tenant, "SELECT id FROM member WHERE email = ?", email),
        email);
  }
}
