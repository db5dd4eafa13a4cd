package io.atrium.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * From a client test: a copy of a demo operator under a fresh slug, imported from its manifest
 * through the platform's tenants page as Atrium's administrator does. For tests that need the
 * demo's roles and people and change them: they change their copy, never the demo tenant other
 * classes read, and need no step that puts it back. ({@link TestTenants} is the in-server
 * counterpart.)
 */
public final class ImportedTenants {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ImportedTenants() {}

  /** A copy of the demo operator ({@code lumiere}, {@code banyan}); returns its slug. */
  public static String copyOf(URL base, String demo) throws IOException {
    return copyOf(base, demo, UnaryOperator.identity());
  }

  /**
   * A copy of the demo operator whose manifest text is first changed by {@code edit} (a staff
   * member added, say); returns its slug.
   */
  public static String copyOf(URL base, String demo, UnaryOperator<String> edit)
      throws IOException {
    String slug = demo + "-" + Long.toString(RANDOM.nextLong() & ((1L << 40) - 1), 36);
    String manifest = edit.apply(demoManifest(demo).replace("slug: " + demo, "slug: " + slug));
    Path file =
        Files.writeString(
            Files.createTempDirectory(slug).resolve("tenant.yaml"),
            manifest,
            StandardCharsets.UTF_8);
    WebDriver browser = Browser.open("en-GB,en");
    try {
      Browser.signIn(browser, base, "platform", "platform@atrium.test");
      browser.get(base + "platform/tenants.xhtml");
      browser.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(file.toString());
      browser.findElement(By.id("upload:import")).click();
      String done = outcome(browser);
      if (!done.contains("Tenant " + slug + " created")) {
        throw new AssertionError("The copy of " + demo + " was not imported: " + done);
      }
    } finally {
      browser.quit();
    }
    return slug;
  }

  /** The import hashes every person's password (PBKDF2): slow on a busy machine. */
  private static String outcome(WebDriver browser) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(120), Browser.POLL)
          .until(
              b ->
                  b.findElements(By.cssSelector(".ui-messages-info, .ui-messages-error")).stream()
                      .filter(WebElement::isDisplayed)
                      .map(WebElement::getText)
                      .filter(t -> !t.isBlank())
                      .findFirst()
                      .orElse(null));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "No import outcome; the page shows: " + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  private static String demoManifest(String demo) throws IOException {
    try (InputStream in =
        ImportedTenants.class.getResourceAsStream("/tenants/" + demo + "/tenant.yaml")) {
      if (in == null) {
        throw new IllegalStateException("No demo manifest for " + demo + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
