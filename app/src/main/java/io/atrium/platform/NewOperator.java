package io.atrium.platform;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.TextValidator;
import io.atrium.tenancy.manifest.Address;
import io.atrium.tenancy.manifest.CentreManifest;
import io.atrium.tenancy.manifest.StaffManifest;
import io.atrium.tenancy.manifest.TenantManifest;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The platform's "new tenant" form: the least an operator needs to start (one centre charging VAT
 * and a Super Admin, who is e-mailed an activation link), with the six default roles. Legal
 * identifiers, branding and the rest are completed later; operators under GST (India) are created
 * from a manifest, which carries their GSTINs.
 */
public record NewOperator(
    String slug,
    String legalName,
    String country,
    String currency,
    String timeZone,
    String locale,
    String centreCode,
    String centreName,
    String centreCity,
    BigDecimal taxRate,
    String adminName,
    String adminEmail) {

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,30}");
  private static final Pattern CENTRE_CODE = Pattern.compile("[A-Z0-9]{2,8}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> GST_COUNTRIES = Set.of("IN");

  /**
   * The manifest this form declares.
   *
   * @throws InvalidFieldsException naming every wrong field
   */
  public TenantManifest manifest() {
    Map<String, String> errors = new LinkedHashMap<>();
    String cleanSlug = trim(slug);
    if (!SLUG.matcher(cleanSlug).matches() || cleanSlug.equals("platform")) {
      errors.put("slug", "platform.slug.invalid");
    }
    require(legalName, "legalName", 200, errors);
    String countryCode = trim(country).toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(countryCode)) {
      errors.put("country", "platform.country.invalid");
    } else if (GST_COUNTRIES.contains(countryCode)) {
      errors.put("country", "platform.country.gst");
    }
    Currency money = currency(trim(currency).toUpperCase(Locale.ROOT), errors);
    ZoneId zone = zone(trim(timeZone), errors);
    if (!List.of("en", "fr").contains(trim(locale))) {
      errors.put("locale", "platform.locale.invalid");
    }
    if (!CENTRE_CODE.matcher(trim(centreCode)).matches()) {
      errors.put("centreCode", "platform.centreCode.invalid");
    }
    require(centreName, "centreName", 120, errors);
    require(centreCity, "centreCity", 100, errors);
    if (taxRate == null
        || taxRate.signum() < 0
        || taxRate.compareTo(BigDecimal.valueOf(100)) > 0
        || taxRate.stripTrailingZeros().scale() > 2) {
      errors.put("taxRate", "platform.taxRate.invalid");
    }
    require(adminName, "adminName", 120, errors);
    String email = trim(adminEmail);
    if (!EMAIL.matcher(email).matches()
        || email.length() > 254
        || !TextValidator.clean(email, false)) {
      errors.put("adminEmail", "platform.adminEmail.invalid");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    var centre =
        new CentreManifest(
            trim(centreCode),
            trim(centreName),
            new Address(null, null, trim(centreCity), countryCode),
            zone,
            money,
            new CentreManifest.Tax(CentreManifest.TaxScheme.VAT, taxRate, null, null),
            null);
    var admin =
        new StaffManifest(
            trim(adminName),
            trim(adminEmail).toLowerCase(Locale.ROOT),
            null,
            trim(locale),
            List.of(DefaultRoles.SUPER_ADMIN),
            true,
            List.of(),
            null);
    return new TenantManifest(
        cleanSlug,
        trim(legalName),
        trim(locale),
        money,
        zone,
        countryCode,
        new TenantManifest.Legal(null, null, null, null, new TreeMap<>()),
        "",
        null,
        List.of(centre),
        DefaultRoles.all(),
        List.of(admin),
        List.of(),
        List.of());
  }

  private static Currency currency(String code, Map<String, String> errors) {
    try {
      if (code.length() == 3) {
        return Currency.getInstance(code);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    errors.put("currency", "platform.currency.invalid");
    return null;
  }

  /** Region ids only ("Europe/Paris"): an offset would ignore daylight saving time. */
  private static ZoneId zone(String id, Map<String, String> errors) {
    if (ZoneId.getAvailableZoneIds().contains(id) && id.contains("/")) {
      return ZoneId.of(id);
    }
    errors.put("timeZone", "platform.timeZone.invalid");
    return null;
  }

  /** Required, within its column's length, and free of control characters ({@code @Text}). */
  private static void require(String value, String field, int max, Map<String, String> errors) {
    if (trim(value).isEmpty()) {
      errors.put(field, "platform.field.required");
    } else if (trim(value).length() > max) {
      errors.put(field, "platform.field.tooLong");
    } else if (!TextValidator.clean(value, false)) {
      errors.put(field, "atrium.text.control");
    }
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }

  /** The time zones the form offers: regions only, sorted. */
  public static List<String> timeZones() {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
        .sorted()
        .toList();
  }

  /** The countries the form offers (ISO 3166 alpha-2), GST countries excepted. */
  public static List<String> countries() {
    return Arrays.stream(Locale.getISOCountries())
        .filter(code -> !GST_COUNTRIES.contains(code))
        .sorted()
        .toList();
  }
}
