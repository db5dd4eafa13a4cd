package io.atrium.catalogue;

import io.atrium.tenancy.TaxScheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tax category rules of an item, strictly by the scheme of the centres selling it. VAT: an EN
 * 16931 category with a French rate that fits it (S: 20, 10, 5.5 or 2.1 %; the exempt, zero-rated
 * and reverse-charge categories E, AE, K, G, O and Z: 0 %). GST: a six-digit SAC code of services
 * (chapter 99) and one of the GST slabs 0, 5, 12, 18 or 28 %. The fields of the other scheme must
 * stay empty, so an item never carries a category its centres cannot charge.
 */
final class TaxCategory {

  static final List<String> VAT_CATEGORIES = List.of("S", "Z", "E", "AE", "K", "G", "O");
  static final List<BigDecimal> STANDARD_RATES = rates("20", "10", "5.5", "2.1");
  static final List<BigDecimal> GST_RATES = rates("0", "5", "12", "18", "28");
  private static final Pattern SAC = Pattern.compile("99[0-9]{4}");

  private TaxCategory() {}

  /** Adds the tax fields' errors for that scheme to {@code errors}. */
  static void check(ItemDetails details, TaxScheme scheme, Map<String, String> errors) {
    BigDecimal rate = details.getTaxRate();
    if (rate == null) {
      errors.put("taxRate", "catalogue.required");
    } else if (rate.signum() < 0 || rate.scale() > 2) {
      errors.put("taxRate", "catalogue.taxRate.invalid");
    }
    if (scheme == TaxScheme.GST) {
      if (blank(details.getSacCode())) {
        errors.put("sacCode", "catalogue.required");
      } else if (!SAC.matcher(details.getSacCode().strip()).matches()) {
        errors.put("sacCode", "catalogue.sacCode.invalid");
      }
      if (!blank(details.getVatCategory())) {
        errors.put("vatCategory", "catalogue.vatCategory.notGst");
      }
      if (rate != null && !errors.containsKey("taxRate") && !in(rate, GST_RATES)) {
        errors.put("taxRate", "catalogue.taxRate.gst");
      }
      return;
    }
    if (!blank(details.getSacCode())) {
      errors.put("sacCode", "catalogue.sacCode.notVat");
    }
    String category = blank(details.getVatCategory()) ? null : details.getVatCategory().strip();
    if (category == null) {
      errors.put("vatCategory", "catalogue.required");
    } else if (!VAT_CATEGORIES.contains(category)) {
      errors.put("vatCategory", "catalogue.vatCategory.invalid");
    } else if (rate != null && !errors.containsKey("taxRate")) {
      boolean fits = "S".equals(category) ? in(rate, STANDARD_RATES) : rate.signum() == 0;
      if (!fits) {
        errors.put(
            "taxRate",
            "S".equals(category) ? "catalogue.taxRate.standard" : "catalogue.taxRate.zero");
      }
    }
  }

  /** Whether the rate is one of these, whatever its scale (5.50 is 5.5). */
  static boolean in(BigDecimal rate, List<BigDecimal> rates) {
    return rates.stream().anyMatch(r -> r.compareTo(rate) == 0);
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static List<BigDecimal> rates(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }
}
