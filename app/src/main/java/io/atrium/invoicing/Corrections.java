package io.atrium.invoicing;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Correcting an issued invoice, which itself never changes (invoices:create): a credit note (381)
 * taking back all or part of it, issued at once, never more than what remains un-credited; or a
 * corrective invoice (384, "annule et remplace"), a draft holding the invoice's lines to edit and
 * issue, made once per invoice.
 */
@ApplicationScoped
public class Corrections {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject InvoiceAccess access;

  @Inject InvoiceDrafts drafts;

  @Inject InvoiceBalance balances;

  @Inject Invoices invoices;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** Issues a credit note for the lines given (all of them when none is). */
  @Transactional
  public Invoice creditNote(long invoiceId, List<CreditLine> lines) {
    AtriumPrincipal actor = caller.require(Area.INVOICES, Action.CREATE);
    Invoice original = correctable(invoiceId);
    Invoice note =
        drafts.draft(
            original.getCentre(),
            original.getCompany(),
            original.getMember(),
            Invoice.Kind.CREDIT_NOTE,
            actor.personId());
    note.setCorrectsId(original.getId());
    if (lines == null || lines.isEmpty()) {
      original.getLines().forEach(l -> drafts.addLine(note, copy(l, l.getQuantity(), null)));
    } else {
      for (CreditLine credit : lines) {
        drafts.addLine(note, credited(original, credit));
      }
    }
    BigDecimal credited = balances.of(original).credited();
    BigDecimal remaining = original.getGrossTotal().subtract(credited);
    if (note.getGrossTotal().compareTo(remaining) > 0) {
      throw new InvoiceStateException("over-credit", remaining + " " + original.getCurrency());
    }
    LocalDate today = LocalDate.now(clock.withZone(original.getCentre().zone()));
    invoices.issued(note, today, actor);
    audit.record(
        Invoices.AUDIT,
        original.getId(),
        "CREDIT",
        original.getCentre().getId(),
        Changes.of()
            .field("creditNote", null, note.getNumber())
            .field("total", null, note.getGrossTotal() + " " + note.getCurrency()));
    return note;
  }

  /** A corrective draft replacing the invoice, with its lines to edit; once per invoice. */
  @Transactional
  public Invoice corrective(long invoiceId) {
    AtriumPrincipal actor = caller.require(Area.INVOICES, Action.CREATE);
    Invoice original = correctable(invoiceId);
    Invoice replacement =
        drafts.draft(
            original.getCentre(),
            original.getCompany(),
            original.getMember(),
            Invoice.Kind.CORRECTIVE,
            actor.personId());
    replacement.setCorrectsId(original.getId());
    replacement.setNotes(
        MessageFormat.format(
            Texts.bundle(Locale.forLanguageTag(replacement.getLanguage()))
                .getString("invoice.corrective.note"),
            original.getNumber()));
    original.getLines().forEach(l -> drafts.addLine(replacement, copy(l, l.getQuantity(), null)));
    em.flush();
    audit.record(
        Invoices.AUDIT,
        replacement.getId(),
        "CREATE",
        original.getCentre().getId(),
        Changes.of()
            .field("kind", null, replacement.getKind())
            .field("replaces", null, original.getNumber()));
    return replacement;
  }

  private Invoice correctable(long invoiceId) {
    Invoice original = access.managed(invoiceId, Action.CREATE);
    if (!original.isIssued()) {
      throw new InvoiceStateException("not-issued");
    }
    if (original.getKind() == Invoice.Kind.CREDIT_NOTE) {
      throw new InvoiceStateException("credit-of-credit", original.getNumber());
    }
    List<?> replaced =
        em.createNativeQuery(
                "SELECT number FROM invoice WHERE corrects_id = ?1 AND kind = 'CORRECTIVE'")
            .setParameter(1, original.getId())
            .getResultList();
    if (!replaced.isEmpty()) {
      throw new InvoiceStateException(
          "replaced", original.getNumber(), replaced.get(0) == null ? "" : replaced.get(0));
    }
    return original;
  }

  private static LineDraft credited(Invoice original, CreditLine credit) {
    InvoiceLine line =
        original.getLines().stream()
            .filter(l -> credit.lineId() != null && l.getId().equals(credit.lineId()))
            .findFirst()
            .orElseThrow(() -> InvalidFieldsException.of("lines", "invoice.credit.line.unknown"));
    if (credit.quantity() != null && credit.amount() != null) {
      throw InvalidFieldsException.of("lines", "invoice.credit.quantityOrAmount");
    }
    if (credit.amount() != null) {
      BigDecimal amount = credit.amount();
      if (amount.signum() <= 0
          || amount.compareTo(line.getNetAmount()) > 0
          || amount.stripTrailingZeros().scale() > 2) {
        throw InvalidFieldsException.of("lines", "invoice.credit.amount.invalid");
      }
      return copy(line, BigDecimal.ONE, amount);
    }
    BigDecimal quantity = credit.quantity() == null ? line.getQuantity() : credit.quantity();
    if (quantity.signum() <= 0
        || quantity.compareTo(line.getQuantity()) > 0
        || quantity.stripTrailingZeros().scale() > 3) {
      throw InvalidFieldsException.of("lines", "invoice.credit.quantity.invalid");
    }
    return copy(line, quantity, null);
  }

  /**
   * A correction line like the original one, taxed as it was (its category, SAC, rate and CGST/SGST
   * or IGST split), whatever the catalogue says today; with {@code amount}, one unit at that net
   * amount, undiscounted.
   */
  private static LineDraft copy(InvoiceLine line, BigDecimal quantity, BigDecimal amount) {
    return new LineDraft(
        InvoiceLine.Source.CORRECTION,
        line.getItem(),
        line.getDescription(),
        quantity,
        line.getUnit(),
        amount == null ? line.getUnitPrice() : amount,
        amount == null ? line.getDiscountPercent() : BigDecimal.ZERO,
        line.getPeriodFrom(),
        line.getPeriodTo(),
        line.getProrationNote(),
        null,
        null,
        new LineDraft.Tax(
            line.getVatCategory(),
            line.getSacCode(),
            line.getTaxRate(),
            line.getIgstAmount() == null || line.getIgstAmount().signum() == 0));
  }
}
