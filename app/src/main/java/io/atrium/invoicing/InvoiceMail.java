package io.atrium.invoicing;

import io.atrium.directory.Member;
import io.atrium.notifications.Mail;
import io.atrium.notifications.MailAttachment;
import io.atrium.notifications.Notifications;
import io.atrium.shared.format.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sends an issued document to its buyer: queued in the outbox by the issuing transaction (so a mail
 * exists exactly when the document does), to the company's e-mail or else its main contact, or to
 * the member, in the document's language, with its PDF attached when the documents module draws
 * one. Drafts are never sent.
 */
@ApplicationScoped
public class InvoiceMail {

  @Inject Notifications notifications;

  @Inject Instance<InvoiceAttachments> attachments;

  void issued(@Observes InvoiceIssued event) {
    notifications.emailAll(
        event.documents().stream()
            .map(document -> mail(document.invoice()))
            .flatMap(Optional::stream)
            .toList());
  }

  /** Queues the document's mail; the address it goes to, or empty when the buyer has none. */
  public Optional<String> send(Invoice invoice) {
    Optional<Mail> mail = mail(invoice);
    mail.ifPresent(notifications::email);
    return mail.map(Mail::toEmail);
  }

  private Optional<Mail> mail(Invoice invoice) {
    String email;
    String name;
    if (invoice.getCompany() != null) {
      Member contact = invoice.getCompany().getMainContact();
      email = invoice.getCompany().getEmail();
      if (blank(email) && contact != null) {
        email = contact.getEmail();
      }
      name = contact != null ? contact.getFullName() : invoice.getCompany().getName();
    } else {
      email = invoice.getMember().getEmail();
      name = invoice.getMember().getFullName();
    }
    if (blank(email)) {
      return Optional.empty();
    }
    Locale language = Locale.forLanguageTag(invoice.getLanguage());
    Formats formats = Formats.of(language, invoice.getCentre().getCountry());
    return Optional.of(
        new Mail(
            email,
            name,
            invoice.getLanguage(),
            invoice.getKind() == Invoice.Kind.CREDIT_NOTE ? "creditNoteIssued" : "invoiceIssued",
            Map.of(
                "name", name,
                "number", invoice.getNumber(),
                "total", formats.amount(invoice.getGrossTotal()) + " " + invoice.getCurrency(),
                "date", formats.date(invoice.getIssueDate()),
                "due", formats.date(invoice.getDueDate()),
                "seller", invoice.getCentre().getName()),
            pdf(invoice)));
  }

  /**
   * The PDF when the documents module is deployed, none otherwise: made when the mail is first sent
   * ({@link InvoicePdfMaker}), not in the issuing transaction, so a billing run of thousands of
   * invoices queues their mails without rendering their PDFs.
   */
  private List<MailAttachment> pdf(Invoice invoice) {
    if (!attachments.isResolvable()) {
      return List.of();
    }
    String file = attachments.get().fileName(invoice).replaceAll("[^A-Za-z0-9._-]", "-");
    return List.of(
        MailAttachment.madeFrom(file, "application/pdf", InvoicePdfMaker.SOURCE + invoice.getId()));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
