package io.atrium.identity.token;

import io.atrium.identity.token.InvalidTokenException.Reason;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Typed reads of claims that refuse the token, rather than fail the request, on a wrong type. */
final class ClaimReader {

  private ClaimReader() {}

  /** The string claim, or null when absent. */
  static String string(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw new InvalidTokenException(Reason.INVALID_CLAIM);
  }

  /** The integer claim, or null when absent. */
  static Long longValue(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      try {
        return number.bigDecimalValue().longValueExact();
      } catch (ArithmeticException e) {
        // A fraction or out of range: we only issue whole seconds and ids.
        throw new InvalidTokenException(Reason.INVALID_CLAIM);
      }
    }
    throw new InvalidTokenException(Reason.INVALID_CLAIM);
  }

  /** A string or an array of strings (the two forms of {@code aud}), as a set. */
  static Set<String> strings(JsonValue value) {
    if (value instanceof JsonString string) {
      return Set.of(string.getString());
    }
    if (value instanceof JsonArray array) {
      var strings = new LinkedHashSet<String>();
      for (JsonValue element : array) {
        if (!(element instanceof JsonString string)) {
          throw new InvalidTokenException(Reason.INVALID_CLAIM);
        }
        strings.add(string.getString());
      }
      return Collections.unmodifiableSet(strings);
    }
    throw new InvalidTokenException(Reason.INVALID_CLAIM);
  }
}
