package io.atrium.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;

/** Bookings of the demo operators' rooms through the API, for tests that need one. */
public final class DemoBookings {

  private DemoBookings() {}

  /** The form of a booking of the named room for the named company, for some hours. */
  public static JsonObjectBuilder form(
      long tenantId, String space, String company, ZonedDateTime start, int hours) {
    return Json.createObjectBuilder()
        .add(
            "spaceId",
            TestDatabase.countFromClient(tenantId, "SELECT id FROM space WHERE name = ?", space))
        .add(
            "companyId",
            TestDatabase.countFromClient(
                tenantId, "SELECT id FROM company WHERE name = ?", company))
        .add("startsAt", start.toOffsetDateTime().toString())
        .add("endsAt", start.plusHours(hours).toOffsetDateTime().toString());
  }

  public static HttpResponse<String> post(Api api, String token, JsonObjectBuilder form) {
    return api.post("api/bookings", token, form.build().toString());
  }

  /** Books the room and answers the booking's id; fails the test unless it was booked. */
  public static long book(
      Api api, String token, String space, String company, ZonedDateTime start, int hours) {
    HttpResponse<String> booked =
        post(api, token, form(Api.tenantId(token), space, company, start, hours));
    assertEquals(201, booked.statusCode(), booked.body());
    return Api.json(booked).getJsonNumber("id").longValue();
  }
}
