package io.atrium.invoicing.documents;

import io.atrium.testing.TestDatabase;

/**
 * From a client test: a draft invoice of a tenant written as a row (no API of this branch makes
 * one), for the isolation tests that need a real invoice id of another tenant.
 */
public final class InvoiceRows {

  private InvoiceRows() {}

  /** A draft invoice to the company at the centre; its id. */
  public static long draft(long tenant, long centre, long company, String currency) {
    String marker = "isolation-" + System.nanoTime();
    TestDatabase.updateFromClient(
        tenant,
        "INSERT INTO invoice (tenant_id, id, centre_id, company_id, kind, currency, language,"
            + " notes) VALUES (?, nextval('atrium_id_seq'), ?, ?, 'INVOICE', ?, 'en', ?)",
        tenant,
        centre,
        company,
        currency,
        marker);
    return TestDatabase.countFromClient(tenant, "SELECT id FROM invoice WHERE notes = ?", marker);
  }
}
