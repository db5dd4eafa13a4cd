package io.atrium.collection;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceDrafts;
import io.atrium.invoicing.InvoiceIssuing;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.LineDraft;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import io.atrium.tenancy.TaxScheme;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * "Invoice late fees": issues, through the invoicing core, a separate invoice of LATE_FEE lines
 * (the penalty for the days not billed yet, and the recovery indemnity the first time) for an
 * overdue invoice, and records the period billed; the {@code late_fee_billing} key refuses a second
 * billing of the same period (package rule 3).
 *
 * <p>Tax: in France late penalties and the indemnity are damages, outside the scope of VAT
 * (category O, rate 0). In India interest for late payment is part of the value of the supply (CGST
 * Act s.15(2)(d)) and is taxed like it: the line takes the SAC and rate of the invoice's first
 * line, supplied where the property is (CGST + SGST).
 */
@ApplicationScoped
public class LateFeeInvoicing {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Tenancy tenancy;

  @Inject OverdueInvoices overdue;

  @Inject BillingTerms terms;

  @Inject InvoiceDrafts drafts;

  @Inject InvoiceIssuing issuing;

  @Inject AuditTrail audit;

  /** Issues the late-fee invoice of an overdue invoice of the caller's centres (invoices:edit). */
  @Transactional
  public Invoice invoice(long invoiceId) {
    AtriumPrincipal principal = caller.require(Area.INVOICES, Action.EDIT);
    Invoice late = em.find(Invoice.class, invoiceId);
    if (late == null || !caller.centres().allows(late.getCentre().getId())) {
      throw new NotFoundException();
    }
    if (!terms.settings().lateFeesEnabled()) {
      throw new ReminderRefusedException("late-fees-off");
    }
    OverdueInvoice row =
        overdue
            .find(caller.centres(), invoiceId)
            .orElseThrow(() -> new ReminderRefusedException("not-overdue", late.getNumber()));
    LateFee fee = row.lateFee();
    if (!fee.isDue()) {
      throw new ReminderRefusedException("nothing-to-bill", late.getNumber());
    }
    Invoice fees =
        drafts.draft(
            late.getCentre(),
            late.getCompany(),
            late.getMember(),
            Invoice.Kind.INVOICE,
            principal.personId());
    ResourceBundle words = Texts.bundle(Locale.forLanguageTag(fees.getLanguage()));
    Formats formats = Formats.of(Locale.forLanguageTag(fees.getLanguage()), terms.country());
    LineDraft.Tax tax = tax(late);
    if (fee.penalty().signum() > 0) {
      String text =
          MessageFormat.format(
              words.getString("collection.latefee.penalty.line"),
              late.getNumber(),
              String.valueOf(fee.days()),
              formats.number(terms.settings().penaltyRate()));
      drafts.addLine(fees, line(text, fee.penalty(), tax).withPeriod(fee.from(), fee.to(), null));
    }
    if (fee.indemnity().signum() > 0) {
      String text =
          MessageFormat.format(
              words.getString("collection.latefee.indemnity.line"), late.getNumber());
      drafts.addLine(fees, line(text, fee.indemnity(), tax));
    }
    Invoice issued = issuing.issue(fees, terms.today(), principal.personId(), principal.fullName());
    em.createNativeQuery(
            "INSERT INTO late_fee_billing (tenant_id, invoice_id, period_from, period_to, penalty,"
                + " indemnity, fee_invoice_id, billed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, tenancy.currentTenantId().orElseThrow())
        .setParameter(2, late.getId())
        .setParameter(3, fee.from())
        .setParameter(4, fee.to())
        .setParameter(5, fee.penalty())
        .setParameter(6, fee.indemnity())
        .setParameter(7, issued.getId())
        .setParameter(8, principal.fullName())
        .executeUpdate();
    audit.record(
        "Invoice",
        issued.getId(),
        "ISSUE_LATE_FEES",
        late.getCentre().getId(),
        Changes.of()
            .field("number", null, issued.getNumber())
            .field("lateInvoice", null, late.getNumber())
            .field("penalty", null, fee.penalty())
            .field("indemnity", null, fee.indemnity()));
    return issued;
  }

  private static LineDraft line(String description, BigDecimal amount, LineDraft.Tax tax) {
    return new LineDraft(
        InvoiceLine.Source.LATE_FEE,
        null,
        description,
        BigDecimal.ONE,
        "UNIT",
        amount,
        BigDecimal.ZERO,
        null,
        null,
        null,
        null,
        null,
        tax);
  }

  static LineDraft.Tax tax(Invoice late) {
    if (late.getCentre().getTaxScheme() != TaxScheme.GST) {
      return LineDraft.Tax.NOT_SUBJECT_VAT;
    }
    return late.getLines().stream()
        .filter(l -> l.getSacCode() != null)
        .min(Comparator.comparingInt(InvoiceLine::getPosition))
        .map(l -> new LineDraft.Tax(null, l.getSacCode(), l.getTaxRate(), true))
        .orElse(new LineDraft.Tax(null, "997212", new BigDecimal("18"), true));
  }
}
