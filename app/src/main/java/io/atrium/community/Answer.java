package io.atrium.community;

import java.io.Serializable;

/**
 * A member's own answer to an event, as the client space shows it.
 *
 * @param position their place in the waitlist (1 = next to get a seat), 0 when not waiting
 */
public record Answer(Rsvp.Status status, int position) implements Serializable {

  public static final Answer NONE = new Answer(null, 0);

  public boolean isGoing() {
    return status == Rsvp.Status.GOING;
  }

  public boolean isWaitlisted() {
    return status == Rsvp.Status.WAITLISTED;
  }

  /** Not answered, or withdrawn: the member may answer. */
  public boolean isOpen() {
    return status == null || status == Rsvp.Status.CANCELLED;
  }
}
