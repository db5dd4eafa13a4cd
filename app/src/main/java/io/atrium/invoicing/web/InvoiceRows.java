package io.atrium.invoicing.web;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceSearch;
import io.atrium.invoicing.Invoices;
import io.atrium.invoicing.PaymentState;
import io.atrium.shared.web.TableRows;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The invoices table's rows, a page at a time, as its filters say. */
public class InvoiceRows extends TableRows<Invoices.Listed> {

  private static final long serialVersionUID = 1L;

  private final Invoices invoices;
  private Long centreId;
  private Invoice.Kind kind;
  private Invoice.Status status;
  private PaymentState payment;
  private LocalDate from;
  private LocalDate to;
  private String number;

  InvoiceRows(Invoices invoices) {
    this.invoices = invoices;
  }

  InvoiceSearch search() {
    return new InvoiceSearch(centreId, null, null, kind, status, payment, from, to, number);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) invoices.count(search());
  }

  @Override
  public List<Invoices.Listed> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return invoices.list(search(), first, pageSize);
  }

  @Override
  public String getRowKey(Invoices.Listed row) {
    return String.valueOf(row.invoice().getId());
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public Invoice.Kind getKind() {
    return kind;
  }

  public void setKind(Invoice.Kind kind) {
    this.kind = kind;
  }

  public Invoice.Status getStatus() {
    return status;
  }

  public void setStatus(Invoice.Status status) {
    this.status = status;
  }

  public PaymentState getPayment() {
    return payment;
  }

  public void setPayment(PaymentState payment) {
    this.payment = payment;
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

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number == null || number.length() <= 35 ? number : number.substring(0, 35);
  }
}
