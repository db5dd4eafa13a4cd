package io.atrium.collection;

import io.atrium.audit.Actor;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The push's database side, each method its own transaction so that no call to the accounting
 * system happens inside one: what is due, the record to send, and the outcome (done, or failed with
 * the next attempt after an exponential backoff: base × 2^(attempts − 1), at most six hours; after
 * {@link #MAX_ATTEMPTS} or an error about the data, FAILED until someone retries).
 */
@ApplicationScoped
public class AccountingRows {

  static final int MAX_ATTEMPTS = 10;
  static final Duration MAX_WAIT = Duration.ofHours(6);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "accounting.retry.base.seconds", defaultValue = "60")
  long baseSeconds;

  Clock clock = Clock.systemUTC();

  /** The rows due now, contacts first (documents need their buyer's external id). */
  @Transactional
  public List<Long> due(int max) {
    return em
        .createNativeQuery(
            "SELECT id FROM accounting_sync WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                + " ORDER BY CASE entity_kind WHEN 'CONTACT' THEN 0 WHEN 'INVOICE' THEN 1"
                + " WHEN 'CREDIT_NOTE' THEN 2 ELSE 3 END, id LIMIT ?2")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, max)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  /** What to send for the row, or empty while what it refers to is not pushed yet. */
  @Transactional
  public Optional<Object> outgoing(long rowId) {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT entity_kind, entity_id FROM accounting_sync WHERE id = ?1")
                .setParameter(1, rowId)
                .getSingleResult();
    String kind = (String) row[0];
    long entityId = ((Number) row[1]).longValue();
    return switch (kind) {
      case "CONTACT" -> Optional.of(contact(entityId));
      case "PAYMENT" -> receipt(entityId);
      default -> document(em.find(Invoice.class, entityId));
    };
  }

  @Transactional
  public void done(long rowId, String externalId, String system) {
    em.createNativeQuery(
            "UPDATE accounting_sync SET status = 'DONE', external_id = ?2, done_at = ?3,"
                + " attempts = attempts + 1, last_error = NULL, version = version + 1 WHERE id = ?1")
        .setParameter(1, rowId)
        .setParameter(2, externalId)
        .setParameter(3, Timestamp.from(clock.instant()))
        .executeUpdate();
    audit.record(
        Actor.SYSTEM,
        "AccountingSync",
        rowId,
        "PUSH",
        null,
        Changes.of().field("system", null, system).field("externalId", null, externalId));
  }

  @Transactional
  public void failed(long rowId, String error, boolean retryable, String system) {
    int attempts =
        ((Number)
                    em.createNativeQuery("SELECT attempts FROM accounting_sync WHERE id = ?1")
                        .setParameter(1, rowId)
                        .getSingleResult())
                .intValue()
            + 1;
    boolean again = retryable && attempts < MAX_ATTEMPTS;
    Instant next = clock.instant().plus(backoff(attempts));
    String message = error == null ? "" : error.length() > 500 ? error.substring(0, 500) : error;
    em.createNativeQuery(
            "UPDATE accounting_sync SET status = ?2, attempts = ?3, next_attempt_at = ?4,"
                + " last_error = ?5, version = version + 1 WHERE id = ?1")
        .setParameter(1, rowId)
        .setParameter(2, again ? "PENDING" : "FAILED")
        .setParameter(3, attempts)
        .setParameter(4, Timestamp.from(next))
        .setParameter(5, message)
        .executeUpdate();
    audit.record(
        Actor.SYSTEM,
        "AccountingSync",
        rowId,
        "PUSH_FAILED",
        null,
        Changes.of().field("system", null, system).field("error", null, message));
  }

  /** The wait after the n-th failed attempt. */
  Duration backoff(int attempts) {
    long seconds = Math.max(1, baseSeconds) << Math.min(20, Math.max(0, attempts - 1));
    Duration wait = Duration.ofSeconds(seconds);
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }

  private AccountingSystem.Contact contact(long id) {
    Company company = em.find(Company.class, id);
    if (company != null) {
      return new AccountingSystem.Contact(
          id,
          company.getName(),
          company.getEmail(),
          company.getGstin(),
          company.getVatNumber(),
          company.getBillingLine(),
          company.getBillingCity(),
          company.getBillingPostalCode(),
          company.getBillingCountry());
    }
    Member member = em.find(Member.class, id);
    return new AccountingSystem.Contact(
        id, member.getFullName(), member.getEmail(), null, null, null, null, null, null);
  }

  private Optional<Object> document(Invoice invoice) {
    long buyer =
        invoice.getCompany() != null ? invoice.getCompany().getId() : invoice.getMember().getId();
    Optional<Pushed> customer = pushed("CONTACT", buyer);
    if (customer.isEmpty()) {
      return Optional.empty();
    }
    List<AccountingSystem.Line> lines = new ArrayList<>();
    for (InvoiceLine line : invoice.getLines()) {
      lines.add(
          new AccountingSystem.Line(
              line.getDescription(),
              line.getQuantity(),
              line.getUnitPrice(),
              line.getDiscountPercent(),
              line.getTaxRate()));
    }
    String corrects =
        invoice.getCorrectsId() == null
            ? null
            : em.find(Invoice.class, invoice.getCorrectsId()).getNumber();
    return Optional.of(
        new AccountingSystem.Document(
            invoice.getId(),
            invoice.getKind() == Invoice.Kind.CREDIT_NOTE,
            invoice.getNumber(),
            invoice.getIssueDate(),
            invoice.getDueDate(),
            invoice.getCurrency().strip(),
            customer.get().externalId(),
            corrects,
            lines));
  }

  private Optional<Object> receipt(long paymentId) {
    Object[] p =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(company_id, member_id), received_on, amount, method, reference"
                        + " FROM payment WHERE id = ?1")
                .setParameter(1, paymentId)
                .getSingleResult();
    Optional<Pushed> customer = pushed("CONTACT", ((Number) p[0]).longValue());
    if (customer.isEmpty()) {
      return Optional.empty();
    }
    List<AccountingSystem.Applied> applied = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                // Net per invoice: what a correction gave back is a negative allocation.
                "SELECT invoice_id, sum(amount) FROM payment_allocation WHERE payment_id = ?1"
                    + " GROUP BY invoice_id HAVING sum(amount) > 0 ORDER BY min(id)")
            .setParameter(1, paymentId)
            .getResultList()) {
      Object[] a = (Object[]) row;
      Optional<Pushed> invoice = pushed("INVOICE", ((Number) a[0]).longValue());
      if (invoice.isEmpty()) {
        return Optional.empty();
      }
      applied.add(new AccountingSystem.Applied(invoice.get().externalId(), (BigDecimal) a[1]));
    }
    return Optional.of(
        new AccountingSystem.Receipt(
            paymentId,
            customer.get().externalId(),
            OverdueInvoices.day(p[1]),
            (BigDecimal) p[2],
            (String) p[3],
            (String) p[4],
            applied));
  }

  /** A thing already pushed, with the id the system gave it (null when it keeps none). */
  private record Pushed(String externalId) {}

  /** The thing if it was pushed already; empty while it waits. */
  private Optional<Pushed> pushed(String kind, long entityId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT external_id FROM accounting_sync WHERE entity_kind = ?1 AND entity_id = ?2"
                    + " AND status = 'DONE'")
            .setParameter(1, kind)
            .setParameter(2, entityId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(new Pushed((String) rows.get(0)));
  }
}
