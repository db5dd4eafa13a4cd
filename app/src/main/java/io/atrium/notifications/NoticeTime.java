package io.atrium.notifications;

import static io.atrium.shared.Jsonp.JSON;

import io.atrium.shared.format.Formats;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A day or a time in a notice, kept as the instant it is (with the zone of the place it concerns)
 * and written out only when the notice is shown: a notice is read in the language of the page
 * showing it, which the reader may switch after it was written, and "21 May" inside a French
 * sentence reads as a mistake. Several instants (a weekly booking's days) are listed with commas.
 */
public record NoticeTime(Part part, List<Instant> instants, ZoneId zone) implements NoticeValue {

  /** Which part of the instants a reader sees. */
  public enum Part {
    /** "21 May 2027", "21 mai 2027". */
    DATE,
    /** "12:00". */
    TIME
  }

  public NoticeTime {
    instants = List.copyOf(instants);
  }

  /** The day of the instant on the clock of that zone. */
  public static NoticeTime date(Instant at, ZoneId zone) {
    return new NoticeTime(Part.DATE, List.of(at), zone);
  }

  /** The time of the instant on the clock of that zone. */
  public static NoticeTime time(Instant at, ZoneId zone) {
    return new NoticeTime(Part.TIME, List.of(at), zone);
  }

  /** The days of these instants on the clock of that zone, in their order. */
  public static NoticeTime dates(List<Instant> days, ZoneId zone) {
    return new NoticeTime(Part.DATE, days, zone);
  }

  @Override
  public String shownWith(Formats reader) {
    return String.join(
        ", ",
        instants.stream()
            .map(at -> part == Part.DATE ? reader.date(at, zone) : reader.time(at, zone))
            .toList());
  }

  @Override
  public JsonObject toJson() {
    JsonArrayBuilder at = JSON.createArrayBuilder();
    instants.forEach(i -> at.add(i.toString()));
    return JSON.createObjectBuilder()
        .add("part", part.name())
        .add("at", at)
        .add("zone", zone.getId())
        .build();
  }

  static NoticeTime fromJson(JsonObject json) {
    return new NoticeTime(
        Part.valueOf(json.getString("part")),
        json.getJsonArray("at").getValuesAs(JsonString.class).stream()
            .map(s -> Instant.parse(s.getString()))
            .toList(),
        ZoneId.of(json.getString("zone")));
  }
}
