package io.atrium.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The calculator's form: what to price (a catalogue item or a space of the centre), for whom
 * (optional company), how long (commitment, period), how many, and the discount: one of the staff
 * discounts the author's roles may grant there, or a free percentage.
 */
public class PriceQuoteDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long centreId;
  private Long companyId;
  private Long itemId;
  private Long spaceId;
  private Integer commitmentMonths = 0;
  private BigDecimal quantity = BigDecimal.ONE;
  private LocalDate from;
  private LocalDate to;
  private Long staffDiscountId;
  private BigDecimal discountPercent;

  PricingRequest toRequest(BigDecimal discount) {
    return new PricingRequest(
        centreId, itemId, spaceId, commitmentMonths, quantity, from, to, discount, companyId);
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public Long getSpaceId() {
    return spaceId;
  }

  public void setSpaceId(Long spaceId) {
    this.spaceId = spaceId;
  }

  public Integer getCommitmentMonths() {
    return commitmentMonths;
  }

  public void setCommitmentMonths(Integer commitmentMonths) {
    this.commitmentMonths = commitmentMonths;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getStaffDiscountId() {
    return staffDiscountId;
  }

  public void setStaffDiscountId(Long staffDiscountId) {
    this.staffDiscountId = staffDiscountId;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public void setDiscountPercent(BigDecimal discountPercent) {
    this.discountPercent = discountPercent;
  }
}
