package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.DemoBookings;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a booking costs (000 workflow 3 steps 2–3), through the API: Salle Lumière at 45 € an hour
 * is priced with the discount given; a community manager's discount above their 10 % ceiling holds
 * the booking pending approval until the Super Admin approves it (then billed) or rejects it (then
 * cancelled, the slot free); a confirmed booking is a consumption of the payer, withdrawn when the
 * booking is cancelled; "invoice now" issues its invoice at once, with GST for the Indian operator,
 * queued for the accounting system.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingBillingIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String admin;
  private String cm;
  private long lumiereId;
  private LocalDate monday;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    admin = api.token("lumiere", "admin@lumiere.test");
    cm = api.token("lumiere", "cm@lumiere.test");
    lumiereId = Api.tenantId(admin);
    monday =
        io.atrium.testing.FreeDay.randomFrom(
            lumiereId,
            LocalDate.of(2034, 1, 2),
            400,
            lumiere("SELECT id FROM space WHERE name = 'Salle Lumière' ORDER BY id LIMIT 1"));
  }

  private long lumiere(String sql, Object... parameters) {
    return TestDatabase.countFromClient(lumiereId, sql, parameters);
  }

  private HttpResponse<String> book(String token, int hour, int hours, String discount) {
    var form =
        DemoBookings.form(
            lumiereId,
            "Salle Lumière",
            "Studio Kaolin",
            monday.atTime(hour, 0).atZone(ZoneId.of("Europe/Paris")),
            hours);
    if (discount != null) {
      form.add("discountPercent", new BigDecimal(discount));
    }
    return DemoBookings.post(api, token, form);
  }

  private static JsonObject json(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    return Api.json(response);
  }

  private long approvalOf(long booking) {
    return lumiere(
        "SELECT id FROM approval_request WHERE document_kind = 'BOOKING' AND document_id = ?",
        booking);
  }

  @Test
  void aBookingIsPricedWithItsDiscountAndBilledAsAConsumptionWithdrawnWhenCancelled() {
    JsonObject booked = json(book(admin, 9, 2, "20"), 201);

    assertEquals("CONFIRMED", booked.getString("status"));
    assertEquals(new BigDecimal("72.00"), booked.getJsonNumber("netTotal").bigDecimalValue());
    assertEquals(new BigDecimal("86.40"), booked.getJsonNumber("grossTotal").bigDecimalValue());
    assertEquals("EUR", booked.getString("currency"));
    long consumption = booked.getJsonNumber("consumptionId").longValue();
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM consumption WHERE id = ? AND quantity = 2 AND discount_percent ="
                + " 20 AND invoice_id IS NULL",
            consumption),
        "billed by the monthly run");
    assertTrue(!booked.containsKey("invoiceId") || booked.isNull("invoiceId"));

    long id = booked.getJsonNumber("id").longValue();
    assertEquals(200, api.post("api/bookings/" + id + "/cancel", admin, "{}").statusCode());
    assertEquals(0, lumiere("SELECT count(*) FROM consumption WHERE id = ?", consumption));
    assertEquals(
        400, book(admin, 12, 1, "100.001").statusCode(), "at most two decimals, at most 100");
  }

  @Test
  void aDiscountAboveTheCeilingWaitsForTheSuperAdminWhoApprovesOrRejects() {
    JsonObject held = json(book(cm, 9, 1, "25"), 201);
    long id = held.getJsonNumber("id").longValue();
    assertEquals("PENDING_APPROVAL", held.getString("status"));
    assertTrue(
        !held.containsKey("consumptionId") || held.isNull("consumptionId"),
        "nothing billed before the approval");
    assertEquals(409, book(admin, 9, 1, null).statusCode(), "the slot is held meanwhile");

    HttpResponse<String> approved =
        api.post(
            "api/approvals/" + approvalOf(id) + "/decision", admin, "{\"decision\":\"APPROVE\"}");
    assertEquals(200, approved.statusCode(), approved.body());
    JsonObject confirmed = json(api.get("api/bookings/" + id, admin), 200);
    assertEquals("CONFIRMED", confirmed.getString("status"));
    assertEquals(new BigDecimal("33.75"), confirmed.getJsonNumber("netTotal").bigDecimalValue());
    assertTrue(
        confirmed.containsKey("consumptionId") && !confirmed.isNull("consumptionId"),
        "billed once approved");
    assertEquals(
        2, lumiere("SELECT count(*) FROM access_grant WHERE booking_id = ?", id), "and let in");

    JsonObject second = json(book(cm, 14, 1, "30"), 201);
    long rejected = second.getJsonNumber("id").longValue();
    HttpResponse<String> refused =
        api.post(
            "api/approvals/" + approvalOf(rejected) + "/decision",
            admin,
            "{\"decision\":\"REJECT\",\"reason\":\"Trop élevé\"}");
    assertEquals(200, refused.statusCode(), refused.body());
    assertEquals(
        "CANCELLED", json(api.get("api/bookings/" + rejected, admin), 200).getString("status"));
    assertEquals(201, book(admin, 14, 1, null).statusCode(), "the slot is free again");
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Booking' AND entity_id = ? AND"
                + " action = 'REJECTED'",
            Long.toString(rejected)));
  }

  @Test
  void invoiceNowIssuesTheBookingsInvoiceWithGstAndQueuesItForTheAccountingSystem() {
    String banyan = api.token("banyan", "admin@banyan.test");
    long tenant = Api.tenantId(banyan);
    ZonedDateTime start =
        LocalDate.of(2034, 1, 3)
            .plusWeeks(ThreadLocalRandom.current().nextInt(400))
            .atTime(11, 0)
            .atZone(ZoneId.of("Asia/Kolkata"));
    HttpResponse<String> booked =
        DemoBookings.post(
            api,
            banyan,
            DemoBookings.form(tenant, "Neem", "Chai Labs", start, 1).add("invoiceNow", true));
    JsonObject booking = json(booked, 201);
    assertEquals(new BigDecimal("1416.00"), booking.getJsonNumber("grossTotal").bigDecimalValue());
    long invoice = booking.getJsonNumber("invoiceId").longValue();

    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM invoice WHERE id = ? AND status = 'ISSUED' AND number IS NOT NULL"
                + " AND gross_total = 1416.00",
            invoice));
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM invoice_line WHERE invoice_id = ? AND cgst_amount = 108.00 AND"
                + " sgst_amount = 108.00 AND igst_amount = 0 AND consumption_id IS NOT NULL",
            invoice),
        "CGST and SGST: Neem is in Bangalore, Chai Labs' GSTIN too");
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM accounting_sync WHERE entity_kind = 'INVOICE' AND entity_id = ?",
            invoice),
        "queued for Zoho Books");
  }

  @Test
  void cancellingABookingInvoicedAtOnceIssuesItsCreditNote() {
    String banyan = api.token("banyan", "admin@banyan.test");
    long tenant = Api.tenantId(banyan);
    ZonedDateTime start =
        LocalDate.of(2034, 1, 4)
            .plusWeeks(ThreadLocalRandom.current().nextInt(400))
            .atTime(15, 0)
            .atZone(ZoneId.of("Asia/Kolkata"));
    JsonObject booking =
        json(
            DemoBookings.post(
                api,
                banyan,
                DemoBookings.form(tenant, "Neem", "Chai Labs", start, 1).add("invoiceNow", true)),
            201);
    long id = booking.getJsonNumber("id").longValue();
    long invoice = booking.getJsonNumber("invoiceId").longValue();

    assertEquals(200, api.post("api/bookings/" + id + "/cancel", banyan, "{}").statusCode());

    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM invoice WHERE kind = 'CREDIT_NOTE' AND corrects_id = ? AND status"
                + " = 'ISSUED' AND number IS NOT NULL AND gross_total = 1416.00",
            invoice),
        "the whole invoice taken back: cancelled well ahead, no fee");
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM invoice_line l JOIN invoice c ON c.id = l.invoice_id WHERE"
                + " c.corrects_id = ? AND l.cgst_amount = 108.00 AND l.sgst_amount = 108.00",
            invoice),
        "taxed as the invoice was");
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM invoice WHERE id = ? AND status = 'ISSUED' AND gross_total ="
                + " 1416.00",
            invoice),
        "the invoice itself never changes");
  }
}
