package io.atrium.invoicing.documents;

import io.atrium.invoicing.Invoice;
import jakarta.json.JsonObject;
import java.util.Locale;

/**
 * The XHTML a document is drawn from: header with logo and title, the two parties, the lines
 * ({@link InvoiceHtmlLines}), then the totals and mentions ({@link InvoiceHtmlTotals}). Every label
 * comes from the bundles in the document's language; every value is escaped. It refers to nothing
 * outside itself (fonts are given to the renderer, the logo is inline), so rendering never reaches
 * the network.
 */
final class InvoiceHtml {

  private final DocumentFacts facts;
  private final StringBuilder out = new StringBuilder(16_000);

  private InvoiceHtml(DocumentFacts facts) {
    this.facts = facts;
  }

  static String of(DocumentFacts facts) {
    return new InvoiceHtml(facts).render();
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("\n", "<br/>");
  }

  private String render() {
    Invoice invoice = facts.invoice();
    String title = title();
    out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(facts.language().getLanguage())
        .append("\"><head><title>")
        .append(escape(title + " " + invoice.getNumber()))
        .append("</title><style>")
        .append(InvoiceStyle.css(facts.colour()))
        .append("</style></head><body>");
    header(title);
    parties();
    InvoiceHtmlLines.append(out, facts);
    InvoiceHtmlTotals.append(out, facts);
    out.append("</body></html>");
    return out.toString();
  }

  private String title() {
    String kind = facts.invoice().getKind().name().toLowerCase(Locale.ROOT);
    return facts.text((facts.gst() ? "document.title.gst." : "document.title.") + kind);
  }

  private void header(String title) {
    Invoice invoice = facts.invoice();
    out.append("<table class=\"head\"><tr><td class=\"brand\">");
    if (facts.logo() != null) {
      out.append("<img class=\"logo\" alt=\"\" src=\"").append(escape(facts.logo())).append("\"/>");
    } else {
      out.append("<div class=\"wordmark\">")
          .append(escape(facts.party(facts.seller(), "name")))
          .append("</div>");
    }
    out.append("</td><td class=\"title\"><h1>").append(escape(title)).append("</h1>");
    if (facts.correctedNumber() != null) {
      String key =
          invoice.getKind() == Invoice.Kind.CREDIT_NOTE ? "document.credits" : "document.replaces";
      out.append("<p class=\"ref\">")
          .append(
              escape(facts.text(key, facts.correctedNumber(), facts.date(facts.correctedDate()))))
          .append("</p>");
    }
    out.append("<table class=\"meta\">");
    meta("document.number", invoice.getNumber());
    meta("document.issueDate", facts.date(invoice.getIssueDate()));
    meta("document.dueDate", facts.date(invoice.getDueDate()));
    if (invoice.getServiceFrom() != null) {
      meta("document.servicePeriod", period(invoice.getServiceFrom(), invoice.getServiceTo()));
    }
    out.append("</table></td></tr></table>");
  }

  private void meta(String key, String value) {
    out.append("<tr><th>")
        .append(escape(facts.text(key)))
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>");
  }

  private String period(java.time.LocalDate from, java.time.LocalDate to) {
    return period(facts, from, to);
  }

  static String period(DocumentFacts facts, java.time.LocalDate from, java.time.LocalDate to) {
    return facts.text("document.periodRange", facts.date(from), facts.date(to));
  }

  private void parties() {
    out.append("<table class=\"parties\"><tr><td>");
    party("document.seller", facts.seller());
    out.append("</td><td>");
    party("document.buyer", facts.buyer());
    out.append("</td></tr></table>");
  }

  private void party(String heading, JsonObject party) {
    out.append("<h2>").append(escape(facts.text(heading))).append("</h2><p><b>");
    out.append(escape(facts.party(party, "name"))).append("</b><br/>");
    line(facts.party(party, "line"));
    String postal = facts.party(party, "postalCode");
    String city = facts.party(party, "city");
    if (postal != null || city != null) {
      line((postal == null ? "" : postal + " ") + (city == null ? "" : city));
    }
    line(facts.party(party, "country"));
    if (facts.gst()) {
      labelled("document.gstin", facts.party(party, "gstin"));
      String state = facts.party(party, "stateCode");
      labelled("document.state", state == null ? null : GstStates.name(state) + " (" + state + ")");
      labelled("document.pan", facts.party(party, "pan"));
    } else {
      labelled("document.siren", facts.party(party, "siren"));
      labelled("document.siret", facts.party(party, "siret"));
      labelled("document.vatNumber", facts.party(party, "vatNumber"));
    }
    labelled("document.email", facts.party(party, "email"));
    out.append("</p>");
  }

  private void line(String text) {
    if (text != null && !text.isBlank()) {
      out.append(escape(text)).append("<br/>");
    }
  }

  private void labelled(String key, String value) {
    if (value != null) {
      out.append(escape(facts.text(key))).append(" : ".substring(facts.french() ? 0 : 1));
      out.append(escape(value)).append("<br/>");
    }
  }
}
