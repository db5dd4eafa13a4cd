package io.atrium.invoicing.documents;

import static io.atrium.invoicing.documents.InvoiceHtml.escape;

import io.atrium.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The table of a document's lines: description with its period and proration note, quantity and
 * unit, unit price net, discount, net amount and rate; in India also the SAC and each line's CGST,
 * SGST and IGST.
 */
final class InvoiceHtmlLines {

  private final StringBuilder out;
  private final DocumentFacts facts;

  private InvoiceHtmlLines(StringBuilder out, DocumentFacts facts) {
    this.out = out;
    this.facts = facts;
  }

  static void append(StringBuilder out, DocumentFacts facts) {
    new InvoiceHtmlLines(out, facts).lines();
  }

  private void lines() {
    boolean gst = facts.gst();
    out.append("<table class=\"lines").append(gst ? " gst" : "").append("\"><thead><tr>");
    th("document.col.description", "desc");
    if (gst) {
      th("document.col.sac", "");
    }
    th("document.col.quantity", "n");
    th("document.col.unitPrice", "n");
    th("document.col.discount", "n");
    th(gst ? "document.col.taxableValue" : "document.col.net", "n");
    th(gst ? "document.col.gstRate" : "document.col.vatRate", "n");
    if (gst) {
      th("document.col.cgst", "n");
      th("document.col.sgst", "n");
      th("document.col.igst", "n");
    }
    out.append("</tr></thead><tbody>");
    for (InvoiceLine line : facts.lines()) {
      out.append("<tr><td>").append(escape(line.getDescription()));
      if (line.getPeriodFrom() != null) {
        out.append("<div class=\"sub\">")
            .append(escape(InvoiceHtml.period(facts, line.getPeriodFrom(), line.getPeriodTo())))
            .append("</div>");
      }
      if (line.getProrationNote() != null) {
        out.append("<div class=\"sub\">").append(escape(line.getProrationNote())).append("</div>");
      }
      out.append("</td>");
      if (gst) {
        td(line.getSacCode(), "");
      }
      td(facts.formats().number(line.getQuantity()) + " " + unit(line.getUnit()), "n");
      td(facts.money(line.getUnitPrice()), "n");
      BigDecimal discount = line.getDiscountPercent();
      td(discount.signum() == 0 ? "" : facts.formats().number(discount) + " %", "n");
      td(facts.money(line.getNetAmount()), "n");
      td(rate(line), "n");
      if (gst) {
        td(facts.money(zeroIfNull(line.getCgstAmount())), "n");
        td(facts.money(zeroIfNull(line.getSgstAmount())), "n");
        td(facts.money(zeroIfNull(line.getIgstAmount())), "n");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table>");
  }

  private String rate(InvoiceLine line) {
    String rate = facts.formats().number(line.getTaxRate()) + " %";
    return "O".equals(line.getVatCategory()) ? facts.text("document.outsideScope") : rate;
  }

  private String unit(String unit) {
    String key = "catalogue.unit." + (unit == null ? "unit" : unit.toLowerCase(Locale.ROOT));
    return facts.bundle().containsKey(key) ? facts.text(key) : escape(unit);
  }

  private static BigDecimal zeroIfNull(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }

  private void th(String key, String css) {
    out.append("<th class=\"").append(css).append("\">");
    out.append(escape(facts.text(key))).append("</th>");
  }

  private void td(String text, String css) {
    out.append("<td class=\"").append(css).append("\">").append(escape(text)).append("</td>");
  }
}
