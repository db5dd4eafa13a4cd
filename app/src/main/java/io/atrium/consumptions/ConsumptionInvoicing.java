package io.atrium.consumptions;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.invoicing.Corrections;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceDrafts;
import io.atrium.invoicing.InvoiceIssuing;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.LineDraft;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * «Générer une facture» (001 §11): the selected unbilled consumptions of one payer at one centre
 * become one invoice, issued at once, dated today on the centre's clock. The consumptions are
 * locked first (in id order, so two overlapping selections queue instead of deadlocking): a second
 * click waits for the first, then finds them billed and is refused; the unique line per consumption
 * is the last guard.
 */
@ApplicationScoped
public class ConsumptionInvoicing {

  public static final int MAX_SELECTED = 500;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject InvoiceDrafts drafts;

  @Inject InvoiceIssuing issuing;

  @Inject Corrections corrections;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public Invoice invoice(Collection<Long> ids) {
    AtriumPrincipal principal = caller.require(Area.INVOICES, Action.CREATE);
    return issued(ids, principal.personId(), principal.fullName());
  }

  /**
   * The invoice of what another capability sold, issued at once as the sale requires (a booking
   * invoiced at its confirmation, 000 workflow 3), once that capability checked its own rights.
   *
   * @return the issued invoice's id
   */
  @Transactional
  public long invoiceSold(Collection<Long> ids, long actorId, String actorName) {
    return issued(ids, actorId, actorName).getId();
  }

  /**
   * A sold consumption whose sale was cancelled after its invoice (a booking invoiced at its
   * confirmation, then cancelled): its line taken back by a credit note issued at once, once the
   * selling capability checked its own rights. Nothing when it was not invoiced, or its invoice was
   * corrected already.
   *
   * @param actorId the staff member cancelling, or null (a member in the client space)
   * @return the credit note's id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Long> creditSold(long consumptionId, Long actorId, String actorName) {
    Consumption sold = em.find(Consumption.class, consumptionId);
    if (sold == null || sold.getInvoiceId() == null) {
      return Optional.empty();
    }
    return corrections
        .creditSold(sold.getInvoiceId(), List.of(consumptionId), actorId, actorName)
        .map(Invoice::getId);
  }

  private Invoice issued(Collection<Long> ids, long actorId, String actorName) {
    if (ids == null
        || ids.isEmpty()
        || ids.size() > MAX_SELECTED
        || ids.stream().anyMatch(java.util.Objects::isNull)) {
      throw InvalidFieldsException.of("ids", "consumption.invoice.select");
    }
    List<Consumption> selected = new ArrayList<>();
    for (Long id : new TreeSet<>(ids)) {
      Consumption c = em.find(Consumption.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (c == null || !caller.centres().allows(c.getCentre().getId())) {
        throw new NotFoundException();
      }
      if (c.getInvoiceId() != null) {
        throw new ConsumptionBilledException();
      }
      selected.add(c);
    }
    Consumption first = selected.get(0);
    for (Consumption c : selected) {
      if (c.getCentre() != first.getCentre()
          || c.getCompany() != first.getCompany()
          || c.getMember() != first.getMember()) {
        throw InvalidFieldsException.of("ids", "consumption.invoice.one-payer");
      }
    }
    selected.sort(
        Comparator.comparing(Consumption::getConsumedOn).thenComparing(Consumption::getId));
    Invoice invoice =
        drafts.draft(
            first.getCentre(),
            first.getCompany(),
            first.getMember(),
            Invoice.Kind.INVOICE,
            actorId);
    for (Consumption c : selected) {
      drafts.addLine(invoice, line(c));
    }
    invoice.setServiceFrom(selected.get(0).getConsumedOn());
    invoice.setServiceTo(selected.get(selected.size() - 1).getConsumedOn());
    LocalDate today = LocalDate.now(clock.withZone(first.getCentre().zone()));
    issuing.issue(invoice, today, actorId, actorName);
    selected.forEach(c -> c.setInvoiceId(invoice.getId()));
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (billedTwice(e)) {
        throw new ConsumptionBilledException();
      }
      throw e;
    }
    audit.record(
        "Invoice",
        invoice.getId(),
        "ISSUE",
        first.getCentre().getId(),
        Changes.of()
            .field("number", null, invoice.getNumber())
            .field("grossTotal", null, invoice.getGrossTotal())
            .field("consumptions", null, selected.size()));
    return invoice;
  }

  /** The invoice line of a consumption, as the monthly run also writes it. */
  public static LineDraft line(Consumption c) {
    return LineDraft.of(
            InvoiceLine.Source.CONSUMPTION,
            c.getItem(),
            c.getDescription(),
            c.getQuantity(),
            c.getUnitPrice())
        .withDiscount(c.getDiscountPercent())
        .withPeriod(c.getConsumedOn(), c.getConsumedOn(), null)
        .fromConsumption(c.getId());
  }

  /** Whether the failure is the unique line per consumption (a concurrent bill won). */
  static boolean billedTwice(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && "23505".equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).contains("invoice_line_consumption_once")) {
        return true;
      }
    }
    return false;
  }
}
