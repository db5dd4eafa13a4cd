package io.atrium.invoicing;

import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TaxScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Gapless, chronological numbers. The series row is the counter: it is locked FOR UPDATE until the
 * issuing transaction ends, so a rollback gives its number back and concurrent issuers of one
 * series wait for each other (never a sequence, which would leave gaps). France: {@code
 * F-2026-000123}, credit notes {@code AV-2026-000007}; India: {@code I29/2627/000123} per GSTIN and
 * financial year (≤ 16 characters), credit notes {@code C29/…}.
 */
@ApplicationScoped
public class InvoiceNumbering {

  /** A number given: the text, its place in the series' footprint chain, the previous link. */
  public record Numbered(String number, long chainSeq, String previousFootprint) {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** The series a document of this kind from this centre is numbered in, locked; made if new. */
  public InvoiceSeries lockSeries(Centre centre, InvoiceSeries.DocumentKind kind) {
    String code = defaultCode(centre, kind);
    InvoiceSeries series = find(code, kind);
    if (series == null) {
      em.createNativeQuery(
              "INSERT INTO invoice_series (tenant_id, id, code, document_kind, tax_scheme, gstin)"
                  + " VALUES (atrium_current_tenant(), nextval('atrium_id_seq'), ?1, ?2, ?3, ?4)"
                  + " ON CONFLICT (tenant_id, code, document_kind) DO NOTHING")
          .setParameter(1, code)
          .setParameter(2, kind.name())
          .setParameter(3, centre.getTaxScheme().name())
          .setParameter(4, centre.getTaxScheme() == TaxScheme.GST ? centre.getGstin() : null)
          .executeUpdate();
      series = find(code, kind);
    }
    return series;
  }

  /**
   * Takes the next number of a locked series for a document dated {@code day}: refused when the day
   * is before the last one issued; the counter starts again at 1 when the year (India: the
   * financial year) changes and the series restarts yearly.
   */
  public Numbered next(InvoiceSeries series, LocalDate day) {
    if (series.getLastIssueDate() != null && day.isBefore(series.getLastIssueDate())) {
      throw new InvoiceStateException("before-last", series.getLastIssueDate());
    }
    boolean gst = series.getTaxScheme() == TaxScheme.GST;
    int year = gst && day.getMonthValue() < 4 ? day.getYear() - 1 : day.getYear();
    if (series.getCounterYear() == null
        || ((gst || series.isYearlyRestart()) && series.getCounterYear() != year)) {
      series.setCounterYear(year);
      series.setLastNumber(0);
    }
    int number = series.getLastNumber() + 1;
    if (gst && number > 999_999) {
      throw new InvoiceStateException("series-full", series.getCode());
    }
    series.setLastNumber(number);
    series.setLastIssueDate(day);
    series.setIssuedCount(series.getIssuedCount() + 1);
    String previous =
        series.getLastFootprint() == null ? InvoiceFootprint.GENESIS : series.getLastFootprint();
    String text =
        gst
            ? String.format(
                Locale.ROOT,
                "%s/%02d%02d/%06d",
                series.getCode(),
                year % 100,
                (year + 1) % 100,
                number)
            : String.format(Locale.ROOT, "%s-%d-%06d", series.getCode(), day.getYear(), number);
    return new Numbered(text, series.getIssuedCount(), previous);
  }

  /** F and AV in France; I and C followed by the GST state code in India. */
  static String defaultCode(Centre centre, InvoiceSeries.DocumentKind kind) {
    boolean credit = kind == InvoiceSeries.DocumentKind.CREDIT_NOTE;
    if (centre.getTaxScheme() == TaxScheme.GST) {
      return (credit ? "C" : "I") + centre.getGstStateCode();
    }
    return credit ? "AV" : "F";
  }

  private InvoiceSeries find(String code, InvoiceSeries.DocumentKind kind) {
    List<InvoiceSeries> found =
        em.createQuery(
                "select s from InvoiceSeries s where s.code = :code and s.documentKind = :kind",
                InvoiceSeries.class)
            .setParameter("code", code)
            .setParameter("kind", kind)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }
}
