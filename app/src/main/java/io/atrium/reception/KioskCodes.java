package io.atrium.reception;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The two secrets of a kiosk. The pairing code is typed once on a tablet, so it is short and
 * unambiguous (10 letters and digits without 0/O, 1/I/L, grouped by five: 50 bits, for 30 minutes
 * and one use). The device token lives in the tablet's cookie for good, so it is long (32 random
 * bytes) and starts with its tenant's id: rows are isolated per tenant, and the id tells which
 * tenant to look in. Both are stored as {@link CheckInCodes#hash} only.
 */
final class KioskCodes {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final int CODE_LENGTH = 10;

  private KioskCodes() {}

  static String newPairingCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < CODE_LENGTH; i++) {
      if (i == CODE_LENGTH / 2) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** A typed code as stored: capitals, without the spaces and dashes people add or leave out. */
  static String normalise(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  static String newDeviceToken(long tenantId) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return tenantId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The tenant a device token names, if it has the token's shape at all. */
  static Optional<Long> tenantOf(String token) {
    if (token == null || token.length() > 100 || !token.matches("[1-9][0-9]{0,17}\\.[\\w-]{43}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(token.substring(0, token.indexOf('.'))));
  }
}
