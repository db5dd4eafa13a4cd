package io.atrium.tenancy;

import io.atrium.spaces.Space;
import io.atrium.tenancy.BodyIdIsolationIT.Body;
import io.atrium.tenancy.BodyIdIsolationIT.Case;
import io.atrium.tenancy.BodyIdIsolationIT.Snapshot;
import io.atrium.testing.TestDatabase;
import java.util.Map;

/**
 * The body ids of booking rules (issue 14) for {@link BodyIdIsolationIT}: the centre and the space.
 * Accepted wrongly, a rule would be written.
 */
final class BookingRuleBodyCases {

  private BookingRuleBodyCases() {}

  static void register(Map<String, Case> cases) {
    Snapshot rules =
        (f, m) -> TestDatabase.countFromClient(f.tenantA(), "SELECT count(*) FROM booking_rule");
    Body centre = (f, id, m) -> "{\"centreId\":" + id + ",\"minMinutes\":30}";
    Body space = (f, id, m) -> "{\"centreId\":" + f.paris() + ",\"spaceId\":" + id + "}";
    cases.put(
        "PUT /api/booking-rules centreId",
        new Case("api/booking-rules", Centre.class, "centreId", centre, rules, false));
    cases.put(
        "PUT /api/booking-rules spaceId",
        new Case("api/booking-rules", Space.class, "spaceId", space, rules, false));
    // A centre's closing day: the marker is its label.
    Snapshot closures =
        (f, m) ->
            TestDatabase.countFromClient(
                f.tenantA(), "SELECT count(*) FROM centre_closure WHERE label = ?", m);
    Body closed =
        (f, id, m) -> "{\"centreId\":" + id + ",\"day\":\"2041-05-01\",\"label\":\"" + m + "\"}";
    cases.put(
        "POST /api/centre-closures centreId",
        new Case("api/centre-closures", Centre.class, "centreId", closed, closures, false));
  }
}
