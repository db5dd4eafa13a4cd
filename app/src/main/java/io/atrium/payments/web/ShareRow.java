package io.atrium.payments.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

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
