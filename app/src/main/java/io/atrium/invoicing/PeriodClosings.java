package io.atrium.invoicing;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Closing a month or a financial year (invoices:approve): refused while any footprint fails (naming
 * the link), before the period is over, or when part of it is already closed. Drafts do not hold a
 * closing back: they have no date yet, and whatever date they are issued on must fall after it.
 * Closing writes the archive; listing and downloading need invoices:read.
 */
@ApplicationScoped
public class PeriodClosings {

  /** A closing as listed, without its archive. */
  public record Summary(
      long id,
      PeriodClosing.Kind kind,
      LocalDate periodStart,
      LocalDate periodEnd,
      java.time.Instant closedAt,
      String closedBy,
      int documents,
      int payments,
      String archiveSha256)
      implements java.io.Serializable {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Tenancy tenancy;

  @Inject ChainChecks chains;

  @Inject ClosingArchive archives;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public List<Summary> list() {
    caller.require(Area.INVOICES, Action.READ);
    return em.createQuery(
            "select new io.atrium.invoicing.PeriodClosings.Summary(c.id, c.kind, c.periodStart,"
                + " c.periodEnd, c.closedAt, c.closedBy, c.documents, c.payments,"
                + " c.archiveSha256) from PeriodClosing c order by c.periodStart desc, c.kind",
            Summary.class)
        .getResultList();
  }

  /** The archive of a closing: its file name and bytes. */
  public record Archive(String fileName, byte[] zip) {}

  @Transactional
  public Archive archive(long id) {
    caller.require(Area.INVOICES, Action.READ);
    PeriodClosing closing = em.find(PeriodClosing.class, id);
    if (closing == null) {
      throw new NotFoundException();
    }
    return new Archive(
        "closing-" + closing.getPeriodStart() + "-" + closing.getPeriodEnd() + ".zip",
        closing.getArchive());
  }

  /**
   * Closes a month ({@code month} 1–12 of {@code year}) or, with no month, the financial year that
   * starts in {@code year}: the calendar year in France, April to March in India.
   */
  @Transactional
  public PeriodClosing close(PeriodClosing.Kind kind, Integer year, Integer month) {
    AtriumPrincipal actor = caller.require(Area.INVOICES, Action.APPROVE);
    Tenant tenant = em.find(Tenant.class, tenancy.currentTenantId().orElseThrow());
    if (kind == null) {
      throw InvalidFieldsException.of("kind", "invoice.required");
    }
    if (year == null || year < 2000 || year > 2999) {
      throw InvalidFieldsException.of("year", "closing.year.invalid");
    }
    LocalDate start;
    LocalDate end;
    if (kind == PeriodClosing.Kind.MONTH) {
      if (month == null || month < 1 || month > 12) {
        throw InvalidFieldsException.of("month", "closing.month.invalid");
      }
      start = LocalDate.of(year, month, 1);
      end = start.plusMonths(1).minusDays(1);
    } else {
      start = LocalDate.of(year, "IN".equals(tenant.getCountry()) ? 4 : 1, 1);
      end = start.plusYears(1).minusDays(1);
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(tenant.getTimeZone())));
    if (!end.isBefore(today)) {
      throw new InvoiceStateException("period-not-over", end);
    }
    List<?> overlapping =
        em.createNativeQuery(
                "SELECT 1 FROM period_closing WHERE period_start <= ?2 AND period_end >= ?1")
            .setParameter(1, start)
            .setParameter(2, end)
            .getResultList();
    if (!overlapping.isEmpty()) {
      throw new InvoiceStateException("period-closed-already", start, end);
    }
    ChainChecks.Outcome chain = chains.check();
    if (!chain.verified()) {
      throw new InvoiceStateException(
          "chain-broken",
          chain.seriesCode(),
          chain.broken().number() == null ? "" : chain.broken().number(),
          chain.broken().reason());
    }
    PeriodClosing closing =
        new PeriodClosing(
            kind, start, end, clock.instant(), actor.fullName(), archives.build(start, end));
    em.persist(closing);
    em.flush();
    audit.record(
        "PeriodClosing",
        closing.getId(),
        "CLOSE",
        null,
        Changes.of()
            .field("period", null, start + " – " + end)
            .field("documents", null, closing.getDocuments())
            .field("archiveSha256", null, closing.getArchiveSha256()));
    return closing;
  }
}
