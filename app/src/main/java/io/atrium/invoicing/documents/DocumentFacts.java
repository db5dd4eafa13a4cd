package io.atrium.invoicing.documents;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.TaxLines;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import io.atrium.tenancy.TaxScheme;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Everything a printed or electronic document shows, read once from the issued invoice and its
 * tenant: the parties as copied at issue, the language (a French operator's documents in the
 * buyer's language, an Indian operator's in English with en-IN grouping), the branding, the payment
 * terms and the document this one corrects.
 *
 * @param logo a data: URI of the tenant's logo, or null (a tenant's URL is never fetched)
 */
public record DocumentFacts(
    Invoice invoice,
    JsonObject seller,
    JsonObject buyer,
    Locale language,
    Formats formats,
    String logo,
    String colour,
    BillingTerms terms,
    String correctedNumber,
    LocalDate correctedDate) {

  public boolean gst() {
    return invoice.getCentre().getTaxScheme() == TaxScheme.GST;
  }

  public boolean french() {
    return "fr".equals(language.getLanguage());
  }

  public List<InvoiceLine> lines() {
    return invoice.getLines();
  }

  public TaxLines.Totals totals() {
    return TaxLines.totals(lines(), invoice.getCentre().getTaxScheme());
  }

  public String text(String key, Object... args) {
    String pattern = Texts.bundle(language).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
  }

  public ResourceBundle bundle() {
    return Texts.bundle(language);
  }

  /** An amount with its currency: "1 234,56 €" in French, "₹1,23,456.00" or "€1,234.56" else. */
  public String money(BigDecimal amount) {
    String symbol = Currency.getInstance(invoice.getCurrency()).getSymbol(formats.getLocale());
    if ("INR".equals(invoice.getCurrency())) {
      symbol = "\u20b9";
    }
    String number = formats.amount(amount);
    return french() ? number + "\u00a0" + symbol : symbol + number;
  }

  public String date(LocalDate day) {
    return formats.date(day);
  }

  public String party(JsonObject party, String key) {
    return io.atrium.invoicing.Parties.get(party, key);
  }
}
