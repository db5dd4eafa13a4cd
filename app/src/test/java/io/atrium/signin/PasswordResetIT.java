package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.WebSession;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Forgot your password?": the e-mailed link, used once, sets the password and signs in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {

  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/account/reset\\.xhtml\\?workspace=(\\w+)&token=([\\w-]+)");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void smtp() {
    MailCatcher.start();
  }

  @AfterAll
  static void stopSmtp() {
    MailCatcher.stop();
  }

  @Test
  void theResetLinkSetsANewPasswordOnceAndSignsTheMemberIn() throws Exception {
    // An account no other test signs in with: its password changes here.
    String email = "manager@monsoon.test";
    var asker = new WebSession(base.toURI());
    var answer = askForReset(asker, "banyan", email);
    assertTrue(answer.contains("a link is on its way") || answer.contains("un lien est en route"));

    var mails = MailCatcher.await(email::equals, 1, Duration.ofSeconds(30));
    assertEquals(1, mails.size(), "one reset mail");
    assertTrue(mails.get(0).subject().contains("Banyan Works"), mails.get(0).subject());
    Matcher link = LINK.matcher(mails.get(0).body());
    assertTrue(link.find(), mails.get(0).body());
    // The request came to "localhost"; the link goes to PUBLIC_URL (127.0.0.1), whatever the Host.
    String publicUrl = "http://127.0.0.1:" + System.getProperty("it.http.port") + "/account/";
    assertNotEquals("127.0.0.1", base.getHost(), "the test asks another host than PUBLIC_URL's");
    assertTrue(link.group().startsWith(publicUrl), link.group());
    String page = "account/reset.xhtml?workspace=banyan&token=" + link.group(2);

    var person = new WebSession(base.toURI());
    var tooShort = choose(person, page, "short1", "short1");
    assertEquals(200, tooShort.statusCode());
    assertTrue(tooShort.body().contains("At least 12 characters"), "the rule is shown");

    String chosen = "Monsoon-renewed-2026";
    var done = choose(person, page, chosen, chosen);
    assertEquals(302, done.statusCode(), done.body());
    var home = person.get("");
    assertEquals(302, home.statusCode());
    assertTrue(
        location(home).endsWith("/portal/index.xhtml"), "the member lands in the client space");

    assertEquals(302, new WebSession(base.toURI()).signIn("banyan", email, chosen).statusCode());
    assertEquals(
        200,
        new WebSession(base.toURI()).signIn("banyan", email, WebSession.DEMO_PASSWORD).statusCode(),
        "the old password no longer works");
    var again = new WebSession(base.toURI()).get(page);
    assertTrue(again.body().contains("no longer valid"), "a link works once");
  }

  @Test
  void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
    String email = "nobody@nowhere.test";
    var answer = askForReset(new WebSession(base.toURI()), "lumiere", email);
    assertTrue(answer.contains("a link is on its way"), answer);
    // A mail would have been queued in the outbox by the request that just answered.
    var api = new Api(base.toURI());
    long lumiere =
        Api.json(api.get("api/me", api.token("lumiere", "admin@lumiere.test")))
            .getJsonNumber("tenantId")
            .longValue();
    assertEquals(
        0,
        TestDatabase.countFromClient(
            lumiere, "SELECT count(*) FROM outbox_mail WHERE to_email = ?", email));
    assertTrue(MailCatcher.receivedBy(email::equals).isEmpty());
  }

  private static String askForReset(WebSession visitor, String workspace, String email) {
    var form = visitor.get("account/forgot.xhtml?workspace=" + workspace);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("form_SUBMIT", "1");
    fields.put("form:workspace", workspace);
    fields.put("form:email", email);
    fields.put("form:send", "");
    fields.put("jakarta.faces.ViewState", WebSession.viewState(form.body()));
    return visitor.post("account/forgot.xhtml?workspace=" + workspace, fields).body();
  }

  private static java.net.http.HttpResponse<String> choose(
      WebSession person, String page, String password, String confirmation) {
    var form = person.get(page);
    Matcher token = Pattern.compile("token=([\\w-]+)").matcher(page);
    token.find();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("form_SUBMIT", "1");
    fields.put("form:workspace", "banyan");
    fields.put("form:token", token.group(1));
    fields.put("form:password", password);
    fields.put("form:confirmation", confirmation);
    fields.put("form:save", "");
    fields.put("jakarta.faces.ViewState", WebSession.viewState(form.body()));
    return person.post(page, fields);
  }

  private static String location(java.net.http.HttpResponse<String> response) {
    return URI.create(response.headers().firstValue("Location").orElse("/")).getPath();
  }
}
