package io.atrium.contracts;

import io.atrium.audit.Changes;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit trail keeps of a contract's terms and lines, before and after a change. */
final class ContractSnapshot {

  private ContractSnapshot() {}

  static Map<String, Object> of(Contract c) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("client", Contracts.clientName(c));
    fields.put("startDate", c.getStartDate());
    fields.put("endDate", c.getEndDate());
    fields.put("commitmentMonths", c.getCommitmentMonths());
    fields.put("noticeMonths", c.getNoticeMonths());
    fields.put("billingTiming", c.getBillingTiming());
    fields.put("billingDay", c.getBillingDay());
    fields.put("depositAmount", c.getDepositAmount());
    fields.put("paymentMethod", c.getPaymentMethod());
    fields.put("monthlyNet", ContractAmounts.monthly(c));
    fields.put(
        "lines",
        c.getLines().stream()
            .map(l -> l.getDescription() + " × " + l.getQuantity() + " −" + l.getDiscountPercent())
            .toList()
            .toString());
    fields.put("approval", c.getApproval());
    return fields;
  }

  static Changes created(Contract after) {
    Changes changes = Changes.of().field("reference", null, after.getReference());
    of(after).forEach((name, value) -> changes.field(name, null, value));
    return changes;
  }
}
