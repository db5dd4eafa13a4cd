package io.atrium.invoicing;

import io.atrium.catalogue.CatalogueItem;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a module puts on an invoice: the source, the catalogue item (whose tax category, SAC, rate
 * and place of supply the line takes) or, without an item, the tax given here, and the amounts.
 */
public record LineDraft(
    InvoiceLine.Source source,
    CatalogueItem item,
    String description,
    BigDecimal quantity,
    String unit,
    BigDecimal unitPrice,
    BigDecimal discountPercent,
    LocalDate periodFrom,
    LocalDate periodTo,
    String prorationNote,
    Long contractLineId,
    Long consumptionId,
    Tax tax) {

  /** The tax of a line without a catalogue item. */
  public record Tax(String vatCategory, String sacCode, BigDecimal rate, boolean supplyAtProperty) {

    /** Outside the scope of tax: a security deposit is no payment for a supply. */
    public static final Tax NOT_SUBJECT_VAT = new Tax("O", null, BigDecimal.ZERO, true);

    public static final Tax NOT_SUBJECT_GST = new Tax(null, "997212", BigDecimal.ZERO, true);
  }

  /** A line of a catalogue item, undiscounted, with no period. */
  public static LineDraft of(
      InvoiceLine.Source source,
      CatalogueItem item,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice) {
    return new LineDraft(
        source,
        item,
        description,
        quantity,
        item.getUnit().name(),
        unitPrice,
        BigDecimal.ZERO,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public LineDraft withDiscount(BigDecimal percent) {
    return new LineDraft(
        source,
        item,
        description,
        quantity,
        unit,
        unitPrice,
        percent,
        periodFrom,
        periodTo,
        prorationNote,
        contractLineId,
        consumptionId,
        tax);
  }

  public LineDraft withPeriod(LocalDate from, LocalDate to, String note) {
    return new LineDraft(
        source,
        item,
        description,
        quantity,
        unit,
        unitPrice,
        discountPercent,
        from,
        to,
        note,
        contractLineId,
        consumptionId,
        tax);
  }

  public LineDraft fromContractLine(Long id) {
    return new LineDraft(
        source,
        item,
        description,
        quantity,
        unit,
        unitPrice,
        discountPercent,
        periodFrom,
        periodTo,
        prorationNote,
        id,
        consumptionId,
        tax);
  }

  public LineDraft fromConsumption(Long id) {
    return new LineDraft(
        source,
        item,
        description,
        quantity,
        unit,
        unitPrice,
        discountPercent,
        periodFrom,
        periodTo,
        prorationNote,
        contractLineId,
        id,
        tax);
  }
}
