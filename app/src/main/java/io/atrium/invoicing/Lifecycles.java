package io.atrium.invoicing;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.TextValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The e-invoice life cycle of an issued document: its statuses in order (invoices:read), and a
 * status recorded by staff from what the platform shows (invoices:edit) through the manual
 * platform. Statuses are those of the document's country; the day is on its centre's calendar.
 */
@ApplicationScoped
public class Lifecycles {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject InvoiceAccess access;

  @Inject ManualPlatform platform;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public List<InvoiceLifecycleEvent> of(long invoiceId) {
    caller.require(Area.INVOICES, Action.READ);
    Invoice invoice = access.readable(invoiceId).orElseThrow(NotFoundException::new);
    return em.createQuery(
            "select e from InvoiceLifecycleEvent e where e.invoiceId = :invoice"
                + " order by e.occurredAt, e.id",
            InvoiceLifecycleEvent.class)
        .setParameter("invoice", invoice.getId())
        .getResultList();
  }

  @Transactional
  public InvoiceLifecycleEvent record(
      long invoiceId, LifecycleStatus status, LocalDate day, String reference, String note) {
    AtriumPrincipal actor = caller.require(Area.INVOICES, Action.EDIT);
    Invoice invoice = access.managed(invoiceId, Action.EDIT);
    if (!invoice.isIssued()) {
      throw new InvoiceStateException("not-issued");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (status == null
        || !LifecycleStatus.of(invoice.getCentre().getTaxScheme()).contains(status)) {
      errors.put("status", "lifecycle.status.invalid");
    }
    LocalDate today = LocalDate.now(clock.withZone(invoice.getCentre().zone()));
    if (day == null) {
      errors.put("date", "invoice.required");
    } else if (day.isAfter(today) || day.isBefore(invoice.getIssueDate())) {
      errors.put("date", "lifecycle.date.invalid");
    }
    String ref = text(errors, "reference", reference, 100);
    String text = text(errors, "note", note, 500);
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    InvoiceLifecycleEvent event =
        new InvoiceLifecycleEvent(
            invoice.getId(),
            status,
            day.atStartOfDay(invoice.getCentre().zone()).toInstant(),
            platform.channel(),
            ref,
            text,
            actor.fullName());
    em.persist(event);
    em.flush();
    audit.record(
        Invoices.AUDIT,
        invoice.getId(),
        "LIFECYCLE",
        invoice.getCentre().getId(),
        Changes.of().field("status", null, status).field("date", null, day));
    return event;
  }

  private static String text(Map<String, String> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max || !TextValidator.clean(stripped, field.equals("note"))) {
      errors.put(field, "lifecycle.text.invalid");
    }
    return stripped;
  }
}
