package io.atrium.billing;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceDrafts;
import io.atrium.invoicing.LineDraft;
import io.atrium.invoicing.MandatoryFacts;
import io.atrium.invoicing.Parties;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TaxScheme;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Turns a planned invoice into a draft through the invoicing core: persisted for a run, or left
 * unsaved for the preview, priced and taxed by the same code either way, so the preview shows what
 * the run makes.
 */
@ApplicationScoped
public class BillingWriter {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InvoiceDrafts drafts;

  Clock clock = Clock.systemUTC();

  /**
   * The run's draft of the plan, not saved yet: the run issues it and writes it set-based, or, when
   * runs make drafts for review, persists it.
   */
  public Invoice draft(Centre centre, PlannedInvoice plan, long runId, Long actorId) {
    Invoice invoice = made(centre, plan, actorId);
    invoice.setBillingRunId(runId);
    return invoice;
  }

  /** The same invoice, never saved: what the preview shows. */
  public Invoice unsaved(Centre centre, PlannedInvoice plan) {
    return made(centre, plan, null);
  }

  private Invoice made(Centre centre, PlannedInvoice plan, Long actorId) {
    String language =
        BillingPlanner.language(plan.payer, em.find(Tenant.class, tenantId()).getDefaultLocale());
    Invoice invoice = new Invoice(centre, Invoice.Kind.INVOICE, language, actorId, clock.instant());
    invoice.setCompany(plan.payer.company());
    invoice.setMember(plan.payer.company() == null ? plan.payer.member() : null);
    invoice.setB2c(plan.payer.company() == null);
    fill(invoice, plan);
    return invoice;
  }

  /** The facts the invoice lacks to be issued (suffixes of {@code invoice.missing.*}). */
  public List<String> missingFacts(Centre centre, Invoice invoice) {
    var seller = Parties.seller(em.find(Tenant.class, tenantId()), centre);
    var buyer =
        invoice.getCompany() != null
            ? Parties.buyer(invoice.getCompany())
            : Parties.buyer(invoice.getMember());
    return MandatoryFacts.missing(
        seller, buyer, centre.getTaxScheme() == TaxScheme.GST, invoice.getGrossTotal());
  }

  private void fill(Invoice invoice, PlannedInvoice plan) {
    if (plan.contract != null) {
      invoice.setContractId(plan.contract.getId());
    }
    for (LineDraft line : plan.lines) {
      drafts.addLine(invoice, line);
    }
    invoice.setServiceFrom(plan.serviceFrom());
    invoice.setServiceTo(plan.serviceTo());
  }

  private long tenantId() {
    return tenancy.currentTenantId().orElseThrow();
  }
}
