package io.atrium.contracts.api;

import io.atrium.contracts.Contract;
import io.atrium.contracts.ContractAmounts;
import io.atrium.contracts.ContractLine;
import io.atrium.contracts.Contracts;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contract as the API shows it, with its lines; amounts are strings in its currency. */
@Schema(name = "Contract")
public record ContractSummary(
    long id,
    String reference,
    String status,
    String approval,
    long centreId,
    String centreCode,
    Long companyId,
    Long memberId,
    String client,
    String startDate,
    String endDate,
    int commitmentMonths,
    int noticeMonths,
    String billingTiming,
    int billingDay,
    String depositAmount,
    String paymentMethod,
    String currency,
    @Schema(description = "the month net of tax, after discounts") String monthlyNet,
    String sentAt,
    String signedAt,
    String signatoryName,
    String signatureMethod,
    String noticeGivenOn,
    String endedOn,
    String cancelReason,
    String notes,
    List<Line> lines) {

  /** A line as priced when the draft was saved. */
  @Schema(name = "ContractLine")
  public record Line(
      long id,
      int position,
      String kind,
      long itemId,
      String itemCode,
      Long spaceId,
      String spaceName,
      String description,
      String quantity,
      @Schema(description = "per month, net of tax, before the discount") String unitPrice,
      String discountPercent,
      String monthlyNet) {

    static Line of(ContractLine l) {
      return new Line(
          l.getId(),
          l.getPosition(),
          l.getKind().name(),
          l.getItem().getId(),
          l.getItem().getCode(),
          l.getSpace() == null ? null : l.getSpace().getId(),
          l.getSpace() == null ? null : l.getSpace().getName(),
          l.getDescription(),
          l.getQuantity().toPlainString(),
          l.getUnitPrice().toPlainString(),
          l.getDiscountPercent().toPlainString(),
          ContractAmounts.monthly(l).toPlainString());
    }
  }

  static ContractSummary of(Contract c) {
    return new ContractSummary(
        c.getId(),
        c.getReference(),
        c.getStatus().name(),
        c.getApproval().name(),
        c.getCentre().getId(),
        c.getCentre().getCode(),
        c.getCompany() == null ? null : c.getCompany().getId(),
        c.getMember() == null ? null : c.getMember().getId(),
        Contracts.clientName(c),
        text(c.getStartDate()),
        text(c.getEndDate()),
        c.getCommitmentMonths(),
        c.getNoticeMonths(),
        c.getBillingTiming().name(),
        c.getBillingDay(),
        c.getDepositAmount().toPlainString(),
        c.getPaymentMethod().name(),
        c.getCurrency(),
        ContractAmounts.monthly(c).toPlainString(),
        text(c.getSentAt()),
        text(c.getSignedAt()),
        c.getSignatoryName(),
        c.getSignatureMethod() == null ? null : c.getSignatureMethod().name(),
        text(c.getNoticeGivenOn()),
        text(c.getEndedOn()),
        c.getCancelReason(),
        c.getNotes(),
        c.getLines().stream().map(Line::of).toList());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
