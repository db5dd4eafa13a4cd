package io.atrium.collection;

import io.atrium.identity.CentreScope;
import io.atrium.tenancy.TaxScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bound tenant's overdue invoices (package rule 1) with their last reminder and the late fees
 * not billed yet. No permission check: {@link Reminders} and the pages check their caller.
 */
@ApplicationScoped
public class OverdueInvoices {

  /** The page shows the oldest this many; the job sweeps them in the same batches daily. */
  public static final int MAX = 500;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject BillingTerms terms;

  /**
   * The overdue invoices of these centres (null centre: all the scope allows), oldest due first.
   */
  @Transactional
  public List<OverdueInvoice> list(CentreScope scope, Long centreId) {
    return query(scope, centreId, null);
  }

  /** One invoice of the scope if it is overdue now. */
  @Transactional
  public Optional<OverdueInvoice> find(CentreScope scope, long invoiceId) {
    return query(scope, null, invoiceId).stream().findFirst();
  }

  private List<OverdueInvoice> query(CentreScope scope, Long centreId, Long invoiceId) {
    LocalDate today = terms.today();
    CollectionSettings settings = terms.settings();
    StringBuilder sql =
        new StringBuilder(
            "SELECT i.id, i.number, i.centre_id, i.buyer->>'name', i.issue_date, i.due_date,"
                + " i.gross_total, "
                + Outstanding.DUE
                + ", i.currency, i.language,"
                + " (SELECT r.level FROM invoice_reminder r WHERE r.tenant_id = i.tenant_id"
                + " AND r.invoice_id = i.id ORDER BY array_position(ARRAY['FRIENDLY', 'FORMAL', 'FINAL']::varchar[],"
                + " r.level::varchar) DESC LIMIT 1),"
                + " (SELECT max(r.sent_at) FROM invoice_reminder r WHERE r.tenant_id = i.tenant_id"
                + " AND r.invoice_id = i.id),"
                + " (SELECT max(f.period_to) FROM late_fee_billing f WHERE f.tenant_id = i.tenant_id"
                + " AND f.invoice_id = i.id),"
                + " EXISTS (SELECT 1 FROM late_fee_billing f WHERE f.tenant_id = i.tenant_id"
                + " AND f.invoice_id = i.id AND f.indemnity > 0),"
                + " (SELECT c.tax_scheme FROM centre c WHERE c.tenant_id = i.tenant_id"
                + " AND c.id = i.centre_id), i.b2c"
                + " FROM invoice i WHERE "
                + Outstanding.PAYABLE
                + " AND i.due_date < ?1 AND NOT "
                + Outstanding.REPLACED
                + " AND "
                + Outstanding.DUE
                + " > 0");
    if (!scope.all()) {
      sql.append(" AND i.centre_id IN (")
          .append(scope.ids().stream().map(String::valueOf).collect(Collectors.joining(",")))
          .append(')');
    }
    if (centreId != null) {
      sql.append(" AND i.centre_id = ").append(centreId.longValue());
    }
    if (invoiceId != null) {
      sql.append(" AND i.id = ").append(invoiceId.longValue());
    }
    sql.append(" ORDER BY i.due_date, i.id LIMIT ").append(MAX);
    List<?> rows = em.createNativeQuery(sql.toString()).setParameter(1, today).getResultList();
    List<OverdueInvoice> found = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      LocalDate due = day(r[5]);
      BigDecimal owed = (BigDecimal) r[7];
      boolean vat = TaxScheme.VAT.name().equals(String.valueOf(r[14]));
      // The fixed indemnity is owed by businesses only (Code de commerce L441-10), never by a
      // private person.
      boolean business = !Boolean.TRUE.equals(r[15]);
      LateFee fee =
          settings.lateFeesEnabled()
              ? LateFee.of(
                  owed,
                  due,
                  r[12] == null ? null : day(r[12]),
                  vat && business && !Boolean.TRUE.equals(r[13]),
                  today,
                  settings.penaltyRate(),
                  settings.recoveryIndemnity())
              : LateFee.none();
      found.add(
          new OverdueInvoice(
              ((Number) r[0]).longValue(),
              (String) r[1],
              ((Number) r[2]).longValue(),
              (String) r[3],
              day(r[4]),
              due,
              (BigDecimal) r[6],
              owed,
              String.valueOf(r[8]).strip(),
              (String) r[9],
              ChronoUnit.DAYS.between(due, today),
              r[10] == null ? null : ReminderLevel.valueOf((String) r[10]),
              instant(r[11]),
              fee));
    }
    return found;
  }

  static LocalDate day(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return value instanceof LocalDate local ? local : LocalDate.parse(String.valueOf(value));
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp stamp) {
      return stamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return value instanceof Instant instant ? instant : Instant.parse(String.valueOf(value));
  }
}
