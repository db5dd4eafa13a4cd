package io.atrium.identity.token;

import io.atrium.identity.token.InvalidTokenException.Reason;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * An access token whose signature, issuer, audience and times have been checked: the caller of an
 * API request. Standard claims come back as the MicroProfile JWT types ({@link Claims#getType()});
 * Atrium's own ({@code tenant}, {@code tenant_id}, {@code kind}) as JSON-P values, or typed through
 * the accessors.
 */
public final class VerifiedToken implements JsonWebToken {

  static final String TENANT = "tenant";
  static final String TENANT_ID = "tenant_id";
  static final String KIND = "kind";

  private final String rawToken;
  private final JsonObject claims;
  private final Set<String> claimNames;
  private final long personId;
  private final String tenantSlug;
  private final long tenantId;
  private final String kind;
  private final Set<String> groups;

  /**
   * The token's claims, once the caller has checked everything a signature and the clock can tell.
   *
   * @throws InvalidTokenException when a claim Atrium needs is missing or of the wrong type
   */
  VerifiedToken(String rawToken, JsonObject claims) {
    this.rawToken = rawToken;
    this.claims = claims;
    var names = new HashSet<>(claims.keySet());
    names.add(Claims.raw_token.name());
    this.claimNames = Set.copyOf(names);
    this.personId = parsePersonId(required(claims, Claims.sub.name()));
    this.tenantSlug = required(claims, TENANT);
    Long id = ClaimReader.longValue(claims, TENANT_ID);
    if (id == null) {
      throw new InvalidTokenException(Reason.MISSING_CLAIM);
    }
    this.tenantId = id;
    this.kind = required(claims, KIND);
    JsonValue groupsValue = claims.get(Claims.groups.name());
    this.groups = groupsValue == null ? Set.of() : ClaimReader.strings(groupsValue);
  }

  private static String required(JsonObject claims, String name) {
    String value = ClaimReader.string(claims, name);
    if (value == null || value.isEmpty()) {
      throw new InvalidTokenException(Reason.MISSING_CLAIM);
    }
    return value;
  }

  private static long parsePersonId(String subject) {
    try {
      return Long.parseLong(subject);
    } catch (NumberFormatException e) {
      throw new InvalidTokenException(Reason.INVALID_CLAIM);
    }
  }

  /** The person the token was issued to: {@code sub}, which is their id. */
  public long personId() {
    return personId;
  }

  public long tenantId() {
    return tenantId;
  }

  public String tenantSlug() {
    return tenantSlug;
  }

  /** Whose account: e.g. {@code staff} or {@code member}. */
  public String kind() {
    return kind;
  }

  public Set<String> groups() {
    return groups;
  }

  /**
   * The person's name ({@code full_name}), for what people read (the audit log, "me"); null in a
   * token issued before it carried one. Never the e-mail: that is {@link #getName}.
   */
  public String fullName() {
    String name = ClaimReader.string(claims, Claims.full_name.name());
    return name == null || name.isBlank() ? null : name;
  }

  /** The {@code upn}, falling back as MicroProfile JWT says to preferred_username, then sub. */
  @Override
  public String getName() {
    for (Claims claim : new Claims[] {Claims.upn, Claims.preferred_username, Claims.sub}) {
      String value = ClaimReader.string(claims, claim.name());
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  @Override
  public Set<String> getClaimNames() {
    return claimNames;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getClaim(String claimName) {
    if (Claims.raw_token.name().equals(claimName)) {
      return (T) rawToken;
    }
    JsonValue value = claims.get(claimName);
    return value == null ? null : (T) convert(standardType(claimName), value);
  }

  private static Class<?> standardType(String claimName) {
    try {
      return Claims.valueOf(claimName).getType();
    } catch (IllegalArgumentException notStandard) {
      return null;
    }
  }

  /** The Java type MicroProfile JWT promises for a standard claim; JSON-P values otherwise. */
  private static Object convert(Class<?> type, JsonValue value) {
    if (type == String.class && value instanceof JsonString string) {
      return string.getString();
    }
    if (type == Long.class && value instanceof JsonNumber number) {
      return number.longValue();
    }
    if (type == Boolean.class && (value == JsonValue.TRUE || value == JsonValue.FALSE)) {
      return value == JsonValue.TRUE;
    }
    if (type == Set.class && (value instanceof JsonString || value instanceof JsonArray)) {
      return ClaimReader.strings(value);
    }
    return value;
  }

  @Override
  public String toString() {
    // Never the raw token, nor the e-mail address: principals end up in logs.
    return "VerifiedToken[sub=" + personId + ", tenant=" + tenantSlug + ", kind=" + kind + "]";
  }
}
