package io.atrium.consumptions.api;

import io.atrium.consumptions.Consumption;
import java.math.BigDecimal;

/**
 * A consumption as the API shows it; amounts are net, in the centre's currency.
 *
 * @param invoiceId the invoice it is on, null while unbilled
 */
public record ConsumptionSummary(
    long id,
    long centreId,
    Long companyId,
    Long memberId,
    long itemId,
    String description,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal discountPercent,
    String currency,
    String consumedOn,
    Long contractId,
    Long invoiceId) {

  static ConsumptionSummary of(Consumption c) {
    return new ConsumptionSummary(
        c.getId(),
        c.getCentre().getId(),
        c.getCompany() == null ? null : c.getCompany().getId(),
        c.getMember() == null ? null : c.getMember().getId(),
        c.getItem().getId(),
        c.getDescription(),
        c.getQuantity(),
        c.getUnitPrice(),
        c.getDiscountPercent(),
        c.getCentre().getCurrency(),
        c.getConsumedOn().toString(),
        c.getContractId(),
        c.getInvoiceId());
  }
}
