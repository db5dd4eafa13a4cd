package io.atrium.invoicing.documents;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The mentions the law requires on a document, in its language. France (CGI ann. II art. 242 nonies
 * A; Code de commerce L441-9, L441-10, D441-5; décret 2022-1299): due date, early-payment terms,
 * late penalty rate and the recovery indemnity (PMD, AAB, PMT in the Factur-X XML), the nature of
 * the operation, the VAT-on-debits option when taken. India (CGST Rule 46): place of supply and
 * reverse charge.
 */
final class DocumentMentions {

  private DocumentMentions() {}

  static List<String> of(DocumentFacts facts) {
    List<String> mentions = new ArrayList<>();
    Invoice invoice = facts.invoice();
    if (facts.gst()) {
      String state = placeOfSupply(facts);
      mentions.add(facts.text("document.placeOfSupply", GstStates.name(state), state));
      mentions.add(facts.text("document.reverseCharge"));
      return mentions;
    }
    mentions.add(facts.text("document.nature"));
    if (invoice.getKind() != Invoice.Kind.CREDIT_NOTE) {
      mentions.add(facts.text("document.payBy", facts.date(invoice.getDueDate())));
    }
    mentions.add(earlyPayment(facts));
    mentions.add(latePenalties(facts));
    if (!invoice.isB2c()) {
      // Owed by businesses only (L441-10): a private person is never charged it.
      mentions.add(recoveryIndemnity(facts));
    }
    if (facts.terms().vatOnDebits()) {
      mentions.add(facts.text("document.vatOnDebits"));
    }
    facts.lines().stream()
        .filter(l -> "O".equals(l.getVatCategory()))
        .map(l -> outsideScopeReason(facts, l))
        .distinct()
        .forEach(mentions::add);
    return mentions;
  }

  /**
   * Why a line of category O is outside the scope of VAT: a security deposit is no payment for a
   * supply; late penalties and the recovery indemnity are damages.
   */
  static String outsideScopeReason(DocumentFacts facts, InvoiceLine line) {
    return facts.text(
        line.getSource() == InvoiceLine.Source.LATE_FEE
            ? "document.outsideScopeReason.lateFee"
            : "document.outsideScopeReason");
  }

  /** AAB: the tenant's early-payment terms, or that there is no discount for paying early. */
  static String earlyPayment(DocumentFacts facts) {
    String own = facts.terms().earlyTerms(facts.language());
    return own != null ? own : facts.text("document.noEarlyDiscount");
  }

  /** PMD: the late penalty rate. */
  static String latePenalties(DocumentFacts facts) {
    return facts.text(
        "document.latePenalties", facts.formats().number(facts.terms().latePenaltyRate()));
  }

  /** PMT: the fixed indemnity for recovery costs. */
  static String recoveryIndemnity(DocumentFacts facts) {
    return facts.text("document.recoveryIndemnity", facts.money(facts.terms().recoveryIndemnity()));
  }

  /**
   * India: where the supply takes place. Services on the property are supplied at the centre; a
   * document with an IGST line was supplied where the buyer is.
   */
  static String placeOfSupply(DocumentFacts facts) {
    boolean interState =
        facts.lines().stream()
            .map(InvoiceLine::getIgstAmount)
            .anyMatch(igst -> igst != null && igst.signum() != 0);
    String buyerState = facts.party(facts.buyer(), "stateCode");
    return interState && buyerState != null ? buyerState : facts.party(facts.seller(), "stateCode");
  }
}
