package io.atrium.payments.api;

import io.atrium.payments.Payment;
import io.atrium.payments.PaymentAllocation;
import java.math.BigDecimal;
import java.util.List;

/**
 * A payment as the API shows it, with what it gave to each invoice and the credit it still holds.
 *
 * @param receivedOn the day on the centre's calendar
 * @param recordedAt the instant it was recorded, UTC
 */
public record PaymentView(
    long id,
    long centreId,
    Long companyId,
    Long memberId,
    String method,
    BigDecimal amount,
    String currency,
    String receivedOn,
    String reference,
    String gateway,
    boolean b2c,
    String recordedBy,
    String recordedAt,
    BigDecimal credit,
    List<Allocation> allocations) {

  /** One invoice's share. */
  public record Allocation(long invoiceId, BigDecimal amount, String allocatedAt) {}

  static PaymentView of(Payment p, List<PaymentAllocation> allocations, BigDecimal credit) {
    return new PaymentView(
        p.getId(),
        p.getCentre().getId(),
        p.getCompany() == null ? null : p.getCompany().getId(),
        p.getMember() == null ? null : p.getMember().getId(),
        p.getMethod().name(),
        p.getAmount(),
        p.getCurrency(),
        p.getReceivedOn().toString(),
        p.getReference(),
        p.getGateway(),
        p.isB2c(),
        p.getRecordedBy(),
        p.getRecordedAt().toString(),
        credit,
        allocations == null
            ? null
            : allocations.stream()
                .map(
                    a ->
                        new Allocation(
                            a.getInvoiceId(), a.getAmount(), a.getAllocatedAt().toString()))
                .toList());
  }
}
