package io.atrium.identity.token;

import io.atrium.identity.token.InvalidTokenException.Reason;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.jwt.Claims;

/**
 * Issues and verifies the API's bearer tokens: MicroProfile JWT claims in a compact JWS signed
 * RS256 with Atrium's own {@link SigningKey}.
 *
 * <p>Verification trusts nothing in the token before its signature is checked: the algorithm is
 * fixed rather than read from the header, so neither {@code none} nor an HMAC keyed with the public
 * key can pass, and the key is ours, never one the header points to.
 */
public final class AccessTokens {

  /** How far the clocks of the servers issuing and verifying tokens may disagree. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  static final String ALGORITHM = "RS256";
  // Far above any token we issue; refuses to decode and parse arbitrarily large input.
  private static final int MAX_LENGTH = 16 * 1024;
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

  private final Clock clock;
  private final SigningKey key;
  private final String issuer;
  private final String audience;
  private final Duration ttl;
  private final JsonProvider json;
  private final JsonReaderFactory readers;
  private final String encodedHeader;

  public AccessTokens(Clock clock, SigningKey key, String issuer, String audience, Duration ttl) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.key = Objects.requireNonNull(key, "key");
    this.issuer = requireText(issuer, "issuer");
    this.audience = requireText(audience, "audience");
    if (Objects.requireNonNull(ttl, "ttl").toSeconds() < 1) {
      throw new IllegalArgumentException("The token lifetime must be at least a second: " + ttl);
    }
    this.ttl = ttl;
    // Looked up once: JsonProvider.provider() searches the class path on every call.
    this.json = JsonProvider.provider();
    // Duplicate names refused, so no claim can mean one thing to us and another to someone else.
    this.readers =
        json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    this.encodedHeader =
        encode(
            json.createObjectBuilder()
                .add("alg", ALGORITHM)
                .add("typ", "JWT")
                .add("kid", key.keyId())
                .build());
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The token " + name + " must not be empty");
    }
    return value;
  }

  /** A signed token for {@code claims}, valid from now for the configured lifetime. */
  public String issue(TokenClaims claims) {
    long now = clock.instant().getEpochSecond();
    JsonArrayBuilder groups = json.createArrayBuilder();
    claims.groups().stream().sorted().forEach(groups::add);
    JsonObject payload =
        json.createObjectBuilder()
            .add(Claims.iss.name(), issuer)
            .add(Claims.aud.name(), audience)
            .add(Claims.sub.name(), claims.subject())
            .add(Claims.upn.name(), claims.upn())
            .add(Claims.full_name.name(), claims.fullName())
            .add(Claims.groups.name(), groups)
            .add(Claims.iat.name(), now)
            .add(Claims.nbf.name(), now)
            .add(Claims.exp.name(), now + ttl.toSeconds())
            .add(Claims.jti.name(), UUID.randomUUID().toString())
            .add(VerifiedToken.TENANT, claims.tenantSlug())
            .add(VerifiedToken.TENANT_ID, claims.tenantId())
            .add(VerifiedToken.KIND, claims.kind())
            .build();
    String signingInput = encodedHeader + "." + encode(payload);
    return signingInput + "." + BASE64URL.encodeToString(key.sign(ascii(signingInput)));
  }

  /** The lifetime of the tokens {@link #issue} returns, for OAuth's {@code expires_in}. */
  public long expiresInSeconds() {
    return ttl.toSeconds();
  }

  /**
   * The token's caller, if the token is one of ours and valid now.
   *
   * @throws InvalidTokenException saying why not
   */
  public VerifiedToken verify(String compact) {
    if (compact == null || compact.length() > MAX_LENGTH) {
      throw new InvalidTokenException(Reason.MALFORMED);
    }
    String[] parts = compact.split("\\.", -1);
    if (parts.length != 3) {
      throw new InvalidTokenException(Reason.MALFORMED);
    }
    checkHeader(parse(decode(parts[0])));
    byte[] payload = decode(parts[1]);
    byte[] signature = decode(parts[2]);
    if (!key.verifies(ascii(parts[0] + "." + parts[1]), signature)) {
      throw new InvalidTokenException(Reason.SIGNATURE);
    }
    JsonObject claims = parse(payload);
    checkIssuerAndAudience(claims);
    checkTimes(claims);
    return new VerifiedToken(compact, claims);
  }

  private void checkHeader(JsonObject header) {
    // Exactly our algorithm, before anything else: RFC 8725 section 3.1.
    if (!ALGORITHM.equals(textOf(header.get("alg")))) {
      throw new InvalidTokenException(Reason.ALGORITHM);
    }
    // Critical extensions must be understood or the token refused (RFC 7515); we know none.
    if (header.containsKey("crit")) {
      throw new InvalidTokenException(Reason.MALFORMED);
    }
    if (!key.keyId().equals(textOf(header.get("kid")))) {
      throw new InvalidTokenException(Reason.KEY_ID);
    }
  }

  private void checkIssuerAndAudience(JsonObject claims) {
    if (!issuer.equals(textOf(claims.get(Claims.iss.name())))) {
      throw new InvalidTokenException(Reason.ISSUER);
    }
    JsonValue aud = claims.get(Claims.aud.name());
    if (aud == null || !ClaimReader.strings(aud).contains(audience)) {
      throw new InvalidTokenException(Reason.AUDIENCE);
    }
  }

  private void checkTimes(JsonObject claims) {
    long now = clock.instant().getEpochSecond();
    long skew = CLOCK_SKEW.toSeconds();
    Long expires = ClaimReader.longValue(claims, Claims.exp.name());
    Long issuedAt = ClaimReader.longValue(claims, Claims.iat.name());
    Long notBefore = ClaimReader.longValue(claims, Claims.nbf.name());
    if (expires == null || issuedAt == null) {
      throw new InvalidTokenException(Reason.MISSING_CLAIM);
    }
    if (expires <= now - skew) {
      throw new InvalidTokenException(Reason.EXPIRED);
    }
    if (notBefore != null && notBefore > now + skew) {
      throw new InvalidTokenException(Reason.NOT_YET_VALID);
    }
    if (issuedAt > now + skew) {
      throw new InvalidTokenException(Reason.ISSUED_IN_FUTURE);
    }
  }

  private static String textOf(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : null;
  }

  private JsonObject parse(byte[] json) {
    try (JsonReader reader =
        readers.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidTokenException(Reason.MALFORMED);
    }
  }

  private static byte[] decode(String part) {
    // Padding is not part of JWS's base64url; refusing it keeps one encoding per token.
    if (part.indexOf('=') >= 0) {
      throw new InvalidTokenException(Reason.MALFORMED);
    }
    try {
      return BASE64URL_DECODER.decode(part);
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException(Reason.MALFORMED);
    }
  }

  private static String encode(JsonObject object) {
    return BASE64URL.encodeToString(object.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
