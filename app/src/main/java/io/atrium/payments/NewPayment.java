package io.atrium.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment as staff (or a gateway) report it: who paid, how much, how, when, and which of the
 * payer's issued invoices it settles; what the shares leave over is the payer's credit.
 *
 * @param companyId the paying company, or null for a member paying on their own (B2C)
 * @param memberId the paying on-demand member, when no company
 * @param receivedOn the day on the centre's calendar
 * @param idempotencyKey the client's key: the same key finds the payment already recorded
 */
public record NewPayment(
    Long companyId,
    Long memberId,
    Payment.Method method,
    BigDecimal amount,
    LocalDate receivedOn,
    String reference,
    List<Share> shares,
    String idempotencyKey) {

  public NewPayment {
    shares = shares == null ? List.of() : List.copyOf(shares);
  }

  /** The part of a payment that goes to one invoice. */
  public record Share(Long invoiceId, BigDecimal amount) {}
}
