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

  /**
   * The totals of the run of that month, the payers it would skip and its first page of invoices;
   * writes nothing.
   */
  @Transactional
  public Preview preview(Long centreId, YearMonth month) {
    caller.require(Area.INVOICES, Action.READ);
    // Nothing is written: no query needs to look for changes among the objects read.
    em.setFlushMode(FlushModeType.COMMIT);
    Centre centre = centre(centreId);
    Period period = period(month);
    boolean perContract = settings.perContract();
    int count = 0;
    int lines = 0;
    BigDecimal gross = BigDecimal.ZERO;
    int skippedCount = 0;
    List<Preview.Skipped> skipped = new ArrayList<>();
    List<Invoice> firstPage = new ArrayList<>();
    List<Preview.PageStart> pages = new ArrayList<>();
    List<Long> payers = planner.payers(centre, period, 0, Integer.MAX_VALUE);
    // Planned a slice of payers at a time, as a run's chunks are: one statement cannot carry
    // the ids of 100,000 payers (PostgreSQL takes at most 65,535 parameters), and only the
    // totals are kept of a slice once counted, so memory does not grow with the run.
    for (int from = 0; from < payers.size(); from += PREVIEW_SLICE) {
      List<Long> slice = payers.subList(from, Math.min(payers.size(), from + PREVIEW_SLICE));
      for (var entry : planner.plan(centre, period, slice, perContract).entrySet()) {
        Made made = made(centre, entry.getKey(), entry.getValue());
        if (made.skipped() != null) {
          if (skippedCount++ < Preview.SKIPPED_SHOWN) {
            skipped.add(made.skipped());
          }
          continue;
        }
        for (int i = 0; i < made.invoices().size(); i++) {
          Invoice invoice = made.invoices().get(i);
          if (count % Preview.PAGE == 0) {
            pages.add(new Preview.PageStart(entry.getKey().id(), i));
          }
          if (count < Preview.PAGE) {
            firstPage.add(invoice);
          }
          count++;
          lines += invoice.getLines().size();
          gross = gross.add(invoice.getGrossTotal());
        }
      }
      em.clear();
    }
    return new Preview(
        centre.getId(), month, count, lines, gross, skippedCount, skipped, firstPage, pages);
  }

  /**
   * The invoices of page {@code page} (from 0) of the preview, planned again from where the page
   * starts. Contracts signed since the preview show on the pages read after.
   */
  @Transactional
  public List<Invoice> previewPage(Preview preview, int page) {
    caller.require(Area.INVOICES, Action.READ);
    if (page == 0) {
      return preview.firstPage();
    }
    if (page < 0 || page >= preview.pages().size()) {
      return List.of();
    }
    em.setFlushMode(FlushModeType.COMMIT);
    Centre centre = centre(preview.centreId());
    Period period = period(preview.month());
    boolean perContract = settings.perContract();
    Preview.PageStart start = preview.pages().get(page);
    List<Invoice> invoices = new ArrayList<>();
    long after = start.payerId() - 1;
    int skip = start.shownBefore();
    while (invoices.size() < Preview.PAGE) {
      List<Long> payers = planner.payers(centre, period, after, Preview.PAGE);
      if (payers.isEmpty()) {
        break;
      }
      for (var entry : planner.plan(centre, period, payers, perContract).entrySet()) {
        Made made = made(centre, entry.getKey(), entry.getValue());
        if (made.skipped() == null) {
          List<Invoice> of = made.invoices();
          invoices.addAll(of.subList(Math.min(skip, of.size()), of.size()));
        }
        skip = 0;
      }
      after = payers.get(payers.size() - 1);
    }
    return invoices.size() > Preview.PAGE ? invoices.subList(0, Preview.PAGE) : invoices;
  }

  /** A payer's invoices as the run would make them, or why the run would skip the payer. */
  private record Made(List<Invoice> invoices, Preview.Skipped skipped) {}

  private Made made(Centre centre, Payer payer, List<PlannedInvoice> plans) {
    List<Invoice> invoices = plans.stream().map(p -> writer.unsaved(centre, p)).toList();
    List<String> missing =
        invoices.stream().flatMap(i -> writer.missingFacts(centre, i).stream()).distinct().toList();
    if (missing.isEmpty()) {
      return new Made(invoices, null);
    }
    String contracts =
        String.join(
            ", ",
            plans.stream()
                .flatMap(p -> p.billed.stream())
                .map(b -> b.contract().getReference())
                .toList());
    return new Made(
        List.of(),
        new Preview.Skipped(payer.name(), contracts, "invoice.missing." + missing.get(0)));
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
