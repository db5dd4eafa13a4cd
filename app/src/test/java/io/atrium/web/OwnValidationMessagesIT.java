package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.WebSession;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A form sent with a malformed e-mail and a missing password answers with our own words in the
 * reader's language, beside each field: not Bean Validation's "must be a well-formed email address"
 * nor Faces' "Validation Error: Value is required."
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OwnValidationMessagesIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void frenchFieldMessagesAreOurs() throws Exception {
    String page = badSignIn("fr");
    assertTrue(page.contains("Saisissez une adresse e-mail, ex. nom@exemple.fr."), page);
    assertTrue(page.contains("Mot de passe est obligatoire."), page);
    assertNoLibraryText(page);
  }

  @Test
  void englishFieldMessagesAreOurs() throws Exception {
    String page = badSignIn("en");
    assertTrue(page.contains("Enter an e-mail address, e.g. name@example.com."), page);
    assertTrue(page.contains("Password is required."), page);
    assertNoLibraryText(page);
  }

  private static void assertNoLibraryText(String page) {
    for (String library :
        new String[] {
          "Validation Error", "well-formed", "must not be", "ne doit pas", "bien formée"
        }) {
      assertFalse(page.contains(library), library + " in " + page);
    }
  }

  /** The sign-in form posted with a malformed e-mail and no password. */
  private String badSignIn(String language) throws Exception {
    WebSession visitor = new WebSession(base.toURI()).pickLanguage(language);
    String form =
        visitor
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                    .header("Accept-Language", language)
                    .GET())
            .body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login_SUBMIT", "1");
    fields.put("login:workspace", "lumiere");
    fields.put("login:email", "not-an-address");
    fields.put("login:password", "");
    fields.put("login:next", "");
    fields.put("login:signIn", "");
    fields.put("jakarta.faces.ViewState", WebSession.viewState(form));
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return visitor
        .send(
            HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                .header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)))
        .body();
  }
}
