package io.atrium.collection;

import io.atrium.audit.Actor;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Company;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.CentreScope;
import io.atrium.invoicing.Invoice;
import io.atrium.notifications.Mail;
import io.atrium.notifications.Notifications;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.format.Formats;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends reminders of overdue invoices: by hand from the reminders page (invoices:edit, in the
 * caller's centres), or by {@link ReminderJob} for the levels whose days after the due date have
 * come (package rule 2). Each reminder is a row of {@code invoice_reminder}, unique per invoice and
 * level, a mail queued in the outbox and an audit entry, in one transaction.
 */
@ApplicationScoped
public class Reminders {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Tenancy tenancy;

  @Inject OverdueInvoices overdue;

  @Inject BillingTerms terms;

  @Inject ReminderTexts texts;

  @Inject Notifications notifications;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** The caller's centres' overdue invoices (invoices:read). */
  @Transactional
  public List<OverdueInvoice> overdue(Long centreId) {
    caller.require(Area.INVOICES, Action.READ);
    return overdue.list(caller.centres(), centreId);
  }

  /**
   * Sends the reminder of this level now. Not found: an invoice of another tenant or centre;
   * refused: one that is not overdue, or already reminded at this level.
   */
  @Transactional
  public void send(long invoiceId, ReminderLevel level) {
    AtriumPrincipal principal = caller.require(Area.INVOICES, Action.EDIT);
    Invoice invoice = em.find(Invoice.class, invoiceId);
    if (invoice == null || !caller.centres().allows(invoice.getCentre().getId())) {
      throw new NotFoundException();
    }
    if (level == null) {
      throw new ReminderRefusedException("level");
    }
    OverdueInvoice late =
        overdue
            .find(caller.centres(), invoiceId)
            .orElseThrow(() -> new ReminderRefusedException("not-overdue", invoice.getNumber()));
    remind(invoice, late, level, false, Actor.of(principal));
  }

  /**
   * The daily sweep of the bound tenant (no caller): for each overdue invoice, the lowest level
   * above the last one sent whose days have come. Returns how many reminders went.
   */
  @Transactional
  public int sendScheduled() {
    CollectionSettings settings = terms.settings();
    int sent = 0;
    for (OverdueInvoice late : overdue.list(CentreScope.ALL, null)) {
      ReminderLevel next = nextLevel(settings, late);
      Invoice invoice = em.find(Invoice.class, late.id());
      // Without an address the invoice waits: the page shows it, and one such buyer must not
      // stop the reminders of all the others.
      if (next != null && recipient(invoice) != null) {
        remind(invoice, late, next, true, Actor.SYSTEM);
        sent++;
      }
    }
    return sent;
  }

  static ReminderLevel nextLevel(CollectionSettings settings, OverdueInvoice late) {
    for (ReminderLevel level : ReminderLevel.values()) {
      if (late.lastLevel() != null && level.ordinal() <= late.lastLevel().ordinal()) {
        continue;
      }
      Integer days = settings.daysOf(level);
      if (days != null && late.daysLate() >= days) {
        return level;
      }
    }
    return null;
  }

  private void remind(
      Invoice invoice, OverdueInvoice late, ReminderLevel level, boolean scheduled, Actor actor) {
    String to = recipient(invoice);
    if (to == null) {
      throw new ReminderRefusedException("no-email", invoice.getNumber());
    }
    int inserted =
        em.createNativeQuery(
                "INSERT INTO invoice_reminder (tenant_id, id, invoice_id, level, sent_at, sent_to,"
                    + " sent_by, scheduled) VALUES (?1, nextval('atrium_id_seq'), ?2, ?3, ?4, ?5,"
                    + " ?6, ?7) ON CONFLICT (tenant_id, invoice_id, level) DO NOTHING")
            .setParameter(1, tenancy.currentTenantId().orElseThrow())
            .setParameter(2, invoice.getId())
            .setParameter(3, level.name())
            .setParameter(4, java.sql.Timestamp.from(clock.instant()))
            .setParameter(5, to)
            .setParameter(6, actor.name() == null ? "Atrium" : actor.name())
            .setParameter(7, scheduled)
            .executeUpdate();
    if (inserted == 0) {
      throw new ReminderRefusedException("already-sent", invoice.getNumber());
    }
    String language = "fr".equals(invoice.getLanguage()) ? "fr" : "en";
    Formats formats = Formats.of(Locale.forLanguageTag(language), terms.country());
    ReminderText text =
        texts
            .of(level, language)
            .filled(
                Map.of(
                    "number", invoice.getNumber(),
                    "amount", formats.amount(late.due()) + " " + late.currency(),
                    "dueDate", formats.date(late.dueDate()),
                    "daysLate", String.valueOf(late.daysLate())));
    notifications.email(
        new Mail(
            to,
            buyerName(invoice),
            language,
            "collection.reminder",
            Map.of("subject", text.subject(), "body", text.body())));
    audit.record(
        actor,
        "Invoice",
        invoice.getId(),
        "REMIND",
        invoice.getCentre().getId(),
        Changes.of()
            .field("reminder", null, level.name())
            .field("sentTo", null, to)
            .field("scheduled", null, scheduled));
  }

  private static String recipient(Invoice invoice) {
    Company company = invoice.getCompany();
    if (company != null) {
      if (company.getEmail() != null && !company.getEmail().isBlank()) {
        return company.getEmail();
      }
      return company.getMainContact() == null ? null : company.getMainContact().getEmail();
    }
    return invoice.getMember() == null ? null : invoice.getMember().getEmail();
  }

  private static String buyerName(Invoice invoice) {
    return invoice.getCompany() != null
        ? invoice.getCompany().getName()
        : invoice.getMember().getFullName();
  }
}
