package io.atrium.community.api;

import io.atrium.community.Rsvp;

/**
 * A member who answered an event, for catering and seating.
 *
 * @param company their company's name, null for an on-demand user
 * @param status GOING or WAITLISTED
 * @param checkedInAt their arrival as a UTC instant, null until checked in
 */
public record Attendee(
    long memberId,
    String name,
    String email,
    String company,
    String status,
    String answeredAt,
    String checkedInAt) {

  static Attendee of(Rsvp r) {
    return new Attendee(
        r.getMember().getId(),
        r.getMember().getFullName(),
        r.getMember().getEmail(),
        r.getMember().onDemand() ? null : r.getMember().getCompany().getName(),
        r.getStatus().name(),
        r.getAnsweredAt().toString(),
        r.getCheckedInAt() == null ? null : r.getCheckedInAt().toString());
  }
}
