package io.atrium.billing;

import io.atrium.audit.Actor;
import io.atrium.audit.ActorKind;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceIssuing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One chunk of a run, in a transaction of its own: the next payers after the cursor are billed, the
 * cursor moves past them, and all of it commits together or not at all. A crash loses at most the
 * chunk in progress, which the resumed run does again; a contract that was billed is not due any
 * more (its {@code contract_billing} row), so nothing is billed twice.
 */
@ApplicationScoped
class BillingChunks {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject BillingPlanner planner;

  @Inject BillingWriter writer;

  @Inject InvoiceIssuing issuing;

  @Inject RunSettings settings;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /**
   * Called with no transaction open (the runner's thread): each call is its own transaction, bound
   * to the tenant by the usual interceptors. Bills the next {@code size} payers of the run if this
   * server holds it; false when the run is over (completed now, or no longer this server's).
   */
  @Transactional
  public boolean next(long runId, String server, int size, Duration lease) {
    BillingRun run = em.find(BillingRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    if (run == null || !run.isRunning() || !server.equals(run.getClaimedBy())) {
      return false;
    }
    // The chunk's drafts are not saved until issued (set-based) or persisted below; what a query
    // would flush early is the series and the consumptions, written once at the end.
    em.setFlushMode(FlushModeType.COMMIT);
    Actor actor = new Actor(ActorKind.STAFF, run.getStartedById(), run.getStartedBy());
    List<Long> payers = planner.payersOfRun(run.getId(), run.getCursorId(), size);
    if (payers.isEmpty()) {
      run.finish(BillingRun.Status.COMPLETED, null, clock.instant());
      audit.record(
          actor, "BillingRun", run.getId(), "RUN_BILLING", run.getCentre().getId(), outcome(run));
      return false;
    }
    boolean perContract = settings.perContract();
    int made = 0;
    int skipped = 0;
    BigDecimal gross = BigDecimal.ZERO;
    var plans = planner.plan(run.getCentre(), run.getPeriod(), payers, perContract);
    List<Invoice> invoices = new ArrayList<>();
    List<PlannedInvoice> planned = new ArrayList<>();
    for (var entry : plans.entrySet()) {
      List<Invoice> drafts =
          entry.getValue().stream()
              .map(p -> writer.draft(run.getCentre(), p, run.getId(), run.getStartedById()))
              .toList();
      List<String> missing =
          drafts.stream()
              .flatMap(i -> writer.missingFacts(run.getCentre(), i).stream())
              .distinct()
              .toList();
      if (!missing.isEmpty()) {
        em.persist(
            new BillingRunError(
                run.getId(),
                entry.getKey(),
                references(entry.getValue()),
                "invoice.missing." + missing.get(0)));
        skipped++;
        continue;
      }
      invoices.addAll(drafts);
      planned.addAll(entry.getValue());
    }
    if (run.isIssue()) {
      issuing.issueNew(invoices, run.getIssueDate(), run.getStartedById(), run.getStartedBy());
      invoices.forEach(i -> run.numbered(i.getNumber()));
    } else {
      invoices.forEach(em::persist);
    }
    em.flush();
    StringBuilder billings = new StringBuilder();
    for (int i = 0; i < invoices.size(); i++) {
      Invoice invoice = invoices.get(i);
      PlannedInvoice plan = planned.get(i);
      for (PlannedInvoice.Billed billed : plan.billed) {
        billings
            .append(billings.length() == 0 ? "" : ", ")
            .append('(')
            .append(billed.contract().getId())
            .append(", date '")
            .append(billed.period().start())
            .append("', date '")
            .append(billed.period().end())
            .append("', ")
            .append(invoice.getId())
            .append(')');
      }
      plan.consumptions.forEach(c -> c.setInvoiceId(invoice.getId()));
      gross = gross.add(invoice.getGrossTotal());
      made++;
    }
    if (billings.length() > 0) {
      // One statement for the chunk; the text holds only ids and ISO dates made here. The unique
      // key (contract, period) refuses a period billed twice, rolling the chunk back.
      em.createNativeQuery(
              "INSERT INTO contract_billing (tenant_id, contract_id, period_start, period_end,"
                  + " invoice_id) SELECT current_setting('atrium.tenant_id')::bigint, v.*"
                  + " FROM (VALUES "
                  + billings
                  + ") AS v(contract_id, period_start, period_end, invoice_id)")
          .executeUpdate();
    }
    run.advance(payers.get(payers.size() - 1), payers.size(), made, gross, skipped);
    run.claim(server, clock.instant().plus(lease));
    audit.record(
        actor,
        "BillingRun",
        run.getId(),
        "BILL",
        run.getCentre().getId(),
        Changes.of()
            .field("processed", null, run.getProcessed())
            .field("invoices", null, made)
            .field("skipped", null, skipped)
            .field("lastNumber", null, run.getLastNumber()));
    em.flush();
    em.clear();
    return true;
  }

  static Changes outcome(BillingRun run) {
    return Changes.of()
        .field("status", BillingRun.Status.RUNNING, run.getStatus())
        .field("period", null, run.getPeriodStart() + ".." + run.getPeriodEnd())
        .field("payers", null, run.getProcessed())
        .field("invoices", null, run.getInvoices())
        .field("skipped", null, run.getErrors())
        .field("amount", null, run.getAmount())
        .field("numbers", null, run.getFirstNumber() + ".." + run.getLastNumber());
  }

  private static String references(List<PlannedInvoice> plans) {
    return plans.stream()
        .flatMap(p -> p.billed.stream())
        .map(b -> b.contract().getReference())
        .collect(Collectors.joining(", "));
  }
}
