package io.atrium.payments.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Stripe-Signature} header as Stripe documents it: {@code t=<unix seconds>,v1=<hex>},
 * where v1 is HMAC-SHA256 with the endpoint's secret over {@code t + "." + body}. A signature older
 * (or newer) than the tolerance is refused, so a captured delivery cannot be replayed later.
 */
public final class StripeSignature {

  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private StripeSignature() {}

  public static String header(String secret, Instant at, String body) {
    long t = at.getEpochSecond();
    return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
  }

  public static boolean valid(String secret, String header, String body, Instant now) {
    if (secret == null || secret.isEmpty() || header == null || body == null) {
      return false;
    }
    Long t = null;
    boolean matched = false;
    String[] parts = header.split(",");
    for (String part : parts) {
      if (part.startsWith("t=")) {
        try {
          t = Long.parseLong(part.substring(2).trim());
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    if (t == null || Math.abs(now.getEpochSecond() - t) > TOLERANCE.getSeconds()) {
      return false;
    }
    byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
    for (String part : parts) {
      if (part.startsWith("v1=")) {
        byte[] given = part.substring(3).trim().getBytes(StandardCharsets.US_ASCII);
        matched |= MessageDigest.isEqual(expected, given);
      }
    }
    return matched;
  }

  static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
