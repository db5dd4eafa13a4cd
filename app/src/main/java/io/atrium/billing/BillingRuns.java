package io.atrium.billing;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.invoicing.Invoice;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The billing runs of the caller's centres: invoices:read to preview and follow them,
 * invoices:create to start or resume one (it makes invoices). A run is started here and goes on in
 * the background; its row tells how far it is.
 */
@ApplicationScoped
public class BillingRuns {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Tenancy tenancy;

  @Inject BillingPlanner planner;

  @Inject BillingWriter writer;

  @Inject RunSettings settings;

  @Inject RunOpening opening;

  @Inject BillingRunner runner;

  private static final int PREVIEW_SLICE = 1000;

  /** Every invoice the run of that month would make, and whom it would skip; writes nothing. */
  @Transactional
  public Preview preview(Long centreId, YearMonth month) {
    caller.require(Area.INVOICES, Action.READ);
    // Nothing is written: no query needs to look for changes among the 100,000 objects read.
    em.setFlushMode(FlushModeType.COMMIT);
    Centre centre = centre(centreId);
    Period period = period(month);
    boolean perContract = settings.perContract();
    List<Invoice> invoices = new ArrayList<>();
    List<Preview.Skipped> skipped = new ArrayList<>();
    BigDecimal gross = BigDecimal.ZERO;
    List<Long> payers = planner.payers(centre, period, 0, Integer.MAX_VALUE);
    // Planned a slice of payers at a time, as a run's chunks are: one statement cannot carry
    // the ids of 100,000 payers (PostgreSQL takes at most 65,535 parameters).
    Map<Payer, List<PlannedInvoice>> plans = new LinkedHashMap<>();
    for (int from = 0; from < payers.size(); from += PREVIEW_SLICE) {
      plans.putAll(
          planner.plan(
              centre,
              period,
              payers.subList(from, Math.min(payers.size(), from + PREVIEW_SLICE)),
              perContract));
    }
    for (var entry : plans.entrySet()) {
      List<Invoice> made = entry.getValue().stream().map(p -> writer.unsaved(centre, p)).toList();
      List<String> missing =
          made.stream().flatMap(i -> writer.missingFacts(centre, i).stream()).distinct().toList();
      if (!missing.isEmpty()) {
        skipped.add(
            new Preview.Skipped(
                entry.getKey().name(),
                String.join(
                    ", ",
                    entry.getValue().stream()
                        .flatMap(p -> p.billed.stream())
                        .map(b -> b.contract().getReference())
                        .toList()),
                "invoice.missing." + missing.get(0)));
        continue;
      }
      for (Invoice invoice : made) {
        invoices.add(invoice);
        gross = gross.add(invoice.getGrossTotal());
      }
    }
    return new Preview(invoices, skipped, gross);
  }

  /**
   * Starts the run of that month, dated {@code issueDate} (today on the centre's clock if null).
   */
  public BillingRun start(Long centreId, YearMonth month, LocalDate issueDate) {
    Period period = period(month);
    if (centreId == null) {
      throw InvalidFieldsException.of("centreId", "billing.centre.required");
    }
    BillingRun run = opening.open(centreId, period, issueDate, runner.lease());
    runner.submit(tenancy.currentTenantId().orElseThrow(), run.getId());
    return run;
  }

  /** Goes on with a run whose server died or that failed, from where it stopped. */
  public BillingRun resume(long runId) {
    BillingRun run = opening.resume(runId, runner.lease());
    runner.submit(tenancy.currentTenantId().orElseThrow(), run.getId());
    return run;
  }

  @Transactional
  public BillingRun get(long id) {
    caller.require(Area.INVOICES, Action.READ);
    BillingRun run = em.find(BillingRun.class, id);
    if (run == null || !caller.centres().allows(run.getCentre().getId())) {
      throw new NotFoundException();
    }
    return run;
  }

  /** The latest runs of the caller's centres (of one centre if given), newest first. */
  @Transactional
  public List<BillingRun> history(Long centreId, int max) {
    caller.require(Area.INVOICES, Action.READ);
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = Where.inCentres("r.centre.id", caller.centres(), parameters);
    if (centreId != null) {
      where += " and r.centre.id = :centre";
      parameters.put("centre", centreId);
    }
    TypedQuery<BillingRun> query =
        em.createQuery(
            "select r from BillingRun r where " + where + " order by r.startedAt desc, r.id desc",
            BillingRun.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(Math.max(1, max)).getResultList();
  }

  /** The payers a run skipped, for its report. */
  @Transactional
  public List<BillingRunError> skipped(long runId) {
    BillingRun run = get(runId);
    List<BillingRunError> errors =
        em.createQuery(
                "select e from BillingRunError e where e.runId = :run order by e.id",
                BillingRunError.class)
            .setParameter("run", run.getId())
            .getResultList();
    errors.forEach(BillingRunError::getPayerName);
    return errors;
  }

  private Centre centre(Long centreId) {
    Centre centre = centreId == null ? null : em.find(Centre.class, centreId);
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw InvalidFieldsException.of(
          "centreId", centreId == null ? "billing.centre.required" : "billing.centre.unknown");
    }
    return centre;
  }

  private static Period period(YearMonth month) {
    if (month == null) {
      throw InvalidFieldsException.of("month", "billing.month.required");
    }
    return Period.month(month);
  }
}
