package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.WebSession;
import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing, page and API: real and unknown accounts answer alike, failures from one
 * address slow that address down, and nobody else's. The test server trusts the loopback address as
 * a proxy (TRUSTED_PROXIES), so each visitor here comes from its own address through {@code
 * X-Forwarded-For}, fresh for every run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

  private static final String FAILED = "Wrong workspace, e-mail or password";
  private static final String THROTTLED = "Too many failed attempts from here";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  /** A documentation address (RFC 3849) no other run or test uses. */
  private static String freshAddress() {
    String hex = UUID.randomUUID().toString().replace("-", "");
    return "2001:db8:"
        + hex.substring(0, 4)
        + ":"
        + hex.substring(4, 8)
        + "::"
        + hex.substring(8, 12);
  }

  private WebSession from(String address) throws Exception {
    return new WebSession(base.toURI(), "X-Forwarded-For", address);
  }

  @Test
  void unknownAndRealAccountsGetTheSameAnswersOnThePage() throws Exception {
    List<String> real = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    String forReal = freshAddress();
    String forUnknown = freshAddress();
    for (int attempt = 1; attempt <= 6; attempt++) {
      real.add(answer(from(forReal).signIn("banyan", "tech@banyan.test", "not-it-" + attempt)));
      unknown.add(
          answer(from(forUnknown).signIn("banyan", "nobody@banyan.test", "not-it-" + attempt)));
    }
    assertEquals(
        List.of(FAILED, FAILED, FAILED, FAILED, THROTTLED, THROTTLED), real, "slowed after five");
    assertEquals(real, unknown, "an unknown account answers exactly like a real one");
  }

  @Test
  void unknownAndRealAccountsGetTheSameAnswersFromTheApi() throws Exception {
    List<String> real = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    String forReal = freshAddress();
    String forUnknown = freshAddress();
    for (int attempt = 1; attempt <= 6; attempt++) {
      real.add(apiAnswer(forReal, "banyan", "accounts@banyan.test", "not-it-" + attempt));
      unknown.add(apiAnswer(forUnknown, "banyan", "no-one@banyan.test", "not-it-" + attempt));
    }
    assertEquals(real, unknown, "an unknown account answers exactly like a real one");
    assertEquals(
        "401 The workspace, e-mail or password is not right. | Bearer realm=\"atrium\"",
        real.get(3),
        "a mistyped password is told so, not to send a bearer token");
    assertTrue(real.get(4).startsWith("429 ") && real.get(4).contains("Too many"), real.get(4));
    assertTrue(real.get(4).endsWith(" | retry after 30"), real.get(4));
    assertTrue(real.get(5).startsWith("429 "), real.get(5));
  }

  @Test
  void repeatedFailuresFromOneAddressSlowItDownEvenWithTheRightPassword() throws Exception {
    String guesser = freshAddress();
    for (int attempt = 1; attempt <= 5; attempt++) {
      from(guesser).signIn("lumiere", "sales@lumiere.test", "guess-" + attempt);
    }
    var right = from(guesser).signIn("lumiere", "sales@lumiere.test", WebSession.DEMO_PASSWORD);
    assertEquals(200, right.statusCode(), "the form again, not signed in");
    assertEquals(THROTTLED, answer(right));
    assertEquals(
        429,
        api(guesser, "lumiere", "sales@lumiere.test", WebSession.DEMO_PASSWORD).statusCode(),
        "the API waits too");
  }

  @Test
  void aStrangersFailuresDoNotKeepTheOwnerOut() throws Exception {
    String stranger = freshAddress();
    for (int attempt = 1; attempt <= 8; attempt++) {
      from(stranger).signIn("lumiere", "reception@lumiere.test", "guess-" + attempt);
    }
    assertEquals(
        THROTTLED,
        answer(from(stranger).signIn("lumiere", "reception@lumiere.test", "guess-9")),
        "the stranger is slowed down");
    String owner = freshAddress();
    var signedIn =
        from(owner).signIn("lumiere", "reception@lumiere.test", WebSession.DEMO_PASSWORD);
    assertEquals(302, signedIn.statusCode(), "the owner, elsewhere, signs in at once");
    assertEquals(
        200,
        api(owner, "lumiere", "reception@lumiere.test", WebSession.DEMO_PASSWORD).statusCode(),
        "and gets API tokens");
  }

  @Test
  void sprayingManyAccountsFromOneAddressSlowsThatAddressDown() throws Exception {
    String sprayer = freshAddress();
    int free = 50;
    for (int account = 1; account < free; account++) {
      var answer = api(sprayer, "banyan", "sprayed-" + account + "@banyan.test", "Summer-2026!");
      assertEquals(401, answer.statusCode(), "one try per account: not slowed yet");
    }
    assertEquals(
        429,
        api(sprayer, "banyan", "sprayed-" + free + "@banyan.test", "Summer-2026!").statusCode(),
        "the fiftieth failure from one address starts its delay");
    assertEquals(
        429,
        api(sprayer, "banyan", "manager@chailabs.test", WebSession.DEMO_PASSWORD).statusCode(),
        "any account from that address waits");
    assertEquals(
        200,
        api(freshAddress(), "banyan", "manager@chailabs.test", WebSession.DEMO_PASSWORD)
            .statusCode(),
        "other addresses do not");
  }

  @Test
  void aMadeUpForwardedForDoesNotRenameTheGuesser() throws Exception {
    // What the client writes comes before the entry the trusted proxy appends; only the latter
    // counts (SourceAddressTest has the rule, including untrusted connections).
    String guesser = freshAddress();
    for (int attempt = 1; attempt <= 5; attempt++) {
      from(guesser).signIn("banyan", "sales@banyan.test", "guess-" + attempt);
    }
    var disguised =
        new WebSession(base.toURI(), "X-Forwarded-For", freshAddress() + ", " + guesser)
            .signIn("banyan", "sales@banyan.test", WebSession.DEMO_PASSWORD);
    assertEquals(THROTTLED, answer(disguised), "a made-up first hop changes nothing");
  }

  private static String answer(HttpResponse<String> page) {
    if (page.body().contains(THROTTLED)) {
      return THROTTLED;
    }
    if (page.body().contains(FAILED)) {
      return FAILED;
    }
    return page.statusCode() + " " + page.body();
  }

  private HttpResponse<String> api(String address, String tenant, String email, String password)
      throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("email", email)
            .add("password", password)
            .build()
            .toString();
    return Http.send(
        HttpRequest.newBuilder(base.toURI().resolve("api/auth/token"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", address)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Status and problem detail: what a client can tell apart. */
  private String apiAnswer(String address, String tenant, String email, String password)
      throws Exception {
    var response = api(address, tenant, email, password);
    return response.statusCode()
        + " "
        + Api.json(response).getString("detail")
        + response.headers().firstValue("WWW-Authenticate").map(h -> " | " + h).orElse("")
        + response.headers().firstValue("Retry-After").map(s -> " | retry after " + s).orElse("");
  }
}
