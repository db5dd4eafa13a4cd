package io.atrium.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What is paid, credited and still due on invoices, and their payment state, computed in one SQL
 * query for a page of invoices (the one place this is derived: lists, the client space, payments
 * and reminders read it here). Credit notes issued against an invoice reduce what is due; an
 * invoice is overdue once its due date, on its centre's calendar, has passed with money still due.
 */
@ApplicationScoped
public class InvoiceBalance {

  /** The figures of one invoice; state is null for drafts and credit notes. */
  public record Balance(
      BigDecimal gross,
      BigDecimal paid,
      BigDecimal credited,
      BigDecimal due,
      PaymentState state,
      String replacedBy)
      implements java.io.Serializable {}

  /**
   * The columns {@code paid}, {@code credited}, {@code replaced_by}, {@code due} and {@code state}
   * of invoice {@code i} (the tenant's row-level security applies): a FROM clause that list queries
   * extend with their own conditions, so that they filter on the state in SQL too.
   */
  static final String FROM =
      " FROM invoice i JOIN centre ce ON ce.tenant_id = i.tenant_id AND ce.id = i.centre_id"
          + " CROSS JOIN LATERAL (SELECT coalesce(sum(a.amount), 0) AS paid FROM payment_allocation a"
          + "   WHERE a.tenant_id = i.tenant_id AND a.invoice_id = i.id) p"
          + " CROSS JOIN LATERAL (SELECT coalesce(sum(c.gross_total), 0) AS credited FROM invoice c"
          + "   WHERE c.tenant_id = i.tenant_id AND c.corrects_id = i.id AND c.kind = 'CREDIT_NOTE'"
          + "   AND c.status = 'ISSUED') cr"
          + " LEFT JOIN invoice r ON r.tenant_id = i.tenant_id AND r.corrects_id = i.id"
          + "   AND r.kind = 'CORRECTIVE' AND r.status = 'ISSUED'";

  static final String STATE =
      "CASE WHEN i.status <> 'ISSUED' OR i.kind = 'CREDIT_NOTE' THEN NULL"
          + " WHEN r.id IS NOT NULL THEN 'REPLACED'"
          + " WHEN cr.credited >= i.gross_total THEN 'CREDITED'"
          + " WHEN p.paid >= i.gross_total - cr.credited THEN 'PAID'"
          + " WHEN i.due_date < (now() AT TIME ZONE ce.time_zone)::date THEN 'OVERDUE'"
          + " WHEN p.paid > 0 THEN 'PARTIALLY_PAID'"
          + " ELSE 'UNPAID' END";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Invoice id to its balance, for the ids given that the tenant has (others are left out). */
  public Map<Long, Balance> dueOf(Collection<Long> invoiceIds) {
    Map<Long, Balance> balances = new HashMap<>();
    if (invoiceIds.isEmpty()) {
      return balances;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT i.id, i.gross_total, p.paid, cr.credited, r.number, "
                    + STATE
                    + FROM
                    + " WHERE i.id = ANY(CAST(?1 AS bigint[]))")
            .setParameter(1, array(invoiceIds))
            .getResultList();
    for (Object[] row : rows) {
      BigDecimal gross = (BigDecimal) row[1];
      BigDecimal paid = (BigDecimal) row[2];
      BigDecimal credited = (BigDecimal) row[3];
      PaymentState state = row[5] == null ? null : PaymentState.valueOf((String) row[5]);
      BigDecimal due =
          state == null || state == PaymentState.REPLACED || state == PaymentState.CREDITED
              ? BigDecimal.ZERO.setScale(2)
              : gross.subtract(credited).subtract(paid).max(BigDecimal.ZERO);
      balances.put(
          ((Number) row[0]).longValue(),
          new Balance(gross, paid, credited, due, state, (String) row[4]));
    }
    return balances;
  }

  public Balance of(Invoice invoice) {
    return dueOf(List.of(invoice.getId())).get(invoice.getId());
  }

  /** A PostgreSQL array literal of ids, which are numbers only. */
  static String array(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
  }
}
