package io.atrium.invoicing.documents;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.Parties;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import io.atrium.tenancy.TaxScheme;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the facts of an issued document inside the caller's tenant transaction. */
@ApplicationScoped
public class DocumentFactsReader {

  /** Logos printed: small embedded images only, never a URL to fetch while rendering. */
  private static final Pattern EMBEDDED_LOGO =
      Pattern.compile("^data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+$");

  private static final Pattern COLOUR = Pattern.compile("^#[0-9A-Fa-f]{6}$");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  public DocumentFacts of(Invoice invoice) {
    Tenant tenant = em.find(Tenant.class, tenancy.currentTenantId().orElseThrow());
    boolean gst = invoice.getCentre().getTaxScheme() == TaxScheme.GST;
    Locale wanted = Texts.byCode(invoice.getLanguage());
    Locale language = gst ? Locale.ENGLISH : wanted != null ? wanted : byDefault(tenant);
    Invoice corrected =
        invoice.getCorrectsId() == null ? null : em.find(Invoice.class, invoice.getCorrectsId());
    String logo = tenant.getLogoUrl();
    String colour = tenant.getPrimaryColour();
    return new DocumentFacts(
        invoice,
        Parties.read(invoice.getSeller()),
        Parties.read(invoice.getBuyer()),
        language,
        Formats.of(language, tenant.getCountry()),
        logo != null && EMBEDDED_LOGO.matcher(logo).matches() ? logo : null,
        colour != null && COLOUR.matcher(colour).matches() ? colour : "#333333",
        terms(),
        corrected == null ? null : corrected.getNumber(),
        corrected == null ? null : corrected.getIssueDate());
  }

  private static Locale byDefault(Tenant tenant) {
    Locale byDefault = Texts.byCode(tenant.getDefaultLocale());
    return byDefault == null ? Locale.ENGLISH : byDefault;
  }

  private BillingTerms terms() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT late_penalty_rate, recovery_indemnity, early_payment_terms_en,"
                    + " early_payment_terms_fr, vat_on_debits FROM billing_settings")
            .getResultList();
    if (rows.isEmpty()) {
      return BillingTerms.DEFAULTS;
    }
    Object[] row = (Object[]) rows.get(0);
    return new BillingTerms(
        (BigDecimal) row[0],
        (BigDecimal) row[1],
        (String) row[2],
        (String) row[3],
        Boolean.TRUE.equals(row[4]));
  }
}
