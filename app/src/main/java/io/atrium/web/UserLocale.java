package io.atrium.web;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import io.atrium.shared.web.SameAddress;
import io.atrium.signin.CallerProfile;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a page is shown in, and the formats of its dates and numbers. The language is the
 * first of: the one the user picked with the language switch (cookie), the signed-in user's profile
 * language, their tenant's default language, the browser's, English. So a French member of a French
 * operator reads French from an English browser, and one click on EN still wins.
 */
@Named
@RequestScoped
public class UserLocale {

  static final String COOKIE = "atrium_lang";

  @Inject Caller caller;

  @Inject CallerProfile profile;

  @Inject Shell shell;

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

  /**
   * The page's date and number formats ({@code #{fmt.date(day)}}): its language, and the English
   * variant of the signed-in user's tenant's country.
   */
  @Produces
  @Named("fmt")
  @RequestScoped
  Formats formats() {
    Tenant tenant = shell.getTenant();
    // Outside a page (a socket, a servlet) there is no page language: English.
    Locale language = FacesContext.getCurrentInstance() == null ? Locale.ENGLISH : getLocale();
    return Formats.of(language, tenant == null ? null : tenant.getCountry());
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

  private Locale resolve(ExternalContext context) {
    var request = (HttpServletRequest) context.getRequest();
    String picked =
        request.getCookies() == null
            ? null
            : Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    if (Texts.byCode(picked) != null) {
      // Chosen by hand: no need to look the user up.
      return Texts.byCode(picked);
    }
    Optional<AtriumPrincipal> principal = caller.principal();
    String own = principal.flatMap(profile::language).orElse(null);
    Tenant tenant = principal.isPresent() ? shell.getTenant() : null;
    List<Locale> browser = new ArrayList<>();
    context.getRequestLocales().forEachRemaining(browser::add);
    return first(own, tenant == null ? null : tenant.getDefaultLocale(), browser);
  }

  /** The first of the profile's language, the tenant's, the browser's that Atrium speaks. */
  static Locale first(String profile, String tenantDefault, List<Locale> browser) {
    for (String code : Arrays.asList(profile, tenantDefault)) {
      if (Texts.byCode(code) != null) {
        return Texts.byCode(code);
      }
    }
    return browser.stream()
        .map(wanted -> Texts.byCode(wanted.getLanguage()))
        .filter(l -> l != null)
        .findFirst()
        .orElse(Locale.ENGLISH);
  }
}
