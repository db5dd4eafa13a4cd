package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Row-level security holds against SQL written by hand, as the application's role: with tenant A
 * bound, no row of tenant B is visible in any tenant table the catalogue lists, none can be written
 * under B's id, and with no tenant bound nothing is visible at all. Both tenants have rows in every
 * tenant table, so no check passes for want of rows; a new table needs one here.
 */
@ExtendWith(ArquillianExtension.class)
class RawSqlIsolationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants fixtures;

  @Inject Tenancy tenancy;

  @Inject AuditTrail trail;

  /** A tenant with at least one row in every tenant table of the schema. */
  private TestTenant populated(String prefix) throws SQLException {
    TestTenant tenant = fixtures.fresh(prefix);
    TestStaff staff =
        fixtures.staff(tenant, "Sam Staff", Permission.of(Area.COMPANIES, Action.READ));
    tenancy.runAsTenant(
        tenant.id(),
        () ->
            trail.record(
                "Company", "1", "CREATE", tenant.centreId(), Changes.of().field("n", null, "1")));
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      long t = tenant.id();
      long centre = tenant.centreId();
      long company = nextId(app);
      long member = nextId(app);
      long mail = nextId(app);
      long event = nextId(app);
      execute(
          app,
          "INSERT INTO tenant_gst_registration (tenant_id, state_code, gstin)"
              + " VALUES ("
              + t
              + ", '27', '27AAAAA0000A1Z5')",
          "INSERT INTO staff_member_centre (staff_id, centre_id) VALUES ("
              + staff.id()
              + ", "
              + centre
              + ")",
          "INSERT INTO company (tenant_id, id, name, kind, home_centre_id)"
              + " VALUES ("
              + t
              + ", "
              + company
              + ", 'Acme', 'CLIENT', "
              + centre
              + ")",
          "INSERT INTO member (tenant_id, id, company_id, company_role, full_name, email, language,"
              + " home_centre_id) VALUES ("
              + t
              + ", "
              + member
              + ", "
              + company
              + ", 'ADMINISTRATOR', 'Mia Member', 'mia@acme.test', 'en', "
              + centre
              + ")",
          "INSERT INTO account_token (tenant_id, id, purpose, person_kind, person_id, token_hash,"
              + " expires_at) VALUES ("
              + t
              + ", nextval('atrium_id_seq'), 'ACTIVATION', 'MEMBER', "
              + member
              + ", "
              + randomHash()
              + ", now() + interval '1 day')",
          "INSERT INTO refresh_token (tenant_id, id, person_kind, person_id, token_hash, expires_at)"
              + " VALUES ("
              + t
              + ", nextval('atrium_id_seq'), 'STAFF', "
              + staff.id()
              + ", "
              + randomHash()
              + ", now() + interval '30 days')",
          "INSERT INTO outbox_mail (tenant_id, id, to_email, language, template, subject, body)"
              + " VALUES ("
              + t
              + ", "
              + mail
              + ", 'mia@acme.test', 'en', 'welcome',"
              + " 'Welcome', 'Hello')",
          "INSERT INTO outbox_mail_attachment (tenant_id, id, mail_id, file_name, content_type,"
              + " content) VALUES ("
              + t
              + ", nextval('atrium_id_seq'), "
              + mail
              + ", 'visit.ics', 'text/calendar', 'BEGIN:VCALENDAR'::bytea)",
          "INSERT INTO visitor (tenant_id, id, centre_id, host_id, host_name, invited_by_kind,"
              + " invited_by_id, invited_by_name, full_name, expected_date, visit_time) VALUES ("
              + t
              + ", nextval('atrium_id_seq'), "
              + centre
              + ", "
              + member
              + ", 'Mia Member', 'STAFF', "
              + staff.id()
              + ", 'Sam Staff', 'Vera Visitor', current_date, '10:00')",
          "INSERT INTO reception_setting (tenant_id, id, visitor_retention_days) VALUES ("
              + t
              + ", nextval('atrium_id_seq'), 30)",
          "INSERT INTO kiosk_device (tenant_id, id, centre_id, name, token_hash, created_by_id,"
              + " created_by_name, created_at) VALUES ("
              + t
              + ", nextval('atrium_id_seq'), "
              + centre
              + ", 'Kiosk Hall A', "
              + randomHash()
              + ", "
              + staff.id()
              + ", 'Sam Staff', now())",
          "INSERT INTO tenant_job (tenant_id, job, last_started_at) VALUES ("
              + t
              + ", 'reception.no-shows', now())",
          "INSERT INTO notification (tenant_id, id, recipient_kind, recipient_id, title)"
              + " VALUES ("
              + t
              + ", nextval('atrium_id_seq'), 'MEMBER', "
              + member
              + ", 'Hello')",
          "INSERT INTO community_event (tenant_id, id, centre_id, title, starts_at, ends_at,"
              + " location, capacity) VALUES ("
              + t
              + ", "
              + event
              + ", "
              + centre
              + ", 'Afterwork', now() + interval '1 day', now() + interval '26 hours', 'Hall', 10)",
          "INSERT INTO event_rsvp (tenant_id, id, event_id, member_id, status, answered_at)"
              + " VALUES ("
              + t
              + ", nextval('atrium_id_seq'), "
              + event
              + ", "
              + member
              + ", 'GOING', now())");
      helpdeskRows(app, t, centre, staff.id(), member, company);
      catalogueRows(app, t, centre, staff.id(), company);
      billingRows(app, t, centre, staff.id(), company);
      app.commit();
    }
    return tenant;
  }

  @Test
  void rawSqlSeesWritesAndReadsOnlyTheBoundTenant() throws SQLException {
    TestTenant a = populated("raw-a");
    TestTenant b = populated("raw-b");

    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      List<String> tables = TestDatabase.tenantTables(app);

      TestDatabase.bindTenant(app, a.id());
      List<String> leaking = new ArrayList<>();
      for (String table : tables) {
        if (count(app, "SELECT count(*) FROM " + table + " WHERE tenant_id <> " + a.id()) > 0) {
          leaking.add(table);
        }
      }
      assertEquals(List.of(), leaking, "tables showing tenant A rows of another tenant");
      assertEquals(0, count(app, "SELECT count(*) FROM tenant WHERE id = " + b.id()), "registry");
      assertEquals(1, count(app, "SELECT count(*) FROM tenant"), "only its own registry entry");
      app.rollback();

      TestDatabase.bindTenant(app, b.id());
      List<String> withoutRowsOfB = new ArrayList<>();
      for (String table : tables) {
        if (count(app, "SELECT count(*) FROM " + table + " WHERE tenant_id = " + b.id()) == 0) {
          withoutRowsOfB.add(table);
        }
      }
      assertEquals(
          List.of(), withoutRowsOfB, "tables where this test's fixture gives tenant B no row");
      app.rollback();
    }
  }

  @Test
  void rawSqlCannotWriteARowUnderAnotherTenant() throws SQLException {
    TestTenant a = populated("raw-write-a");
    TestTenant b = populated("raw-write-b");
    List<String> writes =
        List.of(
            "INSERT INTO centre (tenant_id, id, code, name, country, time_zone, currency, tax_scheme,"
                + " tax_rate) VALUES ("
                + b.id()
                + ", nextval('atrium_id_seq'), 'EVIL', 'Evil', 'FR',"
                + " 'Europe/Paris', 'EUR', 'VAT', 20)",
            "INSERT INTO company (tenant_id, id, name, kind, home_centre_id) VALUES ("
                + b.id()
                + ", nextval('atrium_id_seq'), 'Evil', 'CLIENT', "
                + b.centreId()
                + ")",
            "INSERT INTO staff_role (tenant_id, id, name) VALUES ("
                + b.id()
                + ", nextval('atrium_id_seq'), 'Evil')",
            "INSERT INTO notification (tenant_id, id, recipient_kind, recipient_id, title) VALUES ("
                + b.id()
                + ", nextval('atrium_id_seq'), 'STAFF', 1, 'Evil')",
            "INSERT INTO tenant_job (tenant_id, job) VALUES (" + b.id() + ", 'it.evil')",
            "UPDATE company SET tenant_id = " + b.id() + " WHERE tenant_id = " + a.id());
    for (String sql : writes) {
      try (Connection app = TestDatabase.appConnectionInServer()) {
        app.setAutoCommit(false);
        TestDatabase.bindTenant(app, a.id());
        try (Statement statement = app.createStatement()) {
          SQLException refused =
              assertThrows(SQLException.class, () -> statement.execute(sql), sql);
          assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
          assertTrue(
              refused.getMessage().contains("violates row-level security policy"),
              refused.getMessage());
        } finally {
          app.rollback();
        }
      }
    }
  }

  @Test
  void withNoTenantBoundEveryTenantTableIsEmpty() throws SQLException {
    populated("raw-none");
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      List<String> visible = new ArrayList<>();
      for (String table : TestDatabase.tenantTables(app)) {
        if (count(app, "SELECT count(*) FROM " + table) > 0) {
          visible.add(table);
        }
      }
      assertEquals(List.of(), visible, "tables showing rows with no tenant bound");
      assertEquals(0, count(app, "SELECT count(*) FROM tenant"), "the registry too");
      assertEquals(
          0, count(app, "SELECT count(*) FROM platform_admin"), "and the platform's admins");
      app.rollback();
    }
  }

  /** A ticket with its counter, comment, file, activity, settings, SLA target and manager. */
  private static void helpdeskRows(
      Connection app, long t, long centre, long staff, long member, long company)
      throws SQLException {
    long ticket = nextId(app);
    long comment = nextId(app);
    String ids = t + ", ";
    execute(
        app,
        "INSERT INTO ticket_counter (centre_id, last_number) VALUES (" + centre + ", 1)",
        "INSERT INTO ticket (tenant_id, id, centre_id, seq, number, type, priority, title,"
            + " description, status, requester_member_id, company_id, created_at,"
            + " first_response_due, resolution_due) VALUES ("
            + ids
            + ticket
            + ", "
            + centre
            + ", 1, 'PAR1-00001', 'INTERNET', 'NORMAL', 'Wi-Fi', 'Down', 'NEW', "
            + member
            + ", "
            + company
            + ", now(), now(), now())",
        "INSERT INTO ticket_comment (tenant_id, id, ticket_id, author_staff_id, body, internal,"
            + " created_at) VALUES ("
            + ids
            + comment
            + ", "
            + ticket
            + ", "
            + staff
            + ", 'Note', true, now())",
        "INSERT INTO ticket_attachment (tenant_id, id, ticket_id, comment_id, file_key, kind,"
            + " size_bytes, original_name, created_at) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + ticket
            + ", "
            + comment
            + ", '"
            + t
            + "/' || gen_random_uuid() || '.png', 'PNG', 10, 'a.png', now())",
        "INSERT INTO ticket_activity (tenant_id, id, ticket_id, kind, actor_member_id, at)"
            + " VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + ticket
            + ", 'CREATED', "
            + member
            + ", now())",
        "INSERT INTO helpdesk_settings (tenant_id, id, reopen_days) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), 5)",
        "INSERT INTO ticket_sla_target (tenant_id, id, type, first_response_hours,"
            + " resolution_hours) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), 'INTERNET', 1, 4)",
        "INSERT INTO support_manager (tenant_id, id, centre_id, staff_id) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + centre
            + ", "
            + staff
            + ")");
  }

  /** A catalogue item with its price, a floor, a space, an asset, pricing rules and an approval. */
  private static void catalogueRows(Connection app, long t, long centre, long staff, long company)
      throws SQLException {
    long item = nextId(app);
    long floor = nextId(app);
    long space = nextId(app);
    long grid = nextId(app);
    long discount = nextId(app);
    long quote = nextId(app);
    long role = count(app, "SELECT min(id) FROM staff_role");
    String ids = t + ", ";
    execute(
        app,
        "INSERT INTO catalogue_item (tenant_id, id, code, kind, service_type, name_en, name_fr,"
            + " unit, vat_category, tax_rate) VALUES ("
            + ids
            + item
            + ", 'OFFICE', 'MAIN', 'PRIVATE_OFFICE', 'Office', 'Bureau', 'MONTH', 'S', 20)",
        "INSERT INTO catalogue_item_centre (item_id, centre_id) VALUES ("
            + item
            + ", "
            + centre
            + ")",
        "INSERT INTO catalogue_price (tenant_id, id, item_id, centre_id, effective_from,"
            + " unit_price, currency, created_by_name) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + item
            + ", "
            + centre
            + ", current_date, 450, 'EUR', 'Sam Staff')",
        "INSERT INTO floor (tenant_id, id, centre_id, name) VALUES ("
            + ids
            + floor
            + ", "
            + centre
            + ", 'Ground')",
        "INSERT INTO space (tenant_id, id, centre_id, floor_id, kind, name, catalogue_item_id)"
            + " VALUES ("
            + ids
            + space
            + ", "
            + centre
            + ", "
            + floor
            + ", 'PRIVATE_OFFICE', 'Office 1', "
            + item
            + ")",
        "INSERT INTO asset (tenant_id, id, space_id, type, label) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + space
            + ", 'Desk', 'Desk 1')",
        "INSERT INTO centre_pricing (tenant_id, id, centre_id, price_per_sqm, currency) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + centre
            + ", 40, 'EUR')",
        "INSERT INTO price_grid (tenant_id, id, name) VALUES (" + ids + grid + ", 'Standard')",
        "INSERT INTO price_grid_line (tenant_id, id, grid_id, commitment_months, coefficient)"
            + " VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + grid
            + ", 12, 0.95)",
        "INSERT INTO price_grid_centre (grid_id, centre_id) VALUES (" + grid + ", " + centre + ")",
        "INSERT INTO staff_discount (tenant_id, id, name, percent, role_id) VALUES ("
            + ids
            + discount
            + ", 'Loyalty', 5, "
            + role
            + ")",
        "INSERT INTO staff_discount_centre (discount_id, centre_id) VALUES ("
            + discount
            + ", "
            + centre
            + ")",
        "INSERT INTO price_quote (tenant_id, id, centre_id, company_id, catalogue_item_id,"
            + " quantity, period_start, currency, net_total, tax_total, gross_total, breakdown,"
            + " status, created_by_id, created_by_name) VALUES ("
            + ids
            + quote
            + ", "
            + centre
            + ", "
            + company
            + ", "
            + item
            + ", 1, current_date, 'EUR', 450, 90, 540, '[]', 'PENDING_APPROVAL', "
            + staff
            + ", 'Sam Staff')",
        "INSERT INTO approval_request (tenant_id, id, document_kind, document_id, centre_id,"
            + " summary, requested_percent, ceiling_percent, requested_by_id, requested_by_name,"
            + " requested_at) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), 'PRICE_QUOTE', "
            + quote
            + ", "
            + centre
            + ", 'Office', 30, 10, "
            + staff
            + ", 'Sam Staff', now())");
  }

  /**
   * A signed contract holding a space, a consumption billed on an issued invoice, a payment with
   * its allocation and journal entry, a reminder, a billing run, a closed period and the rest of
   * issue 13's tables.
   */
  private static void billingRows(Connection app, long t, long centre, long staff, long company)
      throws SQLException {
    long item = count(app, "SELECT min(id) FROM catalogue_item");
    long space = count(app, "SELECT min(id) FROM space");
    long contract = nextId(app);
    long line = nextId(app);
    long series = nextId(app);
    long invoice = nextId(app);
    long consumption = nextId(app);
    long payment = nextId(app);
    long run = nextId(app);
    long cardImport = nextId(app);
    long card = nextId(app);
    long booking = nextId(app);
    long pool = nextId(app);
    String ids = t + ", ";
    String hash = "encode(sha256('x'::bytea), 'hex')";
    execute(
        app,
        "INSERT INTO billing_settings (tenant_id) VALUES (" + t + ")",
        "INSERT INTO reminder_text (tenant_id, level, language, subject, body) VALUES ("
            + ids
            + "'FRIENDLY', 'en', 'Reminder', 'Please pay')",
        "INSERT INTO contract (tenant_id, id, reference, centre_id, company_id, status, start_date,"
            + " currency, signed_at) VALUES ("
            + ids
            + contract
            + ", 'C-"
            + contract
            + "', "
            + centre
            + ", "
            + company
            + ", 'SIGNED', current_date, 'EUR', now())",
        "INSERT INTO contract_line (tenant_id, id, contract_id, position, kind, item_id, space_id,"
            + " description, quantity, unit_price) VALUES ("
            + ids
            + line
            + ", "
            + contract
            + ", 1, 'MAIN', "
            + item
            + ", "
            + space
            + ", 'Office', 1, 450)",
        "INSERT INTO space_hold (tenant_id, id, space_id, contract_id, held_from) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + space
            + ", "
            + contract
            + ", current_date)",
        "INSERT INTO invoice_series (tenant_id, id, code, document_kind, tax_scheme) VALUES ("
            + ids
            + series
            + ", 'F', 'INVOICE', 'VAT')",
        "INSERT INTO billing_run (tenant_id, id, centre_id, period_start, period_end, issue,"
            + " status, started_by, started_at) VALUES ("
            + ids
            + run
            + ", "
            + centre
            + ", date_trunc('month', current_date), current_date, true, 'COMPLETED', 'Sam',"
            + " now())",
        "INSERT INTO invoice (tenant_id, id, centre_id, company_id, contract_id, kind, status,"
            + " series_id, number, chain_seq, issue_date, due_date, currency, language, seller,"
            + " buyer, footprint, billing_run_id) VALUES ("
            + ids
            + invoice
            + ", "
            + centre
            + ", "
            + company
            + ", "
            + contract
            + ", 'INVOICE', 'ISSUED', "
            + series
            + ", 'F-2026-"
            + invoice
            + "', 1, current_date, current_date + 30, 'EUR', 'en', '{}', '{}', "
            + hash
            + ", "
            + run
            + ")",
        "INSERT INTO consumption (tenant_id, id, centre_id, company_id, item_id, description,"
            + " quantity, unit_price, consumed_on, created_by_id) VALUES ("
            + ids
            + consumption
            + ", "
            + centre
            + ", "
            + company
            + ", "
            + item
            + ", 'Prints', 10, 0.10, current_date, "
            + staff
            + ")",
        "INSERT INTO invoice_line (tenant_id, id, invoice_id, position, source, item_id,"
            + " contract_line_id, description, quantity, unit, unit_price, net_amount,"
            + " vat_category, tax_rate, tax_amount) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + invoice
            + ", 1, 'CONTRACT', "
            + item
            + ", "
            + line
            + ", 'Office', 1, 'MONTH', 450, 450, 'S', 20, 90)",
        "INSERT INTO contract_billing (tenant_id, contract_id, period_start, period_end,"
            + " invoice_id) VALUES ("
            + ids
            + contract
            + ", date_trunc('month', current_date), current_date, "
            + invoice
            + ")",
        "INSERT INTO invoice_lifecycle (tenant_id, id, invoice_id, status, occurred_at, channel,"
            + " recorded_by) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + invoice
            + ", 'DEPOSITED', now(), 'MANUAL', 'Sam')",
        "INSERT INTO payment (tenant_id, id, centre_id, company_id, method, amount, currency,"
            + " received_on, recorded_by) VALUES ("
            + ids
            + payment
            + ", "
            + centre
            + ", "
            + company
            + ", 'CARD', 540, 'EUR', current_date, 'Sam')",
        "INSERT INTO payment_allocation (tenant_id, id, payment_id, invoice_id, amount) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + payment
            + ", "
            + invoice
            + ", 540)",
        "INSERT INTO b2c_payment_journal (tenant_id, seq, payment_id, recorded_at, amount,"
            + " currency, payer, previous_footprint, footprint) VALUES ("
            + ids
            + "1, "
            + payment
            + ", now(), 540, 'EUR', 'Mia', "
            + hash
            + ", "
            + hash
            + ")",
        "INSERT INTO payment_mandate (tenant_id, id, company_id, kind, gateway, gateway_ref,"
            + " label) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + company
            + ", 'SEPA', 'test', 'md_"
            + payment
            + "', 'FR76 …1234')",
        "INSERT INTO payment_intent (tenant_id, id, invoice_id, gateway, gateway_ref,"
            + " idempotency_key, amount, currency, status, created_by) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + invoice
            + ", 'test', 'pi_"
            + payment
            + "', 'k-"
            + payment
            + "', 540, 'EUR', 'PENDING', 'Mia')",
        "INSERT INTO invoice_reminder (tenant_id, id, invoice_id, level, sent_at, sent_to,"
            + " sent_by, scheduled) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + invoice
            + ", 'FRIENDLY', now(), 'mia@acme.test', 'Sam', false)",
        // i13-billing
        "INSERT INTO billing_run_error (tenant_id, id, billing_run_id, company_id, message_key)"
            + " VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + run
            + ", "
            + company
            + ", 'invoice.missing.buyer-siren')",
        "INSERT INTO billing_run_payer (tenant_id, billing_run_id, payer_id) VALUES ("
            + ids
            + run
            + ", "
            + company
            + ")",
        "INSERT INTO period_closing (tenant_id, id, kind, period_start, period_end, closed_at,"
            + " closed_by, documents, payments, archive, archive_sha256) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), 'MONTH', date '2020-01-01', date '2020-01-31', now(),"
            + " 'Sam', 0, 0, '\\x00', "
            + hash
            + ")",
        "INSERT INTO accounting_sync (tenant_id, id, entity_kind, entity_id) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), 'INVOICE', "
            + invoice
            + ")",
        // i13-collection
        "INSERT INTO late_fee_billing (tenant_id, invoice_id, period_from, period_to, penalty,"
            + " indemnity, fee_invoice_id, billed_by) VALUES ("
            + ids
            + invoice
            + ", date '2026-01-01', date '2026-01-31', 1.20, 40, "
            + invoice
            + ", 'Sam')",
        // i14-bookings
        "INSERT INTO booking (tenant_id, id, centre_id, space_id, company_id, starts_at, ends_at)"
            + " VALUES ("
            + ids
            + booking
            + ", "
            + centre
            + ", "
            + space
            + ", "
            + company
            + ", timestamptz '2031-03-03 10:00Z', timestamptz '2031-03-03 11:00Z')",
        // i14-cards
        "INSERT INTO card_import (tenant_id, id, centre_id, cards) VALUES ("
            + ids
            + cardImport
            + ", "
            + centre
            + ", 1)",
        "INSERT INTO access_card (tenant_id, id, centre_id, number, state, company_id, import_id)"
            + " VALUES ("
            + ids
            + card
            + ", "
            + centre
            + ", '"
            + card
            + "', 'ASSIGNED_TO_COMPANY', "
            + company
            + ", "
            + cardImport
            + ")",
        "INSERT INTO access_card_event (tenant_id, id, card_id, state, company_id) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + card
            + ", 'ASSIGNED_TO_COMPANY', "
            + company
            + ")",
        "INSERT INTO card_loan (tenant_id, id, card_id, booking_id, starts_at, ends_at) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + card
            + ", "
            + booking
            + ", timestamptz '2031-03-03 10:00Z', timestamptz '2031-03-03 11:00Z')",
        "INSERT INTO access_grant (tenant_id, id, centre_id, booking_id, system, holder,"
            + " valid_from, valid_until) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + centre
            + ", "
            + booking
            + ", 'DOOR', 'Mia', timestamptz '2031-03-03 10:00Z', timestamptz '2031-03-03"
            + " 11:00Z')",
        // i14-day-passes
        "INSERT INTO day_pass (tenant_id, id, centre_id, member_id, item_id, day, payment,"
            + " net_total, gross_total, currency) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + centre
            + ", (SELECT min(id) FROM member), "
            + item
            + ", date '2031-03-03', 'INVOICE', 25, 30, 'EUR')",
        // i14-booking-rules
        "INSERT INTO booking_rule (tenant_id, id, centre_id, space_id, min_minutes) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + centre
            + ", "
            + space
            + ", 30)",
        // i14-closures
        "INSERT INTO centre_closure (tenant_id, id, centre_id, day, label) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + centre
            + ", date '2031-05-01', 'Holiday')",
        // i14-extras
        "INSERT INTO booking_extra (tenant_id, id, booking_id, consumption_id) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + booking
            + ", "
            + consumption
            + ")",
        // i14-credits
        "INSERT INTO credit_pool (tenant_id, id, centre_id, company_id, unit, label, balance)"
            + " VALUES ("
            + ids
            + pool
            + ", "
            + centre
            + ", "
            + company
            + ", 'HOURS', 'Meeting hours', 10)",
        "INSERT INTO credit_entry (tenant_id, id, pool_id, kind, amount, balance_after) VALUES ("
            + ids
            + "nextval('atrium_id_seq'), "
            + pool
            + ", 'GRANT', 10, 10)");
  }

  private static long nextId(Connection connection) throws SQLException {
    return count(connection, "SELECT nextval('atrium_id_seq')");
  }

  private static String randomHash() {
    return "encode(sha256(gen_random_uuid()::text::bytea), 'hex')";
  }

  private static void execute(Connection connection, String... statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
