package io.atrium.payments;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.TextValidator;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks a payment's fields get before anything is looked up; field name to bundle key. */
final class PaymentRules {

  /** numeric(14, 2): twelve digits before the point. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

  private PaymentRules() {}

  static void check(NewPayment order) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (order.method() == null || order.method() == Payment.Method.CREDIT) {
      errors.put("method", "payment.field.method");
    }
    if (!amount(order.amount())) {
      errors.put("amount", "payment.field.amount");
    }
    if (order.receivedOn() == null) {
      errors.put("receivedOn", "payment.field.received-on");
    }
    if (!text(order.reference(), 100)) {
      errors.put("reference", "payment.field.reference");
    }
    if (!text(order.idempotencyKey(), 100)) {
      errors.put("idempotencyKey", "payment.field.idempotency-key");
    }
    if ((order.companyId() == null) == (order.memberId() == null)) {
      errors.put("payer", "payment.field.payer");
    }
    shares(order.shares(), order.amount(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  /** Shares of a payment, or of a credit being applied: each positive, each invoice once. */
  static void shares(List<NewPayment.Share> shares, BigDecimal total, Map<String, String> errors) {
    Set<Long> seen = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (NewPayment.Share share : shares) {
      if (share == null || share.invoiceId() == null || !seen.add(share.invoiceId())) {
        errors.put("allocations", "payment.field.allocations");
        return;
      }
      if (!amount(share.amount())) {
        errors.put("allocations", "payment.field.allocation-amount");
        return;
      }
      sum = sum.add(share.amount());
    }
    if (total != null && sum.compareTo(total) > 0) {
      errors.put("allocations", "payment.field.allocations-over-amount");
    }
  }

  static boolean amount(BigDecimal amount) {
    return amount != null
        && amount.signum() > 0
        && amount.stripTrailingZeros().scale() <= 2
        && amount.compareTo(MAX_AMOUNT) <= 0;
  }

  private static boolean text(String value, int max) {
    return value == null || (value.length() <= max && TextValidator.clean(value, false));
  }
}
