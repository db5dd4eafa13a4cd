package io.atrium.tenancy.manifest;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;

/**
 * One building of the operator.
 *
 * @param code short unique code ({@code PAR1}), upper-case letters and digits
 * @param timeZone the tenant's unless the manifest says otherwise
 * @param currency the tenant's unless the manifest says otherwise
 * @param openingHours simplified OpenStreetMap syntax, checked by {@link OpeningHours#parse}
 */
public record CentreManifest(
    String code,
    String name,
    Address address,
    ZoneId timeZone,
    Currency currency,
    Tax tax,
    String openingHours) {

  public OpeningHours parsedOpeningHours() {
    return OpeningHours.parse(openingHours);
  }

  /**
   * The tax the centre invoices.
   *
   * @param rate percentage, 0 to 100, at most two decimals
   * @param gstin for GST: the tenant's registration in the centre's state; null for VAT
   * @param stateCode for GST: the two-digit Indian state code ({@code 29}); null for VAT
   */
  public record Tax(TaxScheme scheme, BigDecimal rate, String gstin, String stateCode) {}

  public enum TaxScheme {
    VAT,
    GST
  }
}
