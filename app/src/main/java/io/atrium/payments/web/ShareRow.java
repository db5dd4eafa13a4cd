package io.atrium.payments.web;

import io.atrium.payments.NewPayment;
import io.atrium.payments.OpenInvoices;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One open invoice of the payer in the form, with the amount typed for it (empty: none). */
public class ShareRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long invoiceId;
  private final String number;
  private final LocalDate dueDate;
  private final BigDecimal due;
  private final String currency;
  private BigDecimal amount;

  ShareRow(long invoiceId, String number, LocalDate dueDate, BigDecimal due, String currency) {
    this.invoiceId = invoiceId;
    this.number = number;
    this.dueDate = dueDate;
    this.due = due;
    this.currency = currency;
  }

  /** A row for each open invoice, each with no amount yet. */
  static List<ShareRow> of(List<OpenInvoices.Open> invoices) {
    List<ShareRow> rows = new ArrayList<>();
    for (OpenInvoices.Open o : invoices) {
      rows.add(
          new ShareRow(
              o.invoice().getId(),
              o.invoice().getNumber(),
              o.invoice().getDueDate(),
              o.due(),
              o.invoice().getCurrency()));
    }
    return rows;
  }

  /** The amounts typed, one share each; rows left empty or at zero give nothing. */
  static List<NewPayment.Share> given(List<ShareRow> rows) {
    List<NewPayment.Share> given = new ArrayList<>();
    for (ShareRow row : rows) {
      if (row.getAmount() != null && row.getAmount().signum() != 0) {
        given.add(new NewPayment.Share(row.getInvoiceId(), row.getAmount()));
      }
    }
    return given;
  }

  public long getInvoiceId() {
    return invoiceId;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public BigDecimal getDue() {
    return due;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
