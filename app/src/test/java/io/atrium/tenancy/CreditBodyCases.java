package io.atrium.tenancy;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.tenancy.BodyIdIsolationIT.Body;
import io.atrium.tenancy.BodyIdIsolationIT.Case;
import io.atrium.tenancy.BodyIdIsolationIT.Snapshot;
import io.atrium.testing.TestDatabase;
import java.util.Map;

/**
 * The body ids of credits and of a booking's extras (issue 14) for {@link BodyIdIsolationIT}: a
 * pool's centre and holder (accepted wrongly, a pool would be written, its label the marker), and
 * the item of an extra on the Paris booking (accepted wrongly, an extra would be written).
 */
final class CreditBodyCases {

  private CreditBodyCases() {}

  static void register(Map<String, Case> cases) {
    Snapshot pools =
        (f, m) ->
            TestDatabase.countFromClient(
                f.tenantA(), "SELECT count(*) FROM credit_pool WHERE label = ?", m);
    Body centre =
        (f, id, m) ->
            "{\"centreId\":"
                + id
                + ",\"companyId\":"
                + f.parisCompany()
                + ",\"unit\":\"HOURS\",\"amount\":1,\"label\":\""
                + m
                + "\"}";
    Body company =
        (f, id, m) ->
            "{\"centreId\":"
                + f.paris()
                + ",\"companyId\":"
                + id
                + ",\"unit\":\"HOURS\",\"amount\":1,\"label\":\""
                + m
                + "\"}";
    Body member =
        (f, id, m) ->
            "{\"centreId\":"
                + f.paris()
                + ",\"memberId\":"
                + id
                + ",\"unit\":\"HOURS\",\"amount\":1,\"label\":\""
                + m
                + "\"}";
    cases.put(
        "POST /api/credits centreId",
        new Case("api/credits", Centre.class, "centreId", centre, pools, false));
    cases.put(
        "POST /api/credits companyId",
        new Case("api/credits", Company.class, "companyId", company, pools, false));
    cases.put(
        "POST /api/credits memberId",
        new Case("api/credits", Member.class, "memberId", member, pools, false));
    Snapshot extras =
        (f, m) -> TestDatabase.countFromClient(f.tenantA(), "SELECT count(*) FROM booking_extra");
    Body item = (f, id, m) -> "{\"itemId\":" + id + ",\"quantity\":1}";
    cases.put(
        "POST /api/bookings/{booking}/extras itemId",
        new Case(
            "api/bookings/{booking}/extras", CatalogueItem.class, "itemId", item, extras, false));
  }
}
