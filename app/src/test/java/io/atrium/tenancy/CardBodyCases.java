package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.bookings.Booking;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.tenancy.BodyIdIsolationIT.Body;
import io.atrium.tenancy.BodyIdIsolationIT.Case;
import io.atrium.tenancy.BodyIdIsolationIT.Fixture;
import io.atrium.tenancy.BodyIdIsolationIT.Snapshot;
import io.atrium.testing.Api;
import io.atrium.testing.DemoBookings;
import io.atrium.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The body ids of access cards (issue 14) for {@link BodyIdIsolationIT}: the company of a
 * distribution, the member a card is given to and the booking a card is lent for. Accepted wrongly,
 * a card would change hands.
 */
final class CardBodyCases {

  private static Long target;
  private static Long loanTarget;

  private CardBodyCases() {}

  static void register(Map<String, Case> cases) {
    Snapshot given =
        (f, m) ->
            TestDatabase.countFromClient(
                f.tenantA(),
                "SELECT count(*) FROM access_card WHERE company_id IS NOT NULL OR member_id IS NOT"
                    + " NULL");
    Body company = (f, id, m) -> "{\"companyId\":" + id + ",\"numbers\":[\"1\"]}";
    Body member = (f, id, m) -> "{\"memberId\":" + id + "}";
    cases.put(
        "POST /api/cards/distribute companyId",
        new Case("api/cards/distribute", Company.class, "companyId", company, given, false));
    cases.put(
        "POST /api/cards/{id}/assign memberId",
        new Case("api/cards/{card}/assign", Member.class, "memberId", member, given, false));
    Snapshot loans =
        (f, m) -> TestDatabase.countFromClient(f.tenantA(), "SELECT count(*) FROM card_loan");
    Body booking = (f, id, m) -> "{\"bookingId\":" + id + "}";
    cases.put(
        "POST /api/cards/{id}/lend bookingId",
        new Case("api/cards/{loanCard}/lend", Booking.class, "bookingId", booking, loans, false));
    Body pass = (f, id, m) -> "{\"dayPassId\":" + id + "}";
    cases.put(
        "POST /api/cards/{id}/lend dayPassId",
        new Case(
            "api/cards/{loanCard}/lend",
            io.atrium.daypasses.DayPass.class,
            "dayPassId",
            pass,
            loans,
            false));
  }

  /** A booking of tenant B: Neem at Bangalore for Chai Labs, a Monday far ahead. */
  static void ofB(Api api, String banyan, Map<Class<?>, Long> ofB) {
    ZonedDateTime start =
        LocalDate.of(2039, 1, 3)
            .plusWeeks(ThreadLocalRandom.current().nextInt(300))
            .atTime(11, 0)
            .atZone(ZoneId.of("Asia/Kolkata"));
    ofB.put(Booking.class, DemoBookings.book(api, banyan, "Neem", "Chai Labs", start, 1));
    long tenant = io.atrium.testing.Api.tenantId(banyan);
    var sold =
        api.post(
            "api/day-passes",
            banyan,
            "{\"centreId\":"
                + TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'BLR1'")
                + ",\"itemId\":"
                + TestDatabase.countFromClient(
                    tenant, "SELECT id FROM catalogue_item WHERE code = 'DAY-PASS'")
                + ",\"day\":\""
                + LocalDate.now(ZoneId.of("Asia/Kolkata"))
                    .plusDays(1 + ThreadLocalRandom.current().nextInt(300))
                + "\",\"walkIn\":{\"fullName\":\"Isolation Target\",\"email\":\"iso"
                + System.nanoTime()
                + "@example.test\",\"phone\":\"+91 98450 22005\"}}");
    assertEquals(201, sold.statusCode(), sold.body());
    ofB.put(
        io.atrium.daypasses.DayPass.class,
        io.atrium.testing.Api.json(sold).getJsonNumber("id").longValue());
  }

  /** The path with the Paris company's card the assign case aims at. */
  static String replaceTargets(String path) {
    return path.replace("{card}", Long.toString(target == null ? -1 : target))
        .replace("{loanCard}", Long.toString(loanTarget == null ? -1 : loanTarget));
  }

  /** Imports a card into Paris and gives it to the Paris company, once per run. */
  static void prepare(Fixture f, Api api, String admin) {
    if (target != null && loanTarget != null) {
      return;
    }
    String number = Long.toString(System.nanoTime());
    var imported =
        api.upload(
            "api/cards/import?centre=" + f.paris(),
            admin,
            "text/csv",
            ("card number,type\n" + number + ",standard\n" + number + "1,temporary\n")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(201, imported.statusCode(), imported.body());
    var given =
        api.post(
            "api/cards/distribute",
            admin,
            "{\"companyId\":" + f.parisCompany() + ",\"numbers\":[\"" + number + "\"]}");
    assertEquals(200, given.statusCode(), given.body());
    target =
        TestDatabase.countFromClient(
            f.tenantA(), "SELECT id FROM access_card WHERE number = ?", number);
    loanTarget =
        TestDatabase.countFromClient(
            f.tenantA(), "SELECT id FROM access_card WHERE number = ?", number + "1");
  }
}
