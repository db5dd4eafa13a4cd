package io.atrium.reception.web.kiosk;

import io.atrium.reception.CheckInTokenException;
import io.atrium.reception.Kiosk;
import io.atrium.reception.KioskAccessException;
import io.atrium.reception.KioskDevices;
import io.atrium.reception.Visitor;
import io.atrium.signin.PublicAddress;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The visitor kiosk ({@code /reception/kiosk/}), outside the staff shell: a tablet paired once with
 * a code from Reception → Settings, then known by its device token cookie alone. Every request asks
 * the service again whether the token still opens a kiosk, so a revoked tablet shows "not paired"
 * at its next step. The language is the tenant's until a visitor picks theirs; the page goes back
 * to the welcome screen (and the default language) by itself after each visitor.
 */
@Named
@ViewScoped
public class KioskScreenBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the kiosk's pages receive it; a year, the longest browsers keep a cookie anyway. */
  static final String COOKIE = "atrium_kiosk";

  private static final Duration COOKIE_LIFE = Duration.ofDays(365);

  @Inject Kiosk kiosk;

  @Inject PublicAddress publicAddress;

  private KioskDevices.Screen screen;
  private String language;
  private String code;
  private String workspace;
  private String pairingCode;
  private boolean welcomed;
  private String resultKey;
  private String[] resultArguments = {};

  /**
   * Reads the device token as the bean is made, before any expression of the page asks about it:
   * the page's language and which screen to show must agree from the first one on.
   */
  @PostConstruct
  void open() {
    refresh();
    language = screen != null ? screen.language() : browserLanguage();
  }

  /** Asks again whether the cookie's token still opens a kiosk (revoked since?). */
  private void refresh() {
    screen = kiosk.screen(deviceToken()).orElse(null);
  }

  public void checkIn() {
    resultKey = null;
    try {
      Visitor visitor = kiosk.checkIn(deviceToken(), code);
      welcomed = true;
      resultKey = "kiosk.welcome";
      resultArguments = new String[] {visitor.getFullName(), visitor.getHostName()};
    } catch (KioskAccessException notPaired) {
      screen = null;
    } catch (CheckInTokenException refused) {
      welcomed = false;
      resultKey = refused.messageKey();
      resultArguments = new String[] {};
    }
    code = null;
  }

  public void pair() throws IOException {
    try {
      Kiosk.Paired paired = kiosk.pair(workspace, pairingCode);
      HttpServletRequest request = Faces.getRequest();
      Cookie cookie = new Cookie(COOKIE, paired.deviceToken());
      cookie.setPath(request.getContextPath() + "/reception/kiosk/");
      cookie.setMaxAge((int) COOKIE_LIFE.toSeconds());
      cookie.setHttpOnly(true);
      cookie.setSecure(request.isSecure() || publicAddress.base().startsWith("https://"));
      cookie.setAttribute("SameSite", "Strict");
      ((HttpServletResponse) Faces.getResponse()).addCookie(cookie);
      // A clean address: the code leaves the tablet's address bar and history.
      Faces.redirect("reception/kiosk/index.xhtml");
    } catch (KioskAccessException refused) {
      Messages.addError("pairing:pairingCode", refused.messageKey());
      Faces.validationFailed();
    }
  }

  public void switchTo(String wanted) {
    if ("en".equals(wanted) || "fr".equals(wanted)) {
      language = wanted;
    }
    refresh();
  }

  /** Before pairing, for the staff member at the tablet: their browser's language, else English. */
  private static String browserLanguage() {
    String wanted = Faces.getRequest().getLocale().getLanguage();
    return "fr".equals(wanted) ? "fr" : "en";
  }

  private static String deviceToken() {
    return Faces.getRequestCookie(COOKIE);
  }

  public boolean isPaired() {
    return screen != null;
  }

  public KioskDevices.Screen getScreen() {
    return screen;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(language == null ? "en" : language);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public boolean isWelcomed() {
    return welcomed;
  }

  public String getResultKey() {
    return resultKey;
  }

  public String[] getResultArguments() {
    return resultArguments.clone();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getWorkspace() {
    return workspace;
  }

  public void setWorkspace(String workspace) {
    this.workspace = workspace;
  }

  public String getPairingCode() {
    return pairingCode;
  }

  public void setPairingCode(String pairingCode) {
    this.pairingCode = pairingCode;
  }
}
