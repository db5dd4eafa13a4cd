package io.atrium.reception;

import io.atrium.testing.Browser;
import java.net.URL;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two Chromium sessions for {@link KioskBrowserIT}: a staff member at the reception settings and
 * the tablet at the entrance. Only strings cross to the test class, which the server also loads
 * (without Selenium).
 */
final class KioskScreens implements AutoCloseable {

  private final URL base;
  private final WebDriver staff;
  private final WebDriver tablet;

  KioskScreens(URL base) {
    this.base = base;
    this.staff = Browser.open("en-GB,en");
    this.tablet = Browser.open("en-GB,en");
  }

  /** Staff create a kiosk in Reception → Settings; the pairing link they are shown. */
  String createKiosk(String workspace, String email, String password, String name) {
    Browser.signIn(staff, base, workspace, email, password);
    staff.get(base + "reception/settings.xhtml");
    staff.findElement(By.id("kiosks:name")).sendKeys(name);
    staff.findElement(By.id("kiosks:create")).click();
    return Browser.await(
        staff,
        b -> {
          List<WebElement> link = b.findElements(By.id("kiosks:pairingLink"));
          return link.isEmpty() ? null : link.get(0).getAttribute("href");
        });
  }

  /** The state the settings page's kiosk list shows for the kiosk. */
  String stateOf(String name) {
    return Browser.await(
        staff,
        b -> {
          WebElement row = row(b, name);
          return row == null ? null : row.findElement(By.cssSelector(".device-state")).getText();
        });
  }

  /** Staff revoke the kiosk, confirming; waits until its row says so. */
  String revoke(String name, String revokedState) {
    staff.get(base + "reception/settings.xhtml");
    Browser.await(staff, b -> row(b, name))
        .findElement(By.cssSelector("button[id$=':revoke']"))
        .click();
    Browser.await(staff, b -> b.findElement(By.id("confirmRevoke")).isDisplayed() ? true : null);
    staff.findElement(By.id("confirmRevoke")).click();
    return Browser.await(staff, b -> revokedState.equals(stateOf(name)) ? revokedState : null);
  }

  private static WebElement row(WebDriver browser, String name) {
    return browser.findElements(By.cssSelector("[id$='kiosks:devices'] tbody tr")).stream()
        .filter(r -> r.getText().contains(name))
        .findFirst()
        .orElse(null);
  }

  /** The tablet opens the pairing link and pairs: the heading of the screen it lands on. */
  String pair(String link) {
    tablet.get(link);
    tablet.findElement(By.id("pairing:pair")).click();
    Browser.await(
        tablet,
        b ->
            !b.getCurrentUrl().contains("code=")
                    || !b.findElements(By.cssSelector(".kiosk-error")).isEmpty()
                ? true
                : null);
    return heading();
  }

  String heading() {
    return Browser.await(
        tablet,
        b -> {
          List<WebElement> h1 = b.findElements(By.cssSelector("main h1"));
          return h1.isEmpty() || h1.get(0).getText().isBlank() ? null : h1.get(0).getText();
        });
  }

  String tabletTitle() {
    return tablet.getTitle();
  }

  /**
   * The check-in button's and the scan button's font size and corner radius, "22px 12px / 22px
   * 12px" when they look alike, as the kiosk's touch buttons should.
   */
  String buttonLooks() {
    return looks(tablet.findElement(By.id("checkin:submit")))
        + " / "
        + looks(tablet.findElement(By.id("scan")));
  }

  private static String looks(WebElement button) {
    return button.getCssValue("font-size") + " " + button.getCssValue("border-top-left-radius");
  }

  /** Links on the kiosk's screen (it should have none: nothing else is reachable from it). */
  int tabletLinks() {
    return tablet.findElements(By.cssSelector("a[href]")).size();
  }

  /** Elements of the staff shell on the tablet (menu, top bar, user menu). */
  int tabletShellParts() {
    return tablet
        .findElements(By.cssSelector(".topbar, .side-menu, .menu, nav, .user-menu"))
        .size();
  }

  /** The kiosk's cookie as "path httpOnly sameSite", or "" when the tablet has none. */
  String deviceCookie() {
    Cookie cookie = tablet.manage().getCookieNamed("atrium_kiosk");
    return cookie == null
        ? ""
        : cookie.getPath() + " " + cookie.isHttpOnly() + " " + cookie.getSameSite();
  }

  /** The tablet opens a page of the same server outside the kiosk: the title it ends on. */
  String tabletOpens(String path) {
    String kiosk = tablet.getCurrentUrl();
    String origin = kiosk.substring(0, kiosk.indexOf("/reception/kiosk/") + 1);
    tablet.get(origin + path);
    String title = tablet.getTitle();
    tablet.get(origin + "reception/kiosk/index.xhtml");
    heading();
    return title;
  }

  void switchTo(String language) {
    tablet.findElement(By.id("language:" + language)).click();
    Browser.await(
        tablet,
        b -> language.equals(b.findElement(By.tagName("html")).getAttribute("lang")) ? true : null);
  }

  /** The visitor types their code and presses Check in: the result's heading. */
  String checkIn(String code) {
    tablet.findElement(By.id("checkin:code")).sendKeys(code);
    tablet.findElement(By.id("checkin:submit")).click();
    return result();
  }

  /** The code is read from a picture of its QR code by the page's scanner, then submitted. */
  String scan(byte[] qrPng) {
    String dataUrl = "data:image/png;base64," + Base64.getEncoder().encodeToString(qrPng);
    Object read =
        ((JavascriptExecutor) tablet)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "var image = new Image();"
                    + "image.onload = function () {"
                    + "  AtriumKiosk.readImage(image).then(done, function (e) { done('error ' + e); });"
                    + "};"
                    + "image.src = arguments[0];",
                dataUrl);
    if (read == null || String.valueOf(read).startsWith("error")) {
      throw new AssertionError("the scanner read nothing: " + read);
    }
    return result();
  }

  private String result() {
    return Browser.await(
        tablet,
        b -> {
          List<WebElement> result = b.findElements(By.cssSelector("#result h1"));
          return result.isEmpty() ? null : result.get(0).getText();
        });
  }

  /**
   * Taps the result's "Done" button, as a visitor in a hurry does; the welcome screen's heading.
   */
  String done() {
    WebElement done = tablet.findElement(By.id("done"));
    done.click();
    // Sooner than the 8 s after which the result goes by itself, so a dead button is noticed.
    new WebDriverWait(tablet, Duration.ofSeconds(5), Browser.POLL)
        .until(ExpectedConditions.stalenessOf(done));
    return awaitWelcomeAgain();
  }

  /** Waits, without touching the tablet, until it is back on the welcome screen; its heading. */
  String awaitWelcomeAgain() {
    return Browser.await(
        tablet,
        b ->
            b.findElements(By.id("result")).isEmpty()
                    && !b.findElements(By.id("checkin:code")).isEmpty()
                ? b.findElement(By.cssSelector("main h1")).getText()
                : null);
  }

  /** Whether the tablet shows the pairing form (not, or no longer, a kiosk). */
  boolean notPaired() {
    return !tablet.findElements(By.id("pairing:pair")).isEmpty();
  }

  /** The visitor submits a code on a kiosk that may have been revoked meanwhile. */
  String submitAfterRevocation(String code) {
    tablet.findElement(By.id("checkin:code")).sendKeys(code);
    tablet.findElement(By.id("checkin:submit")).click();
    return Browser.await(
        tablet, b -> notPaired() ? b.findElement(By.cssSelector("main h1")).getText() : null);
  }

  void keepEvidence(String name) {
    Browser.keepEvidence(staff, name + "-staff");
    Browser.keepEvidence(tablet, name + "-tablet");
  }

  @Override
  public void close() {
    staff.quit();
    tablet.quit();
  }
}
