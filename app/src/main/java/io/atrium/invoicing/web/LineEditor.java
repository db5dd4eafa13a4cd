package io.atrium.invoicing.web;

import io.atrium.invoicing.InvoiceLines;
import io.atrium.invoicing.LineInput;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The "Add a line" form of a draft: a catalogue item, quantity, price, discount, period. */
@Dependent
public class LineEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvoiceLines lines;

  private Long itemId;
  private String description;
  private BigDecimal quantity = BigDecimal.ONE;
  private BigDecimal unitPrice;
  private BigDecimal discountPercent;
  private LocalDate periodFrom;
  private LocalDate periodTo;

  void add(long invoiceId) {
    lines.add(
        invoiceId,
        new LineInput(
            itemId, description, quantity, unitPrice, discountPercent, periodFrom, periodTo));
  }

  void remove(long invoiceId, long lineId) {
    lines.remove(invoiceId, lineId);
  }

  void clear() {
    itemId = null;
    description = null;
    quantity = BigDecimal.ONE;
    unitPrice = null;
    discountPercent = null;
    periodFrom = null;
    periodTo = null;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public void setUnitPrice(BigDecimal unitPrice) {
    this.unitPrice = unitPrice;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public void setDiscountPercent(BigDecimal discountPercent) {
    this.discountPercent = discountPercent;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(LocalDate periodFrom) {
    this.periodFrom = periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(LocalDate periodTo) {
    this.periodTo = periodTo;
  }
}
