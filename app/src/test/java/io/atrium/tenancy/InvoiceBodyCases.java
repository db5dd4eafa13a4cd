package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.tenancy.BodyIdIsolationIT.Case;
import io.atrium.tenancy.BodyIdIsolationIT.Fixture;
import io.atrium.tenancy.BodyIdIsolationIT.Snapshot;
import io.atrium.testing.Api;
import io.atrium.testing.TestDatabase;
import java.util.Map;

/**
 * The body ids of invoices (issue 13) for {@link BodyIdIsolationIT}: a new draft's centre, company
 * and member, and a line's catalogue item, aimed at a Paris draft made for the run, so a request
 * wrongly accepted changes only it.
 */
final class InvoiceBodyCases {

  private InvoiceBodyCases() {}

  static void register(Map<String, Case> cases) {
    Snapshot invoices = (f, m) -> count(f, "SELECT count(*) FROM invoice");
    cases.put(
        "POST /api/invoices centreId",
        new Case(
            "api/invoices",
            Centre.class,
            "centreId",
            (f, id, m) -> "{\"centreId\":" + id + ",\"companyId\":" + f.parisCompany() + "}",
            invoices,
            false));
    cases.put(
        "POST /api/invoices companyId",
        new Case(
            "api/invoices",
            Company.class,
            "companyId",
            (f, id, m) -> "{\"centreId\":" + f.paris() + ",\"companyId\":" + id + "}",
            invoices,
            false));
    cases.put(
        "POST /api/invoices memberId",
        new Case(
            "api/invoices",
            Member.class,
            "memberId",
            (f, id, m) -> "{\"centreId\":" + f.paris() + ",\"memberId\":" + id + "}",
            invoices,
            false));
    cases.put(
        "POST /api/invoices/{id}/lines itemId",
        new Case(
            "api/invoices/{invoice}/lines",
            CatalogueItem.class,
            "itemId",
            (f, id, m) -> line(id),
            (f, m) ->
                count(
                    f,
                    "SELECT count(*) FROM invoice_line WHERE invoice_id = ?",
                    f.targets().get("invoice")),
            false));
    cases.put(
        "PUT /api/invoices/{id}/lines/{line} itemId",
        new Case(
            "api/invoices/{invoice}/lines/{invoiceLine}",
            CatalogueItem.class,
            "itemId",
            (f, id, m) -> line(id),
            (f, m) ->
                count(
                    f,
                    "SELECT count(*) FROM invoice_line WHERE id = ? AND item_id = ?",
                    f.targets().get("invoiceLine"),
                    f.targets().get("item")),
            false));
  }

  /** B's first company, which the other cases do not need. */
  static void ofB(Api api, String banyan, Map<Class<?>, Long> ofB) {
    ofB.put(
        Company.class,
        Api.json(api.get("api/companies?size=1", banyan))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue());
  }

  /** A Paris draft of one line of the catalogue target item, added to the targets. */
  static Map<String, Long> targets(
      Map<String, Long> targets, Api api, String admin, long paris, long company) {
    var draft =
        api.post(
            "api/invoices", admin, "{\"centreId\":" + paris + ",\"companyId\":" + company + "}");
    assertEquals(201, draft.statusCode(), draft.body());
    long id = Api.json(draft).getJsonNumber("id").longValue();
    var line = api.post("api/invoices/" + id + "/lines", admin, line(targets.get("item")));
    assertEquals(201, line.statusCode(), line.body());
    targets.put("invoice", id);
    targets.put(
        "invoiceLine",
        Api.json(line).getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue());
    return targets;
  }

  static String replaceTargets(String path, Fixture f) {
    return path.replace("{invoiceLine}", Long.toString(f.targets().get("invoiceLine")))
        .replace("{invoice}", Long.toString(f.targets().get("invoice")));
  }

  private static String line(long itemId) {
    return "{\"itemId\":" + itemId + ",\"quantity\":\"1\",\"unitPrice\":\"1.00\"}";
  }

  private static long count(Fixture f, String sql, Object... parameters) {
    return TestDatabase.countFromClient(f.tenantA(), sql, parameters);
  }
}
