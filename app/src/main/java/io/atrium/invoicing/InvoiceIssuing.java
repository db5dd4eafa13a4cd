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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues a draft, in the caller's transaction: checks its lines and mandatory facts, copies the
 * parties, takes the number last (the series stays locked until commit), sets the due date and the
 * footprint, and fires {@link InvoiceIssued}; {@link #issueAll} does it for many at once. No
 * permission check and no audit: the calling module has checked its caller and records the issue (a
 * billing run records one entry per run).
 */
@ApplicationScoped
public class InvoiceIssuing {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InvoiceNumbering numbering;

  @Inject Event<InvoiceIssued> issued;

  @Inject InvoiceRows rows;

  Clock clock = Clock.systemUTC();

  /** Issues the draft dated {@code day} on behalf of the person named (null id: the system). */
  public Invoice issue(Invoice invoice, LocalDate day, Long actorId, String actorName) {
    return issueAll(List.of(invoice), day, actorId, actorName).get(0);
  }

  /**
   * Issues drafts dated {@code day}, numbered in the order given, as one: a billing run's chunk.
   * What is the same for every document (the tenant, the closed periods, the payment terms, each
   * series' lock) is read once, and the rows are written in one flush, so a chunk of a thousand
   * invoices costs a few statements more than one. Any refusal refuses them all.
   */
  public List<Invoice> issueAll(
      List<Invoice> invoices, LocalDate day, Long actorId, String actorName) {
    if (invoices.isEmpty()) {
      return invoices;
    }
    number(invoices, day, actorId, actorName);
    em.flush();
    fire(invoices);
    return invoices;
  }

  /**
   * Issues documents never saved (a billing run's chunk), then writes them and their lines
   * set-based ({@link InvoiceRows}): the same checks, numbers and footprints as {@link #issueAll},
   * without the persistence context's row-by-row flush. The documents stay out of the persistence
   * context.
   */
  public List<Invoice> issueNew(
      List<Invoice> invoices, LocalDate day, Long actorId, String actorName) {
    if (invoices.isEmpty()) {
      return invoices;
    }
    number(invoices, day, actorId, actorName);
    rows.insert(invoices);
    fire(invoices);
    return invoices;
  }

  private void number(List<Invoice> invoices, LocalDate day, Long actorId, String actorName) {
    long tenantId = tenancy.currentTenantId().orElseThrow();
    Tenant tenant = em.find(Tenant.class, tenantId);
    for (Invoice invoice : invoices) {
      if (invoice.isIssued()) {
        throw new InvoiceStateException("issued", invoice.getNumber());
      }
      if (invoice.getLines().isEmpty()) {
        throw new InvoiceStateException("no-lines");
      }
    }
    if (closed(day)) {
      throw new InvoiceStateException("closed-period", day);
    }
    int termsDays = paymentTermsDays();
    Map<Long, JsonObject> sellers = new HashMap<>();
    Map<String, InvoiceSeries> locked = new HashMap<>();
    for (Invoice invoice : invoices) {
      Centre centre = invoice.getCentre();
      TaxLines.Totals totals = TaxLines.totals(invoice.getLines(), centre.getTaxScheme());
      JsonObject seller =
          sellers.computeIfAbsent(centre.getId(), c -> Parties.seller(tenant, centre));
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
      InvoiceSeries.DocumentKind kind =
          invoice.getKind() == Invoice.Kind.CREDIT_NOTE
              ? InvoiceSeries.DocumentKind.CREDIT_NOTE
              : InvoiceSeries.DocumentKind.INVOICE;
      InvoiceSeries series =
          locked.computeIfAbsent(
              InvoiceNumbering.defaultCode(centre, kind) + "|" + kind,
              k -> numbering.lockSeries(centre, kind));
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
              : day.plusDays(termsDays));
      invoice.setPreviousFootprint(numbered.previousFootprint());
      invoice.setStatus(Invoice.Status.ISSUED);
      invoice.setIssuedAt(clock.instant());
      invoice.setIssuedById(actorId);
      invoice.setIssuedByName(actorName);
      String footprint = InvoiceFootprint.of(tenantId, invoice, numbered.previousFootprint());
      invoice.setFootprint(footprint);
      series.setLastFootprint(footprint);
    }
  }

  private void fire(List<Invoice> invoices) {
    issued.fire(
        new InvoiceIssued(
            tenancy.currentTenantId().orElseThrow(),
            invoices.stream().map(InvoiceIssued.Document::new).toList()));
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
