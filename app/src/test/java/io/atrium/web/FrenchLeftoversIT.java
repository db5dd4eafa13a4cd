package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.WebSession;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page, read by French people of the French operator (lumiere's super admin for the back
 * office, a client company's administrator for the client space, someone signed out for the sign-in
 * pages): the text they can read, the page's title and the placeholders, tooltips and labels read
 * aloud included, holds no {@code ???key???} and none of the English words that were seen left over
 * in French screens (the library's defaults among them). The words are ones French never uses, so a
 * hit is always an untranslated text, not data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrenchLeftoversIT {

  /** English words and phrases seen on French screens; none of them is also a French word. */
  static final List<String> ENGLISH =
      List.of(
          "Solved",
          "Resolved",
          "Leads",
          "Staff",
          "Save",
          "Cancel",
          "Back",
          "Search",
          "No records found",
          "Validation Error",
          "Value is required",
          "Super Admin",
          "Community Manager",
          "Receptionist",
          "Technician",
          "Accountant",
          "Sign out",
          "Sign in",
          "Settings",
          "Delete",
          "Loading",
          "Choose",
          "Upload",
          "Previous",
          "Ascending",
          "Descending",
          "Rows per page",
          "SIGN_IN",
          "StaffMember",
          "Welcome to Atrium");

  private static final Pattern LEFTOVER =
      Pattern.compile(
          "(?<![\\p{L}_])("
              + String.join("|", ENGLISH.stream().map(Pattern::quote).toList())
              + ")(?![\\p{L}_])");

  private static final Pattern READ_ALOUD =
      Pattern.compile("\\s(?:placeholder|title|aria-label|alt)=\"([^\"]*)\"");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void everyPageReadInFrenchHasNoEnglishLeftover() throws Exception {
    Map<String, Long> ids = EveryPageRendersIT.demoRows(new Api(base.toURI()));
    WebSession staff =
        new WebSession(base.toURI()).pickLanguage("fr").signedIn("lumiere", "admin@lumiere.test");
    WebSession member =
        new WebSession(base.toURI()).pickLanguage("fr").signedIn("lumiere", "admin@kaolin.test");
    WebSession nobody = new WebSession(base.toURI()).pickLanguage("fr");

    Map<String, String> leftovers = new TreeMap<>();
    int read = 0;
    for (String page : EveryPageRendersIT.pages()) {
      if (page.startsWith("platform/")) {
        continue; // the platform's administrator belongs to no operator
      }
      WebSession who =
          page.startsWith("portal/")
              ? member
              : page.equals("login.xhtml") || page.startsWith("account/") ? nobody : staff;
      for (String url : EveryPageRendersIT.urls(page, ids)) {
        HttpResponse<String> response =
            who.send(
                HttpRequest.newBuilder(base.toURI().resolve(url))
                    .header("Accept-Language", "fr")
                    .GET());
        assertEquals(200, response.statusCode(), url);
        read++;
        String problem = leftoverIn(readable(response.body()));
        if (problem != null) {
          leftovers.put(url, problem);
        }
      }
    }
    assertTrue(read > 30, "pages read: " + read);
    assertEquals(Map.of(), leftovers, "English or missing text on French pages");
  }

  @Test
  void theCheckFindsALeftoverInText() {
    assertEquals(
        "\"Save\" in …Enregistrer ou Save…",
        leftoverIn(readable("<p>Enregistrer ou <span>Save</span></p>")));
    assertEquals(null, leftoverIn(readable("<p>Sauvegarder</p><script>Save()</script>")));
  }

  /** The first leftover with the words around it, or null. */
  static String leftoverIn(String text) {
    Matcher missing = Pattern.compile("\\?\\?\\?[^?]*\\?\\?\\?").matcher(text);
    if (missing.find()) {
      return "missing text " + missing.group();
    }
    Matcher english = LEFTOVER.matcher(text);
    StringJoiner found = new StringJoiner("; ");
    Set<String> seen = new HashSet<>();
    while (english.find()) {
      if (seen.add(english.group(1))) {
        int from = Math.max(0, english.start() - 40);
        int to = Math.min(text.length(), english.end() + 40);
        found.add("\"" + english.group(1) + "\" in …" + text.substring(from, to).strip() + "…");
      }
    }
    return seen.isEmpty() ? null : found.toString();
  }

  /**
   * What a person reads or hears of a page: text outside scripts and styles, and the attributes
   * shown as hints or read by screen readers.
   */
  static String readable(String html) {
    StringBuilder text = new StringBuilder();
    Matcher aloud = READ_ALOUD.matcher(html);
    while (aloud.find()) {
      text.append(aloud.group(1)).append(" \n ");
    }
    String body =
        html.replaceAll("(?is)<script\\b.*?</script>", " ")
            .replaceAll("(?is)<style\\b.*?</style>", " ")
            .replaceAll("(?s)<!--.*?-->", " ")
            .replaceAll("(?s)<[^>]*>", " ");
    text.append(body);
    return text.toString()
        .replace("&nbsp;", " ")
        .replace("&#160;", " ")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ");
  }
}
