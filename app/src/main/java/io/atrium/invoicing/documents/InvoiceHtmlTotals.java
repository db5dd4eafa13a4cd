package io.atrium.invoicing.documents;

import static io.atrium.invoicing.documents.InvoiceHtml.escape;

import io.atrium.invoicing.TaxLines;
import java.math.BigDecimal;

/**
 * The lower half of a document: totals per rate, the grand total (in India also in words), the
 * mandatory mentions of the operator's country, the tenant's own mentions and the footprint.
 */
final class InvoiceHtmlTotals {

  private InvoiceHtmlTotals() {}

  static void append(StringBuilder out, DocumentFacts facts) {
    TaxLines.Totals totals = facts.totals();
    out.append("<table class=\"totals\">");
    row(
        out,
        facts.text(facts.gst() ? "document.total.taxable" : "document.total.net"),
        facts.money(totals.net()));
    for (TaxLines.TaxTotal rate : totals.byRate()) {
      String percent = facts.formats().number(rate.rate());
      String base = facts.money(rate.base());
      if (!facts.gst()) {
        row(
            out,
            "O".equals(rate.category())
                ? facts.text("document.total.outsideScope", base)
                : facts.text("document.total.vat", percent, base),
            facts.money(rate.amount()));
      } else if (rate.igst().signum() != 0) {
        row(out, facts.text("document.total.igst", percent, base), facts.money(rate.igst()));
      } else {
        String half = facts.formats().number(rate.rate().divide(BigDecimal.valueOf(2)));
        row(out, facts.text("document.total.cgst", half, base), facts.money(rate.cgst()));
        row(out, facts.text("document.total.sgst", half, base), facts.money(rate.sgst()));
      }
    }
    row(
        out,
        facts.text(facts.gst() ? "document.total.gst" : "document.total.tax"),
        facts.money(totals.tax()));
    out.append("<tr class=\"grand\"><td>")
        .append(escape(facts.text("document.total.gross")))
        .append("</td><td class=\"n\">")
        .append(escape(facts.money(totals.gross())))
        .append("</td></tr></table>");
    if (facts.gst()) {
      out.append("<p class=\"words\">")
          .append(escape(facts.text("document.inWords", AmountInWords.rupees(totals.gross()))))
          .append("</p>");
    }
    out.append("<div class=\"mentions\">");
    for (String mention : DocumentMentions.of(facts)) {
      out.append("<p>").append(escape(mention)).append("</p>");
    }
    String own = facts.party(facts.seller(), "mentions");
    if (own != null) {
      out.append("<p>").append(escape(own)).append("</p>");
    }
    out.append("</div><p class=\"footprint\">")
        .append(escape(facts.text("document.footprint", shortFootprint(facts))))
        .append("</p>");
  }

  private static String shortFootprint(DocumentFacts facts) {
    String footprint = facts.invoice().getFootprint();
    return footprint == null ? "" : footprint.substring(0, Math.min(16, footprint.length()));
  }

  private static void row(StringBuilder out, String label, String amount) {
    out.append("<tr><td>")
        .append(escape(label))
        .append("</td><td class=\"n\">")
        .append(escape(amount))
        .append("</td></tr>");
  }
}
