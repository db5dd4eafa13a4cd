package io.atrium.tenancy;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.invoicing.Invoice;
import io.atrium.tenancy.BodyIdIsolationIT.Case;
import io.atrium.testing.Api;
import io.atrium.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The body ids of payments (issue 13) for {@link BodyIdIsolationIT}: the payer of a payment and the
 * invoice of a card payment. A payment aimed at another tenant's payer writes no payment with the
 * probe's reference; a charge aimed at another tenant's invoice writes no intent.
 */
final class PaymentBodyCases {

  private PaymentBodyCases() {}

  static void register(Map<String, Case> cases) {
    BodyIdIsolationIT.Snapshot payments =
        (f, m) ->
            TestDatabase.countFromClient(
                f.tenantA(), "SELECT count(*) FROM payment WHERE reference = ?", m);
    cases.put(
        "POST /api/payments companyId",
        new Case(
            "api/payments",
            Company.class,
            "companyId",
            (f, id, m) -> payment("\"companyId\":" + id, m),
            payments,
            false));
    cases.put(
        "POST /api/payments memberId",
        new Case(
            "api/payments",
            Member.class,
            "memberId",
            (f, id, m) -> payment("\"memberId\":" + id, m),
            payments,
            false));
    cases.put(
        "POST /api/payments/intents invoiceId",
        new Case(
            "api/payments/intents",
            Invoice.class,
            "invoiceId",
            (f, id, m) -> "{\"invoiceId\":" + id + ",\"paymentMethod\":\"4242424242424242\"}",
            (f, m) ->
                TestDatabase.countFromClient(f.tenantA(), "SELECT count(*) FROM payment_intent"),
            false));
  }

  private static String payment(String payer, String marker) {
    return "{"
        + payer
        + ",\"method\":\"CASH\",\"amount\":\"1\",\"receivedOn\":\"2026-11-02\",\"reference\":\""
        + marker
        + "\"}";
  }

  /** B's company, and a draft invoice of B's (no API of B issues one: written as a row). */
  static void ofB(Api api, String token, Map<Class<?>, Long> ofB) {
    JsonObject company =
        Api.json(api.get("api/companies?size=1", token)).getJsonArray("items").getJsonObject(0);
    long companyId = company.getJsonNumber("id").longValue();
    ofB.put(Company.class, companyId);
    long tenant = Api.tenantId(token);
    try (Connection connection = TestDatabase.appConnectionFromClient()) {
      connection.setAutoCommit(false);
      TestDatabase.bindTenant(connection, tenant);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO invoice (tenant_id, id, centre_id, company_id, kind, currency, language)"
                  + " SELECT tenant_id, nextval('atrium_id_seq'), home_centre_id, id, 'INVOICE',"
                  + " 'INR', 'en' FROM company WHERE id = ? RETURNING id")) {
        insert.setLong(1, companyId);
        try (ResultSet row = insert.executeQuery()) {
          row.next();
          ofB.put(Invoice.class, row.getLong(1));
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
