package io.atrium.testing;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The browsers of a browser test, as a JUnit extension: {@code @RegisterExtension final Browsers
 * browsers = new Browsers();} then {@code browsers.open("fr-FR,fr")} in the test. After each test
 * every browser it opened is closed; when the test failed, each one's screenshot and page source
 * are kept first under target/browser-evidence, named after the test (and the browser's role, when
 * a test drives several), so a failure on CI can be seen. {@link Axe#check} checks the page a
 * browser shows for accessibility.
 */
public final class Browsers implements AfterEachCallback {

  private record Opened(String role, WebDriver browser) {}

  private final List<Opened> opened = new ArrayList<>();

  /** A new headless Chromium preferring this language (e.g. "fr-FR,fr"). */
  public WebDriver open(String acceptLanguage) {
    return open("", acceptLanguage);
  }

  /** A new browser for one of several people in the test: the role names its evidence. */
  public WebDriver open(String role, String acceptLanguage) {
    WebDriver browser = Browser.open(acceptLanguage);
    opened.add(new Opened(role, browser));
    return browser;
  }

  /** Closes a browser before the test ends (to start again with no session). */
  public void close(WebDriver browser) {
    opened.removeIf(o -> o.browser() == browser);
    browser.quit();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (context.getExecutionException().isPresent()) {
        String test =
            context.getRequiredTestClass().getSimpleName()
                + "-"
                + context.getRequiredTestMethod().getName();
        for (Opened o : opened) {
          Browser.keepEvidence(o.browser(), o.role().isEmpty() ? test : test + "-" + o.role());
        }
      }
    } finally {
      for (Opened o : opened) {
        try {
          o.browser().quit();
        } catch (RuntimeException e) {
          System.err.println("A browser did not quit: " + e);
        }
      }
      opened.clear();
    }
  }
}
