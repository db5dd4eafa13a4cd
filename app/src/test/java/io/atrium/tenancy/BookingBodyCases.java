package io.atrium.tenancy;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.spaces.Space;
import io.atrium.tenancy.BodyIdIsolationIT.Body;
import io.atrium.tenancy.BodyIdIsolationIT.Case;
import io.atrium.tenancy.BodyIdIsolationIT.Fixture;
import io.atrium.tenancy.BodyIdIsolationIT.Snapshot;
import io.atrium.testing.TestDatabase;
import java.util.Map;

/**
 * The body ids of a booking (issue 14) for {@link BodyIdIsolationIT}: its space, its payer, its
 * contract, and its visitors' host. Accepted wrongly, a booking would carry the probe's marker as
 * its title.
 */
final class BookingBodyCases {

  /** A Monday far ahead: a refused probe writes nothing, so every probe may ask for it. */
  private static final String FROM = "2041-03-04T10:00:00+01:00";

  private static final String TO = "2041-03-04T11:00:00+01:00";

  /** A Paris booking of this run, for the change's case ({booking} in its path). */
  private static Long target;

  private BookingBodyCases() {}

  static String replaceTargets(String path) {
    return path.replace("{booking}", Long.toString(target == null ? -1 : target));
  }

  /** Books Paris's room for the Paris company, once per run, a week after the probes' day. */
  static void prepare(Fixture f, io.atrium.testing.Api api, String admin) {
    if (target != null) {
      return;
    }
    var booked =
        api.post(
            "api/bookings",
            admin,
            "{\"spaceId\":"
                + room(f)
                + ",\"companyId\":"
                + f.parisCompany()
                + ",\"startsAt\":\"2041-03-11T10:00:00+01:00\",\"endsAt\":"
                + "\"2041-03-11T11:00:00+01:00\"}");
    org.junit.jupiter.api.Assertions.assertEquals(201, booked.statusCode(), booked.body());
    target = io.atrium.testing.Api.json(booked).getJsonNumber("id").longValue();
  }

  static void register(Map<String, Case> cases) {
    Snapshot made = (f, m) -> count(f, "SELECT count(*) FROM booking WHERE title = ?", m);
    Body space = (f, id, m) -> form(m, id, "\"companyId\":" + f.parisCompany());
    Body company = (f, id, m) -> form(m, room(f), "\"companyId\":" + id);
    Body member = (f, id, m) -> form(m, room(f), "\"memberId\":" + id);
    Body weeklySpace = (f, id, m) -> weekly(form(m, id, "\"companyId\":" + f.parisCompany()));
    Body weeklyCompany = (f, id, m) -> weekly(form(m, room(f), "\"companyId\":" + id));
    Body weeklyMember = (f, id, m) -> weekly(form(m, room(f), "\"memberId\":" + id));
    String weekly = "api/bookings/weekly";
    cases.put(
        "POST /api/bookings/weekly spaceId",
        new Case(weekly, Space.class, "spaceId", weeklySpace, made, false));
    cases.put(
        "POST /api/bookings/weekly companyId",
        new Case(weekly, Company.class, "companyId", weeklyCompany, made, false));
    cases.put(
        "POST /api/bookings/weekly memberId",
        new Case(weekly, Member.class, "memberId", weeklyMember, made, false));
    cases.put(
        "PUT /api/bookings/{id} spaceId",
        new Case(
            "api/bookings/{booking}",
            Space.class,
            "spaceId",
            (f, id, m) -> change(m, id),
            (f, m) -> count(f, "SELECT count(*) FROM booking WHERE title = ?", m),
            false));
    cases.put(
        "POST /api/bookings spaceId",
        new Case("api/bookings", Space.class, "spaceId", space, made, false));
    cases.put(
        "POST /api/bookings companyId",
        new Case("api/bookings", Company.class, "companyId", company, made, false));
    cases.put(
        "POST /api/bookings memberId",
        new Case("api/bookings", Member.class, "memberId", member, made, false));
    Body contract =
        (f, id, m) ->
            form(m, room(f), "\"companyId\":" + f.parisCompany() + ",\"contractId\":" + id);
    // i14-booking-visitors: a visitor of the target booking hosted by another tenant's member.
    cases.put(
        "POST /api/bookings/{booking}/visitors hostId",
        new Case(
            "api/bookings/{booking}/visitors",
            Member.class,
            "hostId",
            (f, id, m) ->
                "{\"fullName\":\""
                    + m
                    + "\",\"email\":\"probe@visitor.test\",\"hostId\":"
                    + id
                    + "}",
            (f, m) -> count(f, "SELECT count(*) FROM visitor WHERE full_name = ?", m),
            false));
    cases.put(
        "POST /api/bookings contractId",
        new Case(
            "api/bookings",
            io.atrium.contracts.Contract.class,
            "contractId",
            contract,
            made,
            false));
  }

  /** Paris's bookable meeting room. */
  private static long room(Fixture f) {
    return count(
        f,
        "SELECT min(id) FROM space WHERE centre_id = ? AND kind = 'MEETING_ROOM' AND bookable"
            + " AND status <> 'OUT_OF_SERVICE'",
        f.paris());
  }

  private static String form(String title, long spaceId, String payer) {
    return "{\"spaceId\":"
        + spaceId
        + ","
        + payer
        + ",\"startsAt\":\""
        + FROM
        + "\",\"endsAt\":\""
        + TO
        + "\",\"title\":\""
        + title
        + "\"}";
  }

  /** A change of the target booking: its space, its times, the marker as its title. */
  private static String change(String title, long spaceId) {
    return "{\"spaceId\":"
        + spaceId
        + ",\"startsAt\":\"2041-03-11T12:00:00+01:00\",\"endsAt\":\"2041-03-11T13:00:00+01:00\","
        + "\"title\":\""
        + title
        + "\"}";
  }

  /** The same body, repeated for three weeks. */
  private static String weekly(String body) {
    return body.substring(0, body.length() - 1) + ",\"repeatUntil\":\"2041-03-18\"}";
  }

  private static long count(Fixture f, String sql, Object... parameters) {
    return TestDatabase.countFromClient(f.tenantA(), sql, parameters);
  }
}
