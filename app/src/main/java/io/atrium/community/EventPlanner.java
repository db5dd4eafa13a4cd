package io.atrium.community;

import io.atrium.identity.Caller;
import io.atrium.shared.Horizon;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.TextValidator;
import io.atrium.spaces.EventSpaces;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks an event's form whole before anything is written, and reports every wrong field at once
 * (field name to bundle key, the names of the form and of the API): required fields and lengths, a
 * centre the caller works in, the end after the start, an event not already over, a capacity from 1
 * and never below the members already going. The day and hours are read on the centre's clock; an
 * hour skipped by a daylight-saving change moves forward, as the clock does.
 */
@ApplicationScoped
class EventPlanner {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Waitlist waitlist;

  @Inject EventSpaces eventSpaces;

  Clock clock = Clock.systemUTC();

  /** A checked form: its centre and instants. */
  record Plan(Centre centre, Instant startsAt, Instant endsAt) {}

  /**
   * @param existing the event being edited, or null for a new one
   * @throws InvalidFieldsException listing every field that is wrong
   */
  Plan check(EventDetails details, CommunityEvent existing) {
    Map<String, String> errors = new LinkedHashMap<>();
    Centre centre =
        details.getCentreId() == null ? null : em.find(Centre.class, details.getCentreId());
    if (centre == null || !caller.centres().allows(centre.getId())) {
      errors.put("centreId", "event.centre.unknown");
    }
    text(errors, "title", details.getTitle(), 150, true);
    text(errors, "description", details.getDescription(), 4000, false);
    text(errors, "location", details.getLocation(), 200, true);
    Integer capacity = details.getCapacity();
    if (capacity == null) {
      errors.put("capacity", "event.required");
    } else if (capacity < 1) {
      errors.put("capacity", "event.capacity.positive");
    } else if (capacity > EventDetails.MAX_CAPACITY) {
      errors.put("capacity", "event.capacity.tooLarge");
    } else if (existing != null && capacity < waitlist.seats(existing).going()) {
      errors.put("capacity", "event.capacity.belowGoing");
    }
    if (details.getSpaceId() != null
        && (centre == null || eventSpaces.find(details.getSpaceId(), centre.getId()).isEmpty())) {
      errors.put("spaceId", "event.space.unknown");
    }
    if (details.getDate() == null) {
      errors.put("date", "event.required");
    } else if (centre != null
        && Horizon.beyond(details.getDate(), LocalDate.now(clock.withZone(centre.zone())))) {
      errors.put("date", Horizon.TOO_FAR);
    }
    if (details.getStartTime() == null) {
      errors.put("startTime", "event.required");
    }
    if (details.getEndTime() == null) {
      errors.put("endTime", "event.required");
    }
    Instant startsAt = null;
    Instant endsAt = null;
    if (centre != null && !errors.containsKey("date") && details.getStartTime() != null) {
      startsAt =
          ZonedDateTime.of(details.getDate(), details.getStartTime(), centre.zone()).toInstant();
      if (details.getEndTime() != null) {
        endsAt =
            ZonedDateTime.of(details.getDate(), details.getEndTime(), centre.zone()).toInstant();
        if (!endsAt.isAfter(startsAt)) {
          errors.put("endTime", "event.endTime.beforeStart");
        } else if (!endsAt.isAfter(clock.instant())) {
          errors.put("date", "event.date.past");
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return new Plan(centre, startsAt, endsAt);
  }

  private static void text(
      Map<String, String> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.put(field, "event.required");
      }
    } else if (value.strip().length() > max) {
      errors.put(field, "event.tooLong");
    } else if (!TextValidator.clean(value, "description".equals(field))) {
      errors.put(field, "atrium.text.control");
    }
  }
}
