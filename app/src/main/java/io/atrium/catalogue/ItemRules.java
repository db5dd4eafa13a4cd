package io.atrium.catalogue;

import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.TextValidator;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import io.atrium.tenancy.TaxScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an item's form whole before anything is written and reports every wrong field at once
 * (field name to bundle key, the names of the form and of the API). A centre id the caller cannot
 * see, another tenant's included, is "not found" rather than a field error, as for any id.
 */
@ApplicationScoped
class ItemRules {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,19}");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9.-]{1,20}");

  /** The most hours of credits a unit grants a month. */
  static final java.math.BigDecimal MOST_CREDIT_HOURS = java.math.BigDecimal.valueOf(1000);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Centres centres;

  /**
   * @param existing the item being edited, or null for a new one
   * @return the centres the caller chose, each one the caller may see
   * @throws InvalidFieldsException listing every field that is wrong
   * @throws NotFoundException for a centre id the caller may not see
   */
  Set<Centre> check(ItemDetails details, CatalogueItem existing) {
    Set<Centre> chosen = centres(details.getCentreIds());
    Map<String, String> errors = new LinkedHashMap<>();
    String code =
        details.getCode() == null ? null : details.getCode().strip().toUpperCase(Locale.ROOT);
    details.setCode(code);
    if (code == null || code.isEmpty()) {
      errors.put("code", "catalogue.required");
    } else if (!CODE.matcher(code).matches()) {
      errors.put("code", "catalogue.code.invalid");
    } else if (taken(code, existing)) {
      errors.put("code", "catalogue.code.taken");
    }
    if (details.getKind() == null) {
      errors.put("kind", "catalogue.required");
    } else if (details.getKind() == CatalogueItem.Kind.MAIN && details.getServiceType() == null) {
      errors.put("serviceType", "catalogue.serviceType.required");
    } else if (details.getKind() != CatalogueItem.Kind.MAIN && details.getServiceType() != null) {
      errors.put("serviceType", "catalogue.serviceType.mainOnly");
    }
    text(errors, "nameEn", details.getNameEn(), 120, true);
    text(errors, "nameFr", details.getNameFr(), 120, true);
    text(errors, "descriptionEn", details.getDescriptionEn(), 2000, false);
    text(errors, "descriptionFr", details.getDescriptionFr(), 2000, false);
    if (details.getUnit() == null) {
      errors.put("unit", "catalogue.required");
    }
    String account = details.getRevenueAccount();
    if (account != null && !account.isBlank() && !ACCOUNT.matcher(account.strip()).matches()) {
      errors.put("revenueAccount", "catalogue.revenueAccount.invalid");
    }
    java.math.BigDecimal hours = details.getCreditHours();
    if (hours != null
        && (hours.signum() <= 0
            || hours.compareTo(MOST_CREDIT_HOURS) > 0
            || hours.stripTrailingZeros().scale() > 2)) {
      errors.put("creditHours", "catalogue.creditHours.range");
    } else if (hours != null && details.getUnit() != CatalogueItem.Unit.MONTH) {
      errors.put("creditHours", "catalogue.creditHours.monthly");
    }
    Set<TaxScheme> schemes = schemes(chosen, existing);
    if (schemes.size() > 1) {
      errors.put("centreIds", "catalogue.centres.mixedTax");
    } else {
      TaxCategory.check(details, schemes.stream().findFirst().orElse(TaxScheme.VAT), errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return chosen;
  }

  private Set<Centre> centres(Set<Long> ids) {
    Set<Centre> chosen = new LinkedHashSet<>();
    for (Long id : ids == null ? Set.<Long>of() : ids) {
      Centre centre = id == null ? null : em.find(Centre.class, id);
      if (centre == null || !caller.centres().allows(centre.getId())) {
        throw new NotFoundException();
      }
      chosen.add(centre);
    }
    return chosen;
  }

  /**
   * The schemes of the centres that will offer the item (those chosen, and those the caller cannot
   * see that offer it already); with none yet, the tenant's.
   */
  private Set<TaxScheme> schemes(Set<Centre> chosen, CatalogueItem existing) {
    Set<TaxScheme> schemes = new LinkedHashSet<>();
    chosen.forEach(c -> schemes.add(c.getTaxScheme()));
    if (existing != null) {
      existing.getCentres().stream()
          .filter(c -> !caller.centres().allows(c.getId()))
          .forEach(c -> schemes.add(c.getTaxScheme()));
    }
    if (schemes.isEmpty()) {
      centres.all().forEach(c -> schemes.add(c.getTaxScheme()));
    }
    return schemes;
  }

  private boolean taken(String code, CatalogueItem existing) {
    return em.createQuery(
                "select count(i) from CatalogueItem i where i.code = :code and i.id <> :id",
                Long.class)
            .setParameter("code", code)
            .setParameter("id", existing == null ? -1L : existing.getId())
            .getSingleResult()
        > 0;
  }

  private static void text(
      Map<String, String> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.put(field, "catalogue.required");
      }
    } else if (value.strip().codePointCount(0, value.strip().length()) > max) {
      errors.put(field, "catalogue.tooLong");
    } else if (!TextValidator.clean(value, field.startsWith("description"))) {
      errors.put(field, "atrium.text.control");
    }
  }
}
