package io.atrium.reception;

import io.atrium.shared.BusinessException;

/**
 * A tablet is not (or no longer) a kiosk: its device token is unknown, forged or revoked, or the
 * pairing code it typed is unknown, spent or expired. All look alike, so nothing can be probed.
 */
public class KioskAccessException extends BusinessException {

  private KioskAccessException(int status, String key) {
    super(status, key);
  }

  public static KioskAccessException notPaired() {
    return new KioskAccessException(401, "kiosk.notPaired.title");
  }

  public static KioskAccessException pairingRefused() {
    return new KioskAccessException(400, "kiosk.pairing.refused");
  }
}
