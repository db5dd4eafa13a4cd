package io.atrium.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The tenant's accounting system, as the push sees it: each call sends one thing and answers the id
 * the system gave it (null when the system keeps nothing), or throws {@link AccountingException}.
 * Implementations: {@link NoAccountingSystem} (the built-in "none") and {@link ZohoBooks}.
 */
public interface AccountingSystem {

  /** "none", "zoho": the name the page shows. */
  String name();

  String pushContact(Contact contact);

  String pushInvoice(Document invoice);

  String pushCreditNote(Document creditNote);

  String pushPayment(Receipt payment);

  /** A client company or on-demand member. */
  record Contact(
      long id,
      String name,
      String email,
      String gstin,
      String vatNumber,
      String line,
      String city,
      String postalCode,
      String country) {}

  /** An issued invoice or credit note; {@code customerId} is the contact's external id. */
  record Document(
      long id,
      boolean creditNote,
      String number,
      LocalDate date,
      LocalDate dueDate,
      String currency,
      String customerId,
      String corrects,
      List<Line> lines) {}

  record Line(
      String description,
      BigDecimal quantity,
      BigDecimal rate,
      BigDecimal discountPercent,
      BigDecimal taxPercent) {}

  /** A payment and the external ids of the invoices it paid, with the amounts. */
  record Receipt(
      long id,
      String customerId,
      LocalDate date,
      BigDecimal amount,
      String method,
      String reference,
      List<Applied> invoices) {}

  record Applied(String invoiceId, BigDecimal amount) {}
}
