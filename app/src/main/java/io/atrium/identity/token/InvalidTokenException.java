package io.atrium.identity.token;

import java.util.Locale;

/**
 * A bearer token that must not authenticate anyone. The message is only the reason's code: a
 * token's contents never reach a log or a response through it.
 */
public class InvalidTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a token was refused, for logs and metrics; clients should only be told it is invalid. */
  public enum Reason {
    /** Not three base64url parts of JSON objects, or a header we do not understand. */
    MALFORMED,
    /** Not RS256: {@code none}, HMAC and every other algorithm are refused before any crypto. */
    ALGORITHM,
    /** No {@code kid}, or not the one of our key (e.g. signed by a key since replaced). */
    KEY_ID,
    SIGNATURE,
    ISSUER,
    AUDIENCE,
    EXPIRED,
    NOT_YET_VALID,
    ISSUED_IN_FUTURE,
    MISSING_CLAIM,
    /** A claim present with the wrong type, e.g. a non-numeric subject. */
    INVALID_CLAIM;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Reason reason;

  public InvalidTokenException(Reason reason) {
    // No stack trace: thrown for every bad request, and the reason says all there is to know.
    super(reason.code(), null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
