package io.atrium.community.api;

import io.atrium.community.Answer;

/**
 * The calling member's answer to an event after their request.
 *
 * @param status GOING, WAITLISTED or CANCELLED
 * @param waitlistPosition their place in the waitlist, from 1; 0 when not waiting
 */
public record RsvpAnswer(long eventId, String status, int waitlistPosition) {

  static RsvpAnswer of(long eventId, Answer answer) {
    return new RsvpAnswer(eventId, answer.status().name(), answer.position());
  }
}
