package io.atrium.community.api;

import io.atrium.community.EventDetails;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event's form, to create one or replace its details. Day and hours are on the centre's clock.
 *
 * @param centreId one of the caller's centres (ignored when editing: an event stays in its centre)
 * @param date the day, {@code 2026-06-18}
 * @param startTime the start, {@code 18:30}
 * @param endTime the end, the same day, after the start
 * @param capacity seats, from 1
 */
public record EventForm(
    @Schema(description = "one of the caller's centres; ignored when editing") Long centreId,
    @Schema(required = true, maxLength = 150) @Text(max = 150) String title,
    @Schema(maxLength = 4000, description = "line breaks allowed")
        @Text(max = 4000, multiline = true)
        String description,
    @Schema(required = true, format = "date", example = "2026-06-18") @Text(max = 10) String date,
    @Schema(required = true, example = "18:30") @Text(max = 8) String startTime,
    @Schema(required = true, example = "20:00") @Text(max = 8) String endTime,
    @Schema(required = true, maxLength = 200) @Text(max = 200) String location,
    @Schema(required = true, minimum = "1", maximum = "10000") Integer capacity,
    @Schema(description = "one of the centre's event spaces, or none") Long spaceId) {

  /**
   * Runs a command on the form as the service reads it. A day or hour that cannot be read is left
   * out, so the service refuses the form, and is then named among the service's field errors.
   */
  <T> T apply(java.util.function.Function<EventDetails, T> command) {
    Map<String, String> unreadable = new LinkedHashMap<>();
    EventDetails details = toDetails(unreadable);
    try {
      return command.apply(details);
    } catch (InvalidFieldsException invalid) {
      Map<String, String> errors = new LinkedHashMap<>(invalid.fieldKeys());
      errors.putAll(unreadable);
      throw new InvalidFieldsException(errors);
    }
  }

  private EventDetails toDetails(Map<String, String> unreadable) {
    EventDetails details = new EventDetails();
    details.setCentreId(centreId);
    details.setTitle(title);
    details.setDescription(description);
    details.setLocation(location);
    details.setCapacity(capacity);
    details.setSpaceId(spaceId);
    details.setDate(parse(date, "date", unreadable, LocalDate::parse));
    details.setStartTime(parse(startTime, "startTime", unreadable, LocalTime::parse));
    details.setEndTime(parse(endTime, "endTime", unreadable, LocalTime::parse));
    return details;
  }

  private static <T> T parse(
      String text,
      String field,
      Map<String, String> unreadable,
      java.util.function.Function<String, T> parser) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parser.apply(text.strip());
    } catch (DateTimeParseException e) {
      unreadable.put(field, "event." + field + ".unreadable");
      return null;
    }
  }
}
