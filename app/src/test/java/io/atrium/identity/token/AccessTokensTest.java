package io.atrium.identity.token;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.token.InvalidTokenException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokensTest {

  private static final String ISSUER = "https://atrium.example/";
  private static final String AUDIENCE = "atrium-api";
  private static final Duration TTL = Duration.ofMinutes(15);
  // Generating RSA keys is slow; every test may share these since none changes them.
  private static final SigningKey KEY = SigningKey.generate();
  private static final SigningKey OTHER_KEY = SigningKey.generate();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final AccessTokens tokens = new AccessTokens(clock, KEY, ISSUER, AUDIENCE, TTL);

  private static TokenClaims alice() {
    return new TokenClaims(
        "42",
        "alice@acme.example",
        "Alice Martin",
        "acme",
        7L,
        "staff",
        Set.of("admin", "bookings"));
  }

  @Test
  void anIssuedTokenVerifiesWithEveryClaim() {
    String token = tokens.issue(alice());

    VerifiedToken verified = tokens.verify(token);

    assertEquals(42L, verified.personId());
    assertEquals(7L, verified.tenantId());
    assertEquals("acme", verified.tenantSlug());
    assertEquals("staff", verified.kind());
    assertEquals(Set.of("admin", "bookings"), verified.groups());
    assertEquals("alice@acme.example", verified.getName());
    assertEquals("Alice Martin", verified.fullName(), "the name people read, not the e-mail");
    assertEquals(ISSUER, verified.getIssuer());
    assertEquals(Set.of(AUDIENCE), verified.getAudience());
    assertEquals("42", verified.getSubject());
    assertEquals(Set.of("admin", "bookings"), verified.getGroups());
    long now = clock.instant().getEpochSecond();
    assertEquals(now, verified.getIssuedAtTime());
    assertEquals(now + TTL.toSeconds(), verified.getExpirationTime());
    assertEquals(Long.valueOf(now), verified.getClaim("nbf"));
    assertNotNull(verified.getTokenID());
    assertEquals(token, verified.getRawToken());
    assertEquals("acme", ((JsonString) verified.getClaim("tenant")).getString());
    assertEquals(7L, ((JsonNumber) verified.getClaim("tenant_id")).longValueExact());
    assertTrue(verified.getClaimNames().containsAll(Set.of("iss", "tenant_id", "raw_token")));
    assertNull(verified.getClaim("email"));
    assertFalse(verified.toString().contains(token));
    assertEquals(TTL.toSeconds(), tokens.expiresInSeconds());
  }

  @Test
  void theHeaderNamesTheAlgorithmTypeAndKey() {
    String token = tokens.issue(alice());

    JsonObject header = json(token.split("\\.")[0]);

    assertEquals("RS256", header.getString("alg"));
    assertEquals("JWT", header.getString("typ"));
    assertEquals(KEY.keyId(), header.getString("kid"));
    assertFalse(token.contains("="), "base64url without padding");
  }

  @Test
  void algNoneWithAnEmptySignatureIsRefused() {
    String header = encode(header("none", KEY.keyId()));

    String token = header + "." + encode(payload(p -> {})) + ".";

    assertRefused(Reason.ALGORITHM, token);
  }

  @Test
  void hs256KeyedWithThePublicKeyIsRefused() throws Exception {
    String publicPem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(KEY.publicKey().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    // The classic confusion attack: a verifier that lets the header pick the algorithm would
    // check this HMAC with the public key, which everyone has, as the secret.
    for (byte[] secret :
        new byte[][] {
          KEY.publicKey().getEncoded(), publicPem.getBytes(StandardCharsets.US_ASCII)
        }) {
      String input = encode(header("HS256", KEY.keyId())) + "." + encode(payload(p -> {}));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] signature = mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));

      assertRefused(Reason.ALGORITHM, input + "." + base64url(signature));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"HS256", "RS512", "PS256", "ES256", "rs256", ""})
  void everyOtherAlgorithmIsRefused(String algorithm) {
    assertRefused(Reason.ALGORITHM, signed(KEY, header(algorithm, KEY.keyId()), payload(p -> {})));
  }

  @Test
  void aTokenExpiredBeyondTheClockSkewIsRefused() {
    String token = tokens.issue(alice());

    clock.advance(TTL.plus(AccessTokens.CLOCK_SKEW));

    assertRefused(Reason.EXPIRED, token);
  }

  @Test
  void aTokenExpiredWithinTheClockSkewIsAccepted() {
    String token = tokens.issue(alice());

    clock.advance(TTL.plus(AccessTokens.CLOCK_SKEW).minusSeconds(1));

    assertDoesNotThrow(() -> tokens.verify(token));
  }

  @Test
  void aTokenNotValidBeforeBeyondTheClockSkewIsRefused() {
    long now = clock.instant().getEpochSecond();

    String token = signed(KEY, ourHeader(), payload(p -> p.add("nbf", now + 61)));

    assertRefused(Reason.NOT_YET_VALID, token);
  }

  @Test
  void aTokenNotValidBeforeWithinTheClockSkewIsAccepted() {
    long now = clock.instant().getEpochSecond();

    String token = signed(KEY, ourHeader(), payload(p -> p.add("nbf", now + 60)));

    assertDoesNotThrow(() -> tokens.verify(token));
  }

  @Test
  void aTokenIssuedInTheFutureBeyondTheClockSkewIsRefused() {
    long now = clock.instant().getEpochSecond();

    String token = signed(KEY, ourHeader(), payload(p -> p.add("iat", now + 61).remove("nbf")));

    assertRefused(Reason.ISSUED_IN_FUTURE, token);
  }

  @ParameterizedTest
  @ValueSource(strings = {"exp", "iat", "sub", "tenant", "tenant_id", "kind"})
  void aTokenWithoutAClaimAtriumNeedsIsRefused(String claim) {
    String token = signed(KEY, ourHeader(), payload(p -> p.remove(claim)));

    assertRefused(Reason.MISSING_CLAIM, token);
  }

  @Test
  void aTokenWhoseClaimHasTheWrongTypeIsRefused() {
    assertRefused(
        Reason.INVALID_CLAIM, signed(KEY, ourHeader(), payload(p -> p.add("sub", "alice"))));
    assertRefused(
        Reason.INVALID_CLAIM, signed(KEY, ourHeader(), payload(p -> p.add("tenant_id", "7"))));
    assertRefused(
        Reason.INVALID_CLAIM,
        signed(
            KEY,
            ourHeader(),
            payload(p -> p.add("exp", clock.instant().getEpochSecond() + 900.5))));
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    String token =
        signed(KEY, ourHeader(), payload(p -> p.add("iss", "https://elsewhere.example/")));

    assertRefused(Reason.ISSUER, token);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    assertRefused(
        Reason.AUDIENCE, signed(KEY, ourHeader(), payload(p -> p.add("aud", "another-api"))));
    assertRefused(
        Reason.AUDIENCE,
        signed(KEY, ourHeader(), payload(p -> p.add("aud", Json.createArrayBuilder().add("x")))));
    assertRefused(Reason.AUDIENCE, signed(KEY, ourHeader(), payload(p -> p.remove("aud"))));
  }

  @Test
  void anAudienceArrayContainingOursIsAccepted() {
    String token =
        signed(
            KEY,
            ourHeader(),
            payload(p -> p.add("aud", Json.createArrayBuilder().add("other").add(AUDIENCE))));

    assertEquals(Set.of("other", AUDIENCE), tokens.verify(token).getAudience());
  }

  @Test
  void aClaimChangedUnderTheOriginalSignatureIsRefused() {
    String[] parts = tokens.issue(alice()).split("\\.");
    JsonObject original = json(parts[1]);
    JsonObject otherTenant =
        Json.createObjectBuilder(original).add("tenant_id", 8).add("tenant", "rival").build();

    String token = parts[0] + "." + encode(otherTenant) + "." + parts[2];

    assertRefused(Reason.SIGNATURE, token);
  }

  @Test
  void aTokenNamingAnUnknownKeyIsRefused() {
    assertRefused(Reason.KEY_ID, signed(KEY, header("RS256", "not-our-key-id"), payload(p -> {})));
    JsonObject noKid = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build();
    assertRefused(Reason.KEY_ID, signed(KEY, noKid, payload(p -> {})));
  }

  @Test
  void aTokenSignedByAnotherKeyUnderOurKeyIdIsRefused() {
    String token = signed(OTHER_KEY, ourHeader(), payload(p -> {}));

    assertRefused(Reason.SIGNATURE, token);
  }

  @Test
  void aTokenSignedByAnotherKeyUnderItsOwnKeyIdIsRefused() {
    var theirs = new AccessTokens(clock, OTHER_KEY, ISSUER, AUDIENCE, TTL);

    assertRefused(Reason.KEY_ID, theirs.issue(alice()));
  }

  @Test
  void malformedTokensAreRefused() {
    String valid = tokens.issue(alice());
    String[] parts = valid.split("\\.");
    String notJson = base64url("{\"alg\":".getBytes(StandardCharsets.US_ASCII));
    String array = base64url("[1]".getBytes(StandardCharsets.US_ASCII));

    for (String token :
        new String[] {
          "",
          "abc",
          parts[0] + "." + parts[1],
          valid + ".",
          valid + ".extra",
          parts[0] + "*." + parts[1] + "." + parts[2],
          parts[0] + "=." + parts[1] + "." + parts[2],
          notJson + "." + parts[1] + "." + parts[2],
          array + "." + parts[1] + "." + parts[2],
          "a".repeat(20_000),
        }) {
      assertRefused(Reason.MALFORMED, token);
    }
    assertRefused(Reason.MALFORMED, null);
  }

  @Test
  void aPayloadWithADuplicateClaimIsRefused() {
    String payload = payload(p -> {}).toString();
    String duplicated = payload.substring(0, payload.length() - 1) + ",\"tenant_id\":8}";
    String input =
        encode(ourHeader()) + "." + base64url(duplicated.getBytes(StandardCharsets.UTF_8));

    String token = input + "." + base64url(KEY.sign(input.getBytes(StandardCharsets.US_ASCII)));

    assertRefused(Reason.MALFORMED, token);
  }

  @Test
  void theRefusalCarriesOnlyTheReason() {
    var e = assertThrows(InvalidTokenException.class, () -> tokens.verify("secret.stuff.here"));

    assertEquals(Reason.MALFORMED, e.reason());
    assertEquals("malformed", e.getMessage());
    assertEquals(0, e.getStackTrace().length);
  }

  private void assertRefused(Reason reason, String token) {
    var e = assertThrows(InvalidTokenException.class, () -> tokens.verify(token));
    assertEquals(reason, e.reason(), () -> "for " + token);
  }

  private static JsonObject ourHeader() {
    return header("RS256", KEY.keyId());
  }

  private static JsonObject header(String algorithm, String keyId) {
    return Json.createObjectBuilder()
        .add("alg", algorithm)
        .add("typ", "JWT")
        .add("kid", keyId)
        .build();
  }

  /** Valid claims for now, changed by {@code change}. */
  private JsonObject payload(Consumer<JsonObjectBuilder> change) {
    long now = clock.instant().getEpochSecond();
    JsonObjectBuilder payload =
        Json.createObjectBuilder()
            .add("iss", ISSUER)
            .add("aud", AUDIENCE)
            .add("sub", "42")
            .add("upn", "alice@acme.example")
            .add("groups", Json.createArrayBuilder().add("admin"))
            .add("iat", now)
            .add("nbf", now)
            .add("exp", now + 900)
            .add("jti", "b0f7c1d2-0000-4000-8000-000000000001")
            .add("tenant", "acme")
            .add("tenant_id", 7)
            .add("kind", "staff");
    change.accept(payload);
    return payload.build();
  }

  private static String signed(SigningKey key, JsonObject header, JsonObject payload) {
    String input = encode(header) + "." + encode(payload);
    return input + "." + base64url(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String encode(JsonValue json) {
    return base64url(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static JsonObject json(String part) {
    String text = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
