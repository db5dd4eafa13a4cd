package io.atrium.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * axe-core, the accessibility checker, run in a browser test's page: {@code Axe.check(browser)}
 * fails on any violation of the WCAG 2.1 A and AA rules whose impact is critical or serious, naming
 * the rule, its impact, the elements (CSS selectors) and the page. axe-core is not on Maven Central
 * as a webjar, so it comes from the npm registry (pinned), installed once per build under target/
 * with Node's npm, as the OpenAPI lint gets Redocly; {@code .ci/run} installs Node.js. {@code
 * -Daxe.disabledRules=color-contrast} leaves rules out (comma-separated ids); CI disables none.
 */
public final class Axe {

  /** Pinned, so a new release with new rules cannot break a build that did not change. */
  static final String VERSION = "4.10.3";

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * Runs axe and answers, as one line each, the critical and serious violations. The script's last
   * argument is WebDriver's callback; axe's promise is awaited in the page.
   */
  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      const rules = {};
      for (const id of arguments[1]) { rules[id] = { enabled: false }; }
      axe.run(arguments.length > 3 ? arguments[2] : document, {
          runOnly: { type: 'tag', values: arguments[0] },
          rules: rules,
          resultTypes: ['violations'] })
        .then(r => done(r.violations
          .filter(v => v.impact === 'critical' || v.impact === 'serious')
          .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
            + v.nodes.map(n => n.target.join(' ')).join(', '))))
        .catch(e => done(['axe failed: ' + e]));
      """;

  /**
   * True once nothing moves: a dialog's mask fading in leaves text half-covered, and axe then
   * measures a contrast no reader ever sees (jQuery effects and CSS animations alike; a spinner
   * that never stops is not waited for).
   */
  private static final String STILL =
      "return !(window.jQuery && jQuery(':animated').length)"
          + " && document.getAnimations().every(a => a.playState !== 'running'"
          + " || (a.effect && a.effect.getTiming().iterations === Infinity));";

  private static String source;

  private Axe() {}

  /** Fails when the page shown has a critical or serious WCAG 2.1 A/AA violation. */
  public static void check(WebDriver browser) {
    assertEquals(List.of(), violations(browser), "accessibility violations at " + page(browser));
  }

  /** The page's critical and serious violations: rule id (impact): help at selectors. */
  public static List<String> violations(WebDriver browser) {
    return violations(browser, null);
  }

  /** The critical and serious violations inside one element of the page (a dialog). */
  @SuppressWarnings("unchecked")
  public static List<String> violations(WebDriver browser, WebElement within) {
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    var script = (JavascriptExecutor) browser;
    Browser.await(browser, b -> Boolean.TRUE.equals(script.executeScript(STILL)) ? true : null);
    if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
      script.executeScript(source());
    }
    return (List<String>)
        (within == null
            ? script.executeAsyncScript(RUN, WCAG_21_AA, disabledRules())
            : script.executeAsyncScript(RUN, WCAG_21_AA, disabledRules(), within));
  }

  /** The address of the page shown, for messages. */
  public static String page(WebDriver browser) {
    return browser.getCurrentUrl();
  }

  static List<String> disabledRules() {
    return Arrays.stream(System.getProperty("axe.disabledRules", "").split(","))
        .map(String::strip)
        .filter(id -> !id.isEmpty())
        .toList();
  }

  private static synchronized String source() {
    if (source == null) {
      try {
        source = Files.readString(install(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return source;
  }

  /** axe.min.js, installed from the npm registry into target/ when not there yet. */
  private static Path install() throws IOException {
    Path folder = Path.of("target", "axe-core-" + VERSION).toAbsolutePath();
    Path script = folder.resolve("node_modules/axe-core/axe.min.js");
    if (Files.exists(script)) {
      return script;
    }
    String npm = executable("npm");
    if (npm == null) {
      String why = "npm (Node.js) is not installed: axe-core cannot be fetched";
      if (Boolean.getBoolean("browser.required")) {
        fail(why + ", and -Dbrowser.required=true (apt-get install nodejs npm)");
      }
      assumeTrue(false, why + ": accessibility checks skipped");
    }
    Files.createDirectories(folder);
    Path log = folder.resolve("npm.log");
    Process npmInstall =
        new ProcessBuilder(
                npm,
                "install",
                "--prefix",
                folder.toString(),
                "--no-save",
                "--no-package-lock",
                "--no-audit",
                "--no-fund",
                "axe-core@" + VERSION)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!npmInstall.waitFor(5, TimeUnit.MINUTES)) {
        npmInstall.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (!Files.exists(script)) {
      fail("npm did not install axe-core " + VERSION + ": " + Files.readString(log));
    }
    return script;
  }

  private static String executable(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File candidate = new File(dir, name);
      if (candidate.canExecute()) {
        return candidate.getAbsolutePath();
      }
    }
    return null;
  }
}
