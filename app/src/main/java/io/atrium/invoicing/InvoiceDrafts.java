package io.atrium.invoicing;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TaxScheme;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Builds draft documents and their lines, priced and taxed, with no permission check and no audit:
 * the module that calls it (contracts, billing runs, the invoices pages) has checked its caller's
 * rights and records what it did. Totals are kept up to date as lines are added.
 */
@ApplicationScoped
public class InvoiceDrafts {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  Clock clock = Clock.systemUTC();

  /** A new persisted draft for a company or (B2C) a member, in the buyer's language. */
  public Invoice draft(
      Centre centre, Company company, Member member, Invoice.Kind kind, Long createdById) {
    String language;
    if (member != null) {
      language = member.getLanguage();
    } else if (company.getMainContact() != null) {
      language = company.getMainContact().getLanguage();
    } else {
      language = em.find(Tenant.class, tenancy.currentTenantId().orElseThrow()).getDefaultLocale();
    }
    Invoice invoice = new Invoice(centre, kind, language, createdById, clock.instant());
    invoice.setCompany(company);
    invoice.setMember(company == null ? member : null);
    invoice.setB2c(company == null);
    em.persist(invoice);
    return invoice;
  }

  /** Appends a priced line and updates the draft's totals. */
  public InvoiceLine addLine(Invoice invoice, LineDraft draft) {
    InvoiceLine line = new InvoiceLine(invoice, invoice.getLines().size() + 1, draft.source());
    line.setItem(draft.item());
    line.setDescription(draft.description());
    line.setQuantity(draft.quantity());
    line.setUnit(draft.unit());
    line.setUnitPrice(TaxLines.cents(draft.unitPrice()));
    line.setDiscountPercent(draft.discountPercent());
    line.setPeriodFrom(draft.periodFrom());
    line.setPeriodTo(draft.periodTo());
    line.setProrationNote(draft.prorationNote());
    line.setContractLineId(draft.contractLineId());
    line.setConsumptionId(draft.consumptionId());
    Centre centre = invoice.getCentre();
    boolean supplyAtProperty;
    if (draft.tax() != null) {
      line.setVatCategory(draft.tax().vatCategory());
      line.setSacCode(draft.tax().sacCode());
      line.setTaxRate(draft.tax().rate());
      supplyAtProperty = draft.tax().supplyAtProperty();
    } else {
      line.setVatCategory(draft.item().getVatCategory());
      line.setSacCode(draft.item().getSacCode());
      line.setTaxRate(draft.item().getTaxRate());
      supplyAtProperty = draft.item().isSupplyAtProperty();
    }
    String buyerState =
        invoice.getCompany() == null ? null : Parties.stateOf(invoice.getCompany().getGstin());
    boolean intraState =
        supplyAtProperty || buyerState == null || buyerState.equals(centre.getGstStateCode());
    TaxLines.price(line, centre.getTaxScheme(), intraState);
    invoice.getLines().add(line);
    retotal(invoice);
    return line;
  }

  /** Recomputes a draft's totals from its lines (after lines were removed, say). */
  public void retotal(Invoice invoice) {
    TaxScheme scheme = invoice.getCentre().getTaxScheme();
    TaxLines.Totals totals = TaxLines.totals(invoice.getLines(), scheme);
    invoice.setNetTotal(totals.net());
    invoice.setTaxTotal(totals.tax());
    invoice.setGrossTotal(totals.gross());
  }
}
