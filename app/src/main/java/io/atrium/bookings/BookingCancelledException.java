package io.atrium.bookings;

import io.atrium.shared.BusinessException;

/** A booking already cancelled cannot be cancelled again. */
public class BookingCancelledException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public BookingCancelledException() {
    super(409, "booking.refused.cancelled");
  }
}
