package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Axe;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Every page of {@link EveryPageRendersIT}'s list, opened in Chromium by the people who use it (the
 * back office by a super admin, the client space by a member, the platform pages by the platform
 * administrator, the sign-in and account pages signed out) in one of the two languages, pages
 * taking turns, checked by axe-core with each of its dialogs opened in turn: no critical or serious
 * WCAG 2.1 A/AA violation on any of them, and the page says which language it is in. All pages are
 * checked before failing, so one run lists every violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

  private static final String NOT_FOUND = "no-such-page.xhtml";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private final Map<String, WebDriver> signedIn = new HashMap<>();

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void noPageHasACriticalOrSeriousViolation(String language) throws Exception {
    Map<String, Long> ids = EveryPageRendersIT.demoRows(new Api(base.toURI()));
    Map<String, List<String>> failures = new TreeMap<>();
    int checked = 0;
    int opened = 0;
    for (String page : EveryPageRendersIT.pages()) {
      for (String url : EveryPageRendersIT.urls(page, ids)) {
        // Pages take turns: each is opened and checked by axe in one language, one in two in
        // English and the others in French (axe's rules judge structure, names and colours, which
        // a translation does not change; a name missing in one language shows as a raw key, and
        // a page's lang in both, which EveryPageRendersIT checks). The whole list in each language
        // took three minutes of CI.
        if (opened++ % 2 != (language.equals("en") ? 0 : 1)) {
          continue;
        }
        List<String> violations = violationsAt(browserFor(page, language), url, language);
        checked++;
        if (!violations.isEmpty()) {
          failures.put(url, violations);
        }
      }
    }
    // The error pages are templates, not in the list: the one people meet most is "not found".
    List<String> notFound = violationsAt(browserFor("", language), NOT_FOUND, language);
    if (!notFound.isEmpty()) {
      failures.put(NOT_FOUND, notFound);
    }
    assertTrue(checked > 20, "pages checked by axe: " + checked);
    assertEquals(
        Map.of(),
        failures,
        "critical or serious accessibility violations (axe-core, WCAG 2.1 A/AA) in "
            + language
            + ", by page");
  }

  /** Opens the page and answers its violations, its dialogs' and a wrong language. */
  private List<String> violationsAt(WebDriver browser, String url, String language) {
    browser.get(base + url);
    var script = (JavascriptExecutor) browser;
    Browser.await(
        browser,
        b -> "complete".equals(script.executeScript("return document.readyState")) ? true : null);
    List<String> violations = new ArrayList<>(Axe.violations(browser));
    Object lang = script.executeScript("return document.documentElement.lang;");
    if (!language.equals(lang)) {
      violations.add("html lang is \"" + lang + "\"");
    }
    violations.addAll(inDialogs(browser));
    return violations;
  }

  /**
   * The violations of each PrimeFaces dialog of the page (new company, invite, publish...), opened
   * one at a time and checked alone: axe-core skips what is hidden, so a closed dialog is never
   * checked otherwise.
   */
  @SuppressWarnings("unchecked")
  private static List<String> inDialogs(WebDriver browser) {
    var script = (JavascriptExecutor) browser;
    List<String> dialogs =
        (List<String>)
            script.executeScript(
                "return !window.PrimeFaces ? [] : Object.keys(PrimeFaces.widgets)"
                    + ".filter(k => PrimeFaces.widgets[k] instanceof PrimeFaces.widget.Dialog);");
    List<String> violations = new ArrayList<>();
    for (String dialog : dialogs) {
      script.executeScript("PrimeFaces.widgets[arguments[0]].show();", dialog);
      Browser.await(
          browser,
          b ->
              Boolean.TRUE.equals(
                      script.executeScript(
                          "const d = PrimeFaces.widgets[arguments[0]];"
                              + " return d.isVisible() && d.jq.css('opacity') === '1';",
                          dialog))
                  ? true
                  : null);
      var shown =
          (WebElement)
              script.executeScript("return PrimeFaces.widgets[arguments[0]].jq[0];", dialog);
      for (String violation : Axe.violations(browser, shown)) {
        violations.add("dialog " + dialog + ": " + violation);
      }
      script.executeScript("PrimeFaces.widgets[arguments[0]].hide();", dialog);
    }
    return violations;
  }

  /** The browser of the person who opens this page, signed in once, in the language asked. */
  private WebDriver browserFor(String page, String language) {
    String who =
        page.startsWith("portal/")
            ? "member"
            : page.startsWith("platform/")
                ? "platform"
                : page.equals("login.xhtml") || page.startsWith("account/") ? "nobody" : "staff";
    return signedIn.computeIfAbsent(
        who,
        role -> {
          WebDriver browser = browsers.open(role, language.equals("fr") ? "fr-FR,fr" : "en-GB,en");
          browser.get(base + "login.xhtml");
          // The picked language wins over the profile's and the tenant's, whatever the browser
          // says.
          browser.manage().addCookie(new Cookie("atrium_lang", language, "/"));
          switch (role) {
            case "member" -> Browser.signIn(browser, base, "lumiere", "admin@kaolin.test");
            case "platform" -> Browser.signIn(browser, base, "platform", "platform@atrium.test");
            case "staff" -> Browser.signIn(browser, base, "lumiere", "admin@lumiere.test");
            default -> {}
          }
          return browser;
        });
  }
}
