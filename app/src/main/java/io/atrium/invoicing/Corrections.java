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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    Invoice note = correction(original, Invoice.Kind.CREDIT_NOTE, actor.personId());
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
    overCreditedRate(original, note)
        .ifPresent(
            left -> {
              throw new InvoiceStateException("over-credit-rate", left);
            });
    return issuedCredit(original, note, actor.personId(), actor.fullName());
  }

  /**
   * Takes back, by a credit note issued at once, the lines an invoice holds for these consumptions:
   * what another capability sold and invoiced at once, then cancelled (a booking invoiced at its
   * confirmation, 000 workflow 3), once that capability checked its own rights. The invoice itself
   * never changes. Nothing when the invoice was corrected already (credited or replaced).
   *
   * @param actorId the staff member cancelling, or null (a member in the client space)
   * @return the credit note, if one was issued
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Invoice> creditSold(
      long invoiceId, Collection<Long> consumptionIds, Long actorId, String actorName) {
    Invoice original = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
    if (original == null
        || !original.isIssued()
        || original.getKind() == Invoice.Kind.CREDIT_NOTE
        || replacedBy(original).isPresent()
        || balances.of(original).credited().signum() > 0) {
      // Corrected by hand already: staff take back the rest themselves.
      return Optional.empty();
    }
    List<InvoiceLine> sold =
        original.getLines().stream()
            .filter(
                l -> l.getConsumptionId() != null && consumptionIds.contains(l.getConsumptionId()))
            .toList();
    if (sold.isEmpty()) {
      return Optional.empty();
    }
    Invoice note = correction(original, Invoice.Kind.CREDIT_NOTE, actorId);
    sold.forEach(l -> drafts.addLine(note, copy(l, l.getQuantity(), null)));
    return Optional.of(issuedCredit(original, note, actorId, actorName));
  }

  /** A draft correcting the invoice, for its buyer at its centre. */
  private Invoice correction(Invoice original, Invoice.Kind kind, Long actorId) {
    Invoice draft =
        drafts.draft(
            original.getCentre(), original.getCompany(), original.getMember(), kind, actorId);
    draft.setCorrectsId(original.getId());
    return draft;
  }

  /** Issues the note today on the centre's calendar; the invoice it credits records it too. */
  private Invoice issuedCredit(Invoice original, Invoice note, Long actorId, String actorName) {
    LocalDate today = LocalDate.now(clock.withZone(original.getCentre().zone()));
    invoices.issued(note, today, actorId, actorName);
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
    Invoice replacement = correction(original, Invoice.Kind.CORRECTIVE, actor.personId());
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

  /**
   * A credit note takes back, at each tax rate (VAT category and rate; GST rate, IGST apart), at
   * most the net the invoice billed at it less what earlier credit notes took back: else the tax it
   * reverses would exceed the tax charged (a 20 % line credited several times over while the 10 %
   * lines keep the invoice's total under its gross). Empty when it does not; else what was left to
   * credit at the first rate exceeded, with the rate, for the refusal.
   */
  private java.util.Optional<String> overCreditedRate(Invoice original, Invoice note) {
    java.util.Map<String, BigDecimal> left = new java.util.LinkedHashMap<>();
    original.getLines().forEach(l -> left.merge(rateOf(l), l.getNetAmount(), BigDecimal::add));
    List<Invoice> earlier =
        em.createQuery(
                "SELECT i FROM Invoice i WHERE i.correctsId = :id AND i.kind = :kind"
                    + " AND i.status = :status AND i.id <> :note",
                Invoice.class)
            .setParameter("id", original.getId())
            .setParameter("kind", Invoice.Kind.CREDIT_NOTE)
            .setParameter("status", Invoice.Status.ISSUED)
            .setParameter("note", note.getId() == null ? -1L : note.getId())
            .getResultList();
    for (Invoice credit : earlier) {
      credit
          .getLines()
          .forEach(l -> left.merge(rateOf(l), l.getNetAmount().negate(), BigDecimal::add));
    }
    java.util.Map<String, BigDecimal> asked = new java.util.LinkedHashMap<>();
    note.getLines().forEach(l -> asked.merge(rateOf(l), l.getNetAmount(), BigDecimal::add));
    for (var rate : asked.entrySet()) {
      BigDecimal available = left.getOrDefault(rate.getKey(), BigDecimal.ZERO);
      if (rate.getValue().compareTo(available) > 0) {
        String percent = rate.getKey().split("\\|")[1];
        return java.util.Optional.of(
            available.max(BigDecimal.ZERO).setScale(2)
                + " "
                + original.getCurrency()
                + " ("
                + percent
                + " %)");
      }
    }
    return java.util.Optional.empty();
  }

  private static String rateOf(InvoiceLine line) {
    boolean igst = line.getIgstAmount() != null && line.getIgstAmount().signum() != 0;
    return line.getVatCategory()
        + "|"
        + line.getTaxRate().stripTrailingZeros().toPlainString()
        + "|"
        + (igst ? "IGST" : "");
  }

  private Invoice correctable(long invoiceId) {
    Invoice original = access.managed(invoiceId, Action.CREATE);
    if (!original.isIssued()) {
      throw new InvoiceStateException("not-issued");
    }
    if (original.getKind() == Invoice.Kind.CREDIT_NOTE) {
      throw new InvoiceStateException("credit-of-credit", original.getNumber());
    }
    Optional<String> replaced = replacedBy(original);
    if (replaced.isPresent()) {
      throw new InvoiceStateException("replaced", original.getNumber(), replaced.get());
    }
    return original;
  }

  /** The number of the corrective invoice that replaces this one ("" while a draft), if any. */
  private Optional<String> replacedBy(Invoice original) {
    List<?> replaced =
        em.createNativeQuery(
                "SELECT number FROM invoice WHERE corrects_id = ?1 AND kind = 'CORRECTIVE'")
            .setParameter(1, original.getId())
            .getResultList();
    return replaced.isEmpty()
        ? Optional.empty()
        : Optional.of(replaced.get(0) == null ? "" : (String) replaced.get(0));
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
