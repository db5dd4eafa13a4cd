package io.atrium.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is to be priced: in a centre, a catalogue item or a space (exactly one), for a commitment
 * length in months (0, 3, 6, 12, 24 or 36), a quantity of the item's unit, from a day (whose price
 * applies) to an optional last day, with a discount in percent, for an optional buyer company
 * (whose GSTIN's state decides IGST). Absent quantity is 1, absent commitment and discount are 0.
 */
public record PricingRequest(
    Long centreId,
    Long itemId,
    Long spaceId,
    Integer commitmentMonths,
    BigDecimal quantity,
    LocalDate from,
    LocalDate to,
    BigDecimal discountPercent,
    Long companyId)
    implements Serializable {

  /** An item in a centre, from a day, one unit, no commitment, no discount, no buyer. */
  public static PricingRequest item(long centreId, long itemId, LocalDate from) {
    return new PricingRequest(centreId, itemId, null, 0, BigDecimal.ONE, from, null, null, null);
  }

  /** A space in a centre, from a day, one unit, no commitment, no discount, no buyer. */
  public static PricingRequest space(long centreId, long spaceId, LocalDate from) {
    return new PricingRequest(centreId, null, spaceId, 0, BigDecimal.ONE, from, null, null, null);
  }

  public PricingRequest withCommitment(int months) {
    return new PricingRequest(
        centreId, itemId, spaceId, months, quantity, from, to, discountPercent, companyId);
  }

  public PricingRequest withQuantity(BigDecimal units) {
    return new PricingRequest(
        centreId, itemId, spaceId, commitmentMonths, units, from, to, discountPercent, companyId);
  }

  public PricingRequest withDiscount(BigDecimal percent) {
    return new PricingRequest(
        centreId, itemId, spaceId, commitmentMonths, quantity, from, to, percent, companyId);
  }

  public PricingRequest forCompany(Long company) {
    return new PricingRequest(
        centreId, itemId, spaceId, commitmentMonths, quantity, from, to, discountPercent, company);
  }
}
