package io.atrium.bookings;

import io.atrium.shared.BusinessException;

/**
 * A booking rule of the space or centre refused the booking; the message names it and its value.
 */
public class BookingRuleException extends BusinessException {

  private static final long serialVersionUID = 1L;

  BookingRuleException(int status, String key, Object... arguments) {
    super(status, key, arguments);
  }
}
