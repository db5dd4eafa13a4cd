package io.atrium.payments.web;

import io.atrium.payments.OpenInvoices;
import io.atrium.payments.PaymentAllocation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an invoice's page shows of its payments ({@code WEB-INF/payments/invoice-payments.xhtml}):
 * the allocations received and what is still due. Asked once per request and invoice.
 */
@Named
@RequestScoped
public class InvoicePayments {

  @Inject OpenInvoices open;

  private final Map<Long, List<PaymentAllocation>> allocations = new HashMap<>();
  private final Map<Long, BigDecimal> due = new HashMap<>();

  public List<PaymentAllocation> allocationsOf(Long invoiceId) {
    return invoiceId == null
        ? List.of()
        : allocations.computeIfAbsent(invoiceId, open::allocationsOf);
  }

  public BigDecimal dueOf(Long invoiceId) {
    return invoiceId == null ? null : due.computeIfAbsent(invoiceId, open::dueOf);
  }
}
