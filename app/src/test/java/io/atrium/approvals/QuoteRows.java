package io.atrium.approvals;

import io.atrium.testing.TestDatabase;

/**
 * From a client test: a price quote waiting for approval, with its request, written as rows (no API
 * creates one), for the tests that need a real id of each: the pages' and the isolation tests.
 */
public final class QuoteRows {

  private QuoteRows() {}

  /** The quote's id and its approval request's id. */
  public record Pending(long quote, long approval) {}

  public static Pending pending(long tenant, long centre, long staff, String currency) {
    String code = "QUOTE-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    TestDatabase.updateFromClient(
        tenant,
        "INSERT INTO catalogue_item (tenant_id, id, code, kind, service_type, name_en, name_fr,"
            + " unit, vat_category, tax_rate) VALUES (?, nextval('atrium_id_seq'), ?, 'MAIN',"
            + " 'MEETING_ROOM', 'Meeting room', 'Salle de réunion', 'DAY', 'S', 20)",
        tenant,
        code);
    long item =
        TestDatabase.countFromClient(tenant, "SELECT id FROM catalogue_item WHERE code = ?", code);
    TestDatabase.updateFromClient(
        tenant,
        "INSERT INTO price_quote (tenant_id, id, centre_id, catalogue_item_id, quantity,"
            + " period_start, discount_percent, currency, net_total, tax_total, gross_total,"
            + " breakdown, status, created_by_id, created_by_name) VALUES (?,"
            + " nextval('atrium_id_seq'), ?, ?, 1, current_date, 30, ?, 315, 63, 378, ?,"
            + " 'PENDING_APPROVAL', ?, 'Quote Rows')",
        tenant,
        centre,
        item,
        currency,
        "{\"currency\":\""
            + currency
            + "\",\"net\":\"315.00\",\"tax\":\"63.00\",\"gross\":\"378.00\",\"rounding\":\"0.00\","
            + "\"lines\":[]}",
        staff);
    long quote =
        TestDatabase.countFromClient(
            tenant, "SELECT id FROM price_quote WHERE catalogue_item_id = ?", item);
    TestDatabase.updateFromClient(
        tenant,
        "INSERT INTO approval_request (tenant_id, id, document_kind, document_id, centre_id,"
            + " summary, requested_percent, ceiling_percent, requested_by_id, requested_by_name,"
            + " requested_at, amount, currency, document_page) VALUES (?,"
            + " nextval('atrium_id_seq'), 'PRICE_QUOTE', ?, ?, ?, 30, 10, ?, 'Quote Rows', now(),"
            + " 315, ?, ?)",
        tenant,
        quote,
        centre,
        code + " × 1",
        staff,
        currency,
        "/pricing/quote.xhtml?id=" + quote);
    long approval =
        TestDatabase.countFromClient(
            tenant, "SELECT id FROM approval_request WHERE document_id = ?", quote);
    return new Pending(quote, approval);
  }
}
