package io.atrium.payments;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a request sent again with an Idempotency-Key asks for the payment that key recorded: the
 * same payer, method, amount, day, reference and shares. The payment's own row is the memory of the
 * first request, so no copy of the request is kept.
 */
final class PaymentReplay {

  private PaymentReplay() {}

  static boolean same(NewPayment order, Payment payment, List<PaymentAllocation> allocations) {
    Long company = payment.getCompany() == null ? null : payment.getCompany().getId();
    Long member = payment.getMember() == null ? null : payment.getMember().getId();
    String reference =
        order.reference() == null || order.reference().isBlank() ? null : order.reference().strip();
    return Objects.equals(order.companyId(), company)
        && (company != null || Objects.equals(order.memberId(), member))
        && order.method() == payment.getMethod()
        && order.amount() != null
        && order.amount().compareTo(payment.getAmount()) == 0
        && Objects.equals(order.receivedOn(), payment.getReceivedOn())
        && Objects.equals(reference, payment.getReference())
        && shares(order.shares()).equals(allocated(allocations));
  }

  private static Map<Long, BigDecimal> shares(List<NewPayment.Share> shares) {
    Map<Long, BigDecimal> map = new HashMap<>();
    shares.forEach(s -> map.merge(s.invoiceId(), s.amount().stripTrailingZeros(), BigDecimal::add));
    return map;
  }

  private static Map<Long, BigDecimal> allocated(List<PaymentAllocation> allocations) {
    Map<Long, BigDecimal> map = new HashMap<>();
    allocations.forEach(
        a -> map.merge(a.getInvoiceId(), a.getAmount().stripTrailingZeros(), BigDecimal::add));
    return map;
  }
}
