package io.atrium.tenancy;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Member;
import io.atrium.tenancy.BodyIdIsolationIT.Body;
import io.atrium.tenancy.BodyIdIsolationIT.Case;
import io.atrium.tenancy.BodyIdIsolationIT.Fixture;
import io.atrium.tenancy.BodyIdIsolationIT.Snapshot;
import io.atrium.testing.TestDatabase;
import java.time.LocalDate;
import java.util.Map;

/**
 * The body ids of a day pass (issue 14) for {@link BodyIdIsolationIT}: its centre, member and
 * workspace type. Accepted wrongly, a pass (and its invoice) would be written.
 */
final class DayPassBodyCases {

  private DayPassBodyCases() {}

  static void register(Map<String, Case> cases) {
    Snapshot sold =
        (f, m) -> TestDatabase.countFromClient(f.tenantA(), "SELECT count(*) FROM day_pass");
    Body centre = (f, id, m) -> form(id, f.parisMember(), item(f));
    Body member = (f, id, m) -> form(f.paris(), id, item(f));
    Body item = (f, id, m) -> form(f.paris(), f.parisMember(), id);
    String path = "api/day-passes";
    cases.put(
        "POST /api/day-passes centreId",
        new Case(path, Centre.class, "centreId", centre, sold, false));
    cases.put(
        "POST /api/day-passes memberId",
        new Case(path, Member.class, "memberId", member, sold, false));
    cases.put(
        "POST /api/day-passes itemId",
        new Case(path, CatalogueItem.class, "itemId", item, sold, false));
  }

  /** Paris's day pass item. */
  private static long item(Fixture f) {
    return TestDatabase.countFromClient(
        f.tenantA(), "SELECT id FROM catalogue_item WHERE code = 'PASS-JOUR'");
  }

  private static String form(long centreId, long memberId, long itemId) {
    return "{\"centreId\":"
        + centreId
        + ",\"memberId\":"
        + memberId
        + ",\"itemId\":"
        + itemId
        + ",\"day\":\""
        + LocalDate.now().plusDays(200)
        + "\"}";
  }
}
