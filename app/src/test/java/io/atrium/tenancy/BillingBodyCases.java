package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.contracts.Contract;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.tenancy.BodyIdIsolationIT.Body;
import io.atrium.tenancy.BodyIdIsolationIT.Case;
import io.atrium.tenancy.BodyIdIsolationIT.Fixture;
import io.atrium.tenancy.BodyIdIsolationIT.Snapshot;
import io.atrium.testing.Api;
import io.atrium.testing.TestDatabase;
import java.util.Map;

/**
 * The body ids of consumptions and billing runs (issue 13) for {@link BodyIdIsolationIT}: a
 * consumption's centre, payer, item and contract, new or aimed at a Paris consumption made for the
 * run; a billing run's centre, run or previewed. Accepted wrongly, a consumption would carry the
 * probe's marker as its description, and a run would add a row.
 */
final class BillingBodyCases {

  private static Long target;

  private BillingBodyCases() {}

  static void register(Map<String, Case> cases) {
    Snapshot created =
        (f, m) -> count(f, "SELECT count(*) FROM consumption WHERE description = ?", m);
    Snapshot changed =
        (f, m) ->
            count(
                f,
                "SELECT count(*) FROM consumption WHERE id = ? AND description = ?",
                target(),
                m);
    Snapshot runs = (f, m) -> count(f, "SELECT count(*) FROM billing_run");
    Body centre = (f, id, m) -> form(m, id, "\"companyId\":" + f.parisCompany(), item(f));
    Body company = (f, id, m) -> form(m, f.paris(), "\"companyId\":" + id, item(f));
    Body member = (f, id, m) -> form(m, f.paris(), "\"memberId\":" + id, item(f));
    Body item = (f, id, m) -> form(m, f.paris(), "\"companyId\":" + f.parisCompany(), id);
    Body contract =
        (f, id, m) ->
            form(
                m,
                f.paris(),
                "\"companyId\":" + f.parisCompany() + ",\"contractId\":" + id,
                item(f));
    for (String verb : new String[] {"POST", "PUT"}) {
      boolean put = verb.equals("PUT");
      String key = put ? "PUT /api/consumptions/{id} " : "POST /api/consumptions ";
      String path = put ? "api/consumptions/{consumption}" : "api/consumptions";
      Snapshot unchanged = put ? changed : created;
      cases.put(
          key + "centreId", new Case(path, Centre.class, "centreId", centre, unchanged, false));
      cases.put(
          key + "companyId", new Case(path, Company.class, "companyId", company, unchanged, false));
      cases.put(
          key + "memberId", new Case(path, Member.class, "memberId", member, unchanged, false));
      cases.put(
          key + "itemId", new Case(path, CatalogueItem.class, "itemId", item, unchanged, false));
      cases.put(
          key + "contractId",
          new Case(path, Contract.class, "contractId", contract, unchanged, false));
    }
    Body run = (f, id, m) -> "{\"centreId\":" + id + ",\"month\":\"2031-04\"}";
    cases.put(
        "POST /api/billing-runs centreId",
        new Case("api/billing-runs", Centre.class, "centreId", run, runs, false));
    cases.put(
        "POST /api/billing-runs/preview centreId",
        new Case("api/billing-runs/preview", Centre.class, "centreId", run, runs, false));
  }

  /** One of tenant B's contracts (its demo has three). */
  static void ofB(Api api, String banyan, Map<Class<?>, Long> ofB) {
    var page = api.get("api/contracts?size=1", banyan);
    assertEquals(200, page.statusCode(), page.body());
    ofB.put(
        Contract.class,
        Api.json(page).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
  }

  /** The path with the Paris consumption the PUT cases aim at. */
  static String replaceTargets(String path) {
    return path.replace("{consumption}", Long.toString(target()));
  }

  /** Makes the Paris consumption the PUT cases aim at, once per run. */
  static void prepare(Fixture f, Api api, String admin) {
    if (target == null) {
      var made =
          api.post(
              "api/consumptions",
              admin,
              form("Body target", f.paris(), "\"companyId\":" + f.parisCompany(), item(f)));
      assertEquals(201, made.statusCode(), made.body());
      target = Api.json(made).getJsonNumber("id").longValue();
    }
  }

  private static long target() {
    return target == null ? -1 : target;
  }

  private static long item(Fixture f) {
    return count(
        f,
        "SELECT min(c.item_id) FROM catalogue_item_centre c JOIN catalogue_item i"
            + " ON i.id = c.item_id WHERE c.centre_id = ? AND i.active",
        f.paris());
  }

  private static String form(String description, long centreId, String payer, long itemId) {
    return "{\"centreId\":"
        + centreId
        + ","
        + payer
        + ",\"itemId\":"
        + itemId
        + ",\"description\":\""
        + description
        + "\",\"quantity\":\"1\",\"unitPrice\":\"10\",\"consumedOn\":\"2026-11-02\"}";
  }

  private static long count(Fixture f, String sql, Object... parameters) {
    return TestDatabase.countFromClient(f.tenantA(), sql, parameters);
  }
}
