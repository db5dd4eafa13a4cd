package io.atrium.web;

import io.atrium.shared.i18n.Texts;
import io.atrium.shared.web.SameAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * The language a page is shown in: the one the user picked (cookie), else the browser's, else
 * English.
 */
@Named
@RequestScoped
public class UserLocale {

  static final String COOKIE = "atrium_lang";

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = resolve(FacesContext.getCurrentInstance().getExternalContext());
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** Remembers the language for a year and shows the same page again in it. */
  public String switchTo(String code) {
    Locale picked = Texts.byCode(code);
    if (picked == null) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    var cookie = new Cookie(COOKIE, picked.getLanguage());
    cookie.setPath("/");
    cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(cookie);
    locale = picked;
    faces.getViewRoot().setLocale(picked);
    return SameAddress.outcome(faces);
  }

  private static Locale resolve(ExternalContext context) {
    var request = (HttpServletRequest) context.getRequest();
    if (request.getCookies() != null) {
      Locale picked =
          Arrays.stream(request.getCookies())
              .filter(c -> COOKIE.equals(c.getName()))
              .map(c -> Texts.byCode(c.getValue()))
              .filter(l -> l != null)
              .findFirst()
              .orElse(null);
      if (picked != null) {
        return picked;
      }
    }
    var languages = context.getRequestLocales();
    while (languages.hasNext()) {
      Locale wanted = languages.next();
      if (Texts.byCode(wanted.getLanguage()) != null) {
        return Texts.byCode(wanted.getLanguage());
      }
    }
    return Locale.ENGLISH;
  }
}
