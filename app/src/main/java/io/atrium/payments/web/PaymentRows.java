package io.atrium.payments.web;

import io.atrium.payments.Payment;
import io.atrium.payments.PaymentList;
import io.atrium.payments.PaymentSearch;
import io.atrium.shared.web.TableRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The payments table's rows, a page at a time, with each row's remaining credit. */
public class PaymentRows extends TableRows<Payment> {

  private static final long serialVersionUID = 1L;

  private final PaymentList payments;
  private final Map<Long, BigDecimal> credits = new HashMap<>();
  private Long centreId;
  private Payment.Method method;
  private LocalDate from;
  private LocalDate to;

  PaymentRows(PaymentList payments) {
    this.payments = payments;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) payments.count(search());
  }

  @Override
  public List<Payment> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    List<Payment> page = payments.list(search(), first, pageSize);
    credits.clear();
    credits.putAll(payments.credits(page));
    return page;
  }

  @Override
  public String getRowKey(Payment payment) {
    return String.valueOf(payment.getId());
  }

  public BigDecimal creditOf(Payment payment) {
    return credits.getOrDefault(payment.getId(), BigDecimal.ZERO);
  }

  private PaymentSearch search() {
    return new PaymentSearch(centreId, null, null, method, from, to);
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public Payment.Method getMethod() {
    return method;
  }

  public void setMethod(Payment.Method method) {
    this.method = method;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
