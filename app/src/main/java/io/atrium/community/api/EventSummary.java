package io.atrium.community.api;

import io.atrium.community.Answer;
import io.atrium.community.CommunityEvent;
import io.atrium.community.Seats;

/**
 * An event as the API shows it, with its seats and, for a member, their own answer.
 *
 * @param date the day on the centre's clock ({@code timeZone})
 * @param startsAt the start as a UTC instant
 * @param seatsLeft seats not taken by members going
 * @param coverUrl the cover image's address in this API, or null without one
 * @param myRsvp the calling member's answer (GOING, WAITLISTED, CANCELLED), null when none or staff
 * @param waitlistPosition the calling member's place in the waitlist, 0 when not waiting
 * @param spaceId the centre's event space it takes place in, null when none is named
 */
public record EventSummary(
    long id,
    long centreId,
    String centre,
    String title,
    String description,
    String date,
    String startTime,
    String endTime,
    String timeZone,
    String startsAt,
    String endsAt,
    String location,
    String state,
    int capacity,
    long going,
    long waitlisted,
    long checkedIn,
    long seatsLeft,
    String coverUrl,
    String myRsvp,
    int waitlistPosition,
    Long spaceId) {

  static EventSummary of(CommunityEvent e, Seats seats, Answer answer) {
    Seats s = seats == null ? Seats.empty(e.getCapacity()) : seats;
    Answer a = answer == null ? Answer.NONE : answer;
    return new EventSummary(
        e.getId(),
        e.getCentre().getId(),
        e.getCentre().getCode(),
        e.getTitle(),
        e.getDescription(),
        e.getDate().toString(),
        e.getStartTime().toString(),
        e.getEndTime().toString(),
        e.zone().getId(),
        e.getStartsAt().toString(),
        e.getEndsAt().toString(),
        e.getLocation(),
        e.getState().name(),
        e.getCapacity(),
        s.going(),
        s.waitlisted(),
        s.checkedIn(),
        s.left(),
        e.hasCover() ? "/api/events/" + e.getId() + "/cover" : null,
        a.status() == null ? null : a.status().name(),
        a.position(),
        e.getSpaceId());
  }
}
