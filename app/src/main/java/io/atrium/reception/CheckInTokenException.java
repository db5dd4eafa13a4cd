package io.atrium.reception;

import io.atrium.shared.BusinessException;

/**
 * The kiosk could not take a token: unknown here (never issued, another operator's or another
 * centre's: all look the same) or already used.
 */
public class CheckInTokenException extends BusinessException {

  private CheckInTokenException(int status, String key) {
    super(status, key);
  }

  public static CheckInTokenException unknown() {
    return new CheckInTokenException(404, "kiosk.token.unknown");
  }

  /** At a kiosk: the visitor is expected on another day. */
  public static CheckInTokenException otherDay() {
    return new CheckInTokenException(409, "kiosk.token.otherDay");
  }

  public static CheckInTokenException used() {
    return new CheckInTokenException(409, "kiosk.token.used");
  }
}
