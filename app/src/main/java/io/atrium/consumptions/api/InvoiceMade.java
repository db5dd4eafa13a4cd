package io.atrium.consumptions.api;

import io.atrium.invoicing.Invoice;
import java.math.BigDecimal;

/** The invoice «Générer une facture» issued. */
public record InvoiceMade(
    long id, String number, String issueDate, BigDecimal grossTotal, String currency) {

  static InvoiceMade of(Invoice i) {
    return new InvoiceMade(
        i.getId(), i.getNumber(), i.getIssueDate().toString(), i.getGrossTotal(), i.getCurrency());
  }
}
