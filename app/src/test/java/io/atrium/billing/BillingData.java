package io.atrium.billing;

import io.atrium.testing.InvoiceFixtures;

/**
 * Contracts and companies of a billing test, written with SQL in the tenant's own transaction (the
 * contracts pages are another part's): a company copied from Studio Kaolin under a new name, and an
 * ACTIVE contract at a centre with its lines.
 */
final class BillingData {

  private final InvoiceFixtures fixtures;
  private final long tenant;

  BillingData(InvoiceFixtures fixtures, long tenant) {
    this.fixtures = fixtures;
    this.tenant = tenant;
  }

  /** A company with Studio Kaolin's legal facts and address, under this name. */
  void company(String name) {
    fixtures.sql(
        tenant,
        "INSERT INTO company (tenant_id, id, name, kind, siren, siret, vat_number, billing_line,"
            + " billing_postal_code, billing_city, billing_country, home_centre_id) SELECT"
            + " tenant_id, nextval('atrium_id_seq'), '"
            + name
            + "', 'CLIENT', siren, siret, vat_number, billing_line, billing_postal_code,"
            + " billing_city, billing_country, home_centre_id FROM company"
            + " WHERE name = 'Studio Kaolin'");
  }

  /**
   * A contract of the company at the centre, from {@code start} to {@code end} (ISO days), billed
   * ADVANCE or ARREARS, with lines "position,kind,item code,description,quantity,price,discount".
   */
  void contract(
      String reference,
      String company,
      String centre,
      String start,
      String end,
      String timing,
      String... lines) {
    StringBuilder values = new StringBuilder();
    for (String line : lines) {
      String[] f = line.split(",");
      values
          .append(values.length() == 0 ? "" : ", ")
          .append("(")
          .append(f[0])
          .append(", '")
          .append(f[1])
          .append("', '")
          .append(f[2])
          .append("', '")
          .append(f[3])
          .append("', ")
          .append(f[4])
          .append(", ")
          .append(f[5])
          .append(", ")
          .append(f[6])
          .append(")");
    }
    fixtures.sql(
        tenant,
        "WITH c AS (INSERT INTO contract (tenant_id, id, reference, centre_id, company_id, status,"
            + " start_date, end_date, billing_timing, currency, signed_at) SELECT co.tenant_id,"
            + " nextval('atrium_id_seq'), '"
            + reference
            + "', ce.id, co.id, 'ACTIVE', date '"
            + start
            + "', date '"
            + end
            + "', '"
            + timing
            + "', 'EUR', now() FROM company co, centre ce WHERE co.name = '"
            + company
            + "' AND ce.code = '"
            + centre
            + "' RETURNING tenant_id, id)"
            + " INSERT INTO contract_line (tenant_id, id, contract_id, position, kind, item_id,"
            + " description, quantity, unit_price, discount_percent) SELECT c.tenant_id,"
            + " nextval('atrium_id_seq'), c.id, v.pos, v.kind, i.id, v.label, v.qty, v.price,"
            + " v.discount FROM c, (VALUES "
            + values
            + ") AS v(pos, kind, code, label, qty, price, discount)"
            + " JOIN catalogue_item i ON i.code = v.code");
  }

  /** An unbilled consumption of the company at the centre. */
  void consumption(
      String company, String centre, String item, String quantity, String price, String day) {
    fixtures.sql(
        tenant,
        "INSERT INTO consumption (tenant_id, id, centre_id, company_id, item_id, description,"
            + " quantity, unit_price, consumed_on) SELECT co.tenant_id, nextval('atrium_id_seq'),"
            + " ce.id, co.id, i.id, i.name_fr, "
            + quantity
            + ", "
            + price
            + ", date '"
            + day
            + "' FROM company co, centre ce, catalogue_item i WHERE co.name = '"
            + company
            + "' AND ce.code = '"
            + centre
            + "' AND i.code = '"
            + item
            + "'");
  }

  void settings(boolean perContract, boolean issue) {
    fixtures.sql(
        tenant,
        "INSERT INTO billing_settings (tenant_id, invoice_per, run_issues) VALUES ("
            + tenant
            + ", '"
            + (perContract ? "CONTRACT" : "COMPANY")
            + "', "
            + issue
            + ") ON CONFLICT (tenant_id) DO UPDATE SET invoice_per = EXCLUDED.invoice_per,"
            + " run_issues = EXCLUDED.run_issues");
  }
}
