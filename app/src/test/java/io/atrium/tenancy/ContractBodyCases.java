package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.tenancy.BodyIdIsolationIT.Body;
import io.atrium.tenancy.BodyIdIsolationIT.Case;
import io.atrium.tenancy.BodyIdIsolationIT.Fixture;
import io.atrium.tenancy.BodyIdIsolationIT.Snapshot;
import io.atrium.testing.Api;
import io.atrium.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * The body ids of contracts (issue 13) for {@link BodyIdIsolationIT}: a contract's centre and its
 * client, company or member, each aimed at a Paris draft made for the run, so a request wrongly
 * accepted changes only it. The ids of its lines (items, spaces) are tried in ContractsApiIT.
 */
final class ContractBodyCases {

  private static Long target;

  private ContractBodyCases() {}

  static void register(Map<String, Case> cases) {
    Snapshot newContracts = (f, m) -> count(f, "SELECT count(*) FROM contract WHERE notes = ?", m);
    Snapshot targetChanged =
        (f, m) -> count(f, "SELECT count(*) FROM contract WHERE id = ? AND notes = ?", target(), m);
    Snapshot targetInParis =
        (f, m) ->
            count(
                f,
                "SELECT count(*) FROM contract WHERE id = ? AND centre_id = ?",
                target(),
                f.paris());
    Body centre = (f, id, m) -> form(m, id, "\"companyId\":" + f.parisCompany());
    Body company = (f, id, m) -> form(m, f.paris(), "\"companyId\":" + id);
    Body member = (f, id, m) -> form(m, f.paris(), "\"memberId\":" + id);
    cases.put(
        "POST /api/contracts centreId",
        new Case("api/contracts", Centre.class, "centreId", centre, newContracts, false));
    cases.put(
        "POST /api/contracts companyId",
        new Case("api/contracts", Company.class, "companyId", company, newContracts, false));
    cases.put(
        "POST /api/contracts memberId",
        new Case("api/contracts", Member.class, "memberId", member, newContracts, false));
    cases.put(
        "PUT /api/contracts/{id} centreId",
        new Case(
            "api/contracts/{contract}", Centre.class, "centreId", centre, targetInParis, true));
    cases.put(
        "PUT /api/contracts/{id} companyId",
        new Case(
            "api/contracts/{contract}", Company.class, "companyId", company, targetChanged, false));
    cases.put(
        "PUT /api/contracts/{id} memberId",
        new Case(
            "api/contracts/{contract}", Member.class, "memberId", member, targetChanged, false));
  }

  /** Tenant B's company (its demo manifest has Peepal Analytics). */
  static void ofB(Api api, String banyan, Map<Class<?>, Long> ofB) {
    var page = api.get("api/companies?size=100&q=Peepal", banyan);
    assertEquals(200, page.statusCode(), page.body());
    ofB.put(
        Company.class,
        Api.json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("Peepal Analytics"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue());
  }

  /** The path with the Paris draft the PUT cases aim at. */
  static String replaceTargets(String path) {
    return path.replace("{contract}", Long.toString(target()));
  }

  /** Makes the Paris draft the PUT cases aim at, once per run, before any probe counts rows. */
  static void prepare(Fixture f, Api api, String admin) {
    if (target == null) {
      var draft =
          api.post(
              "api/contracts",
              admin,
              form("Body target", f.paris(), "\"companyId\":" + f.parisCompany()));
      assertEquals(201, draft.statusCode(), draft.body());
      target = Api.json(draft).getJsonNumber("id").longValue();
    }
  }

  private static long target() {
    return target == null ? -1 : target;
  }

  private static String form(String notes, long centreId, String client) {
    return "{\"centreId\":"
        + centreId
        + ","
        + client
        + ",\"startDate\":\"2026-11-14\",\"notes\":\""
        + notes
        + "\",\"lines\":[]}";
  }

  private static long count(Fixture f, String sql, Object... parameters) {
    return TestDatabase.countFromClient(f.tenantA(), sql, parameters);
  }
}
