package io.atrium.tenancy.manifest;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The formats shared by several sections: languages, money, places, people's contacts. */
final class Values {

  /** The only password a manifest may carry: manifests are in Git, so only demo accounts. */
  static final String DEMO_PASSWORD = "Atrium-demo-2026";

  static final Pattern CENTRE_CODE = Pattern.compile("[A-Z0-9]{2,8}");
  private static final Pattern LANGUAGE = Pattern.compile("en|fr");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9 ]{6,18}[0-9]");
  private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private Values() {}

  static String language(ManifestNode node, String fallback) {
    return node.textOr(LANGUAGE, "must be en or fr", fallback);
  }

  static Currency currency(ManifestNode node, Currency fallback) {
    if (!node.isPresent() && fallback != null) {
      return fallback;
    }
    String code = node.text(CURRENCY, "must be an ISO 4217 code such as EUR or INR");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw node.problem("\"" + code + "\" is not an ISO 4217 currency code");
    }
  }

  /** Region ids only: an offset such as +05:30 would ignore summer time. */
  static ZoneId timeZone(ManifestNode node, ZoneId fallback) {
    if (!node.isPresent() && fallback != null) {
      return fallback;
    }
    String id = node.text();
    if (!ZoneId.getAvailableZoneIds().contains(id)) {
      throw node.problem("\"" + id + "\" is not a time zone such as Europe/Paris");
    }
    return ZoneId.of(id);
  }

  static String country(ManifestNode node) {
    String code = node.text(COUNTRY, "must be an ISO 3166 alpha-2 code such as FR or IN");
    if (!COUNTRIES.contains(code)) {
      throw node.problem("\"" + code + "\" is not an ISO 3166 country code");
    }
    return code;
  }

  /** Lower-cased: addresses are compared without case, and stored the way they are compared. */
  static String email(ManifestNode node) {
    return node.text(EMAIL, "must be an e-mail address").toLowerCase(Locale.ROOT);
  }

  static String emailOrNull(ManifestNode node) {
    return node.isPresent() ? email(node) : null;
  }

  static String phone(ManifestNode node) {
    return node.textOr(PHONE, "must be in international format, such as +33 1 99 00 12 34", null);
  }

  static String colour(ManifestNode node) {
    return node.textOr(COLOUR, "must be a colour written #RRGGBB", null);
  }

  static String url(ManifestNode node) {
    if (!node.isPresent()) {
      return null;
    }
    String text = node.text();
    try {
      URI uri = new URI(text);
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // reported below, like any other text that is not a web address
    }
    throw node.problem("must be an absolute http(s) URL");
  }

  /** 0 to 100 with at most two decimals, for tax rates and discounts. */
  static BigDecimal percent(ManifestNode node, BigDecimal fallback) {
    if (!node.isPresent() && fallback != null) {
      return fallback;
    }
    BigDecimal value = node.decimal();
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw node.problem("must be between 0 and 100");
    }
    if (value.scale() > 2) {
      throw node.problem("must have at most 2 decimals");
    }
    return value;
  }

  /** The shared demo password or nothing. */
  static String password(ManifestNode node) {
    if (!node.isPresent()) {
      return null;
    }
    if (!DEMO_PASSWORD.equals(node.text())) {
      throw node.problem(
          "only the shared demo password may appear in a manifest; leave it out otherwise");
    }
    return DEMO_PASSWORD;
  }

  static Address address(ManifestNode node) {
    ManifestMap map = node.map("line", "postalCode", "city", "country");
    return new Address(
        map.get("line").text(),
        map.get("postalCode").text(),
        map.get("city").text(),
        country(map.get("country")));
  }
}
