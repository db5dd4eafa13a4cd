package io.atrium.payments;

import java.math.BigDecimal;

/**
 * What a company or member owes in one currency: the issued invoices' due (less credit notes and
 * allocations) and the credit of their payments not yet allocated. {@code net} is what is left to
 * collect once the credit is applied (negative: the operator owes the client).
 */
public record Balance(String currency, BigDecimal due, BigDecimal credit, long openInvoices)
    implements java.io.Serializable {

  public BigDecimal net() {
    return due.subtract(credit);
  }

  public BigDecimal getDue() {
    return due;
  }

  public BigDecimal getCredit() {
    return credit;
  }

  public BigDecimal getNet() {
    return net();
  }

  public String getCurrency() {
    return currency;
  }

  public long getOpenInvoices() {
    return openInvoices;
  }
}
