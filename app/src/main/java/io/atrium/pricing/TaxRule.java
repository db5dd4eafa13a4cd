package io.atrium.pricing;

import io.atrium.tenancy.TaxScheme;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The tax that applies to a priced line: the centre's scheme, the item's rate and VAT category, and
 * for GST the place of supply and the two states it is decided by.
 *
 * @param vatCategory EN 16931 VAT category (S...) under VAT; ignored under GST
 * @param supplyAtProperty GST: the place of supply is the centre's property (IGST Act s.12(3))
 * @param centreState GST state code of the centre (two digits)
 * @param buyerState GST state code of the buyer (the first two digits of its GSTIN), or null when
 *     unknown
 */
public record TaxRule(
    TaxScheme scheme,
    BigDecimal rate,
    String vatCategory,
    boolean supplyAtProperty,
    String centreState,
    String buyerState)
    implements Serializable {

  /** GST within one state (CGST + SGST): property services, or a buyer of the centre's state. */
  public boolean intraState() {
    return supplyAtProperty || buyerState == null || buyerState.equals(centreState);
  }

  public static TaxRule vat(BigDecimal rate, String category) {
    return new TaxRule(TaxScheme.VAT, rate, category, true, null, null);
  }

  public static TaxRule gst(
      BigDecimal rate, boolean supplyAtProperty, String centreState, String buyerState) {
    return new TaxRule(TaxScheme.GST, rate, null, supplyAtProperty, centreState, buyerState);
  }
}
