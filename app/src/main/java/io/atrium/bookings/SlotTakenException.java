package io.atrium.bookings;

import io.atrium.shared.BusinessException;

/**
 * The space is already held for part of the time asked: 409, with the taken slot's start and end
 * (ISO instants) so the client can offer another time; who holds it is not told.
 */
public class SlotTakenException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public SlotTakenException(String from, String to) {
    super(409, "booking.refused.taken", from, to);
  }
}
