package io.atrium.invoicing;

import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TaxScheme;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues a draft, in the caller's transaction: checks its lines and mandatory facts, copies the
 * parties, takes the number last (the series stays locked until commit), sets the due date and the
 * footprint, and fires {@link InvoiceIssued}. No permission check and no audit: the calling module
 * has checked its caller and records the issue (a billing run records one entry per run).
 */
@ApplicationScoped
public class InvoiceIssuing {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InvoiceNumbering numbering;

  @Inject Event<InvoiceIssued> issued;

  Clock clock = Clock.systemUTC();

  /** Issues the draft dated {@code day} on behalf of the person named (null id: the system). */
  public Invoice issue(Invoice invoice, LocalDate day, Long actorId, String actorName) {
    if (invoice.isIssued()) {
      throw new InvoiceStateException("issued", invoice.getNumber());
    }
    if (invoice.getLines().isEmpty()) {
      throw new InvoiceStateException("no-lines");
    }
    long tenantId = tenancy.currentTenantId().orElseThrow();
    Tenant tenant = em.find(Tenant.class, tenantId);
    Centre centre = invoice.getCentre();
    TaxLines.Totals totals = TaxLines.totals(invoice.getLines(), centre.getTaxScheme());
    JsonObject seller = Parties.seller(tenant, centre);
    JsonObject buyer =
        invoice.getCompany() != null
            ? Parties.buyer(invoice.getCompany())
            : Parties.buyer(invoice.getMember());
    List<String> missing =
        MandatoryFacts.missing(
            seller, buyer, centre.getTaxScheme() == TaxScheme.GST, totals.gross());
    if (!missing.isEmpty()) {
      throw new MissingFactsException(missing);
    }
    if (closed(day)) {
      throw new InvoiceStateException("closed-period", day);
    }
    InvoiceSeries series =
        numbering.lockSeries(
            centre,
            invoice.getKind() == Invoice.Kind.CREDIT_NOTE
                ? InvoiceSeries.DocumentKind.CREDIT_NOTE
                : InvoiceSeries.DocumentKind.INVOICE);
    InvoiceNumbering.Numbered numbered = numbering.next(series, day);
    invoice.setSeller(seller.toString());
    invoice.setBuyer(buyer.toString());
    invoice.setNetTotal(totals.net());
    invoice.setTaxTotal(totals.tax());
    invoice.setGrossTotal(totals.gross());
    invoice.setSeriesId(series.getId());
    invoice.setNumber(numbered.number());
    invoice.setChainSeq(numbered.chainSeq());
    invoice.setIssueDate(day);
    invoice.setDueDate(
        invoice.getKind() == Invoice.Kind.DEPOSIT || invoice.getKind() == Invoice.Kind.CREDIT_NOTE
            ? day
            : day.plusDays(paymentTermsDays()));
    invoice.setPreviousFootprint(numbered.previousFootprint());
    invoice.setStatus(Invoice.Status.ISSUED);
    invoice.setIssuedAt(clock.instant());
    invoice.setIssuedById(actorId);
    invoice.setIssuedByName(actorName);
    String footprint = InvoiceFootprint.of(tenantId, invoice, numbered.previousFootprint());
    invoice.setFootprint(footprint);
    series.setLastFootprint(footprint);
    em.flush();
    issued.fire(new InvoiceIssued(tenantId, invoice.getId(), invoice.getKind(), invoice.isB2c()));
    return invoice;
  }

  /** The tenant's payment terms in days (billing settings), 30 when it has none. */
  public int paymentTermsDays() {
    List<?> terms =
        em.createNativeQuery("SELECT payment_terms_days FROM billing_settings").getResultList();
    return terms.isEmpty() ? 30 : ((Number) terms.get(0)).intValue();
  }

  private boolean closed(LocalDate day) {
    return !em.createNativeQuery(
            "SELECT 1 FROM period_closing WHERE ?1 BETWEEN period_start AND period_end")
        .setParameter(1, day)
        .getResultList()
        .isEmpty();
  }
}
