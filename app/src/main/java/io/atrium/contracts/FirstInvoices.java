package io.atrium.contracts;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceDrafts;
import io.atrium.invoicing.InvoiceIssuing;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.LineDraft;
import io.atrium.tenancy.TaxScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * What signing a contract invoices, through the invoicing core, in the signature's transaction: the
 * deposit (outside the scope of tax: a security, not a supply; none when it is zero) and the first
 * billing period, from the start date to the end of that month, prorated by days when it does not
 * start on the 1st. The period is recorded in contract_billing, so the monthly run never bills it
 * again.
 */
@ApplicationScoped
class FirstInvoices {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject InvoiceDrafts drafts;

  @Inject InvoiceIssuing issuing;

  /** The first billing period of a contract: its start to the end of that month or its end. */
  record Period(LocalDate from, LocalDate to, int days, int monthDays) {

    static Period first(Contract contract) {
      LocalDate start = contract.getStartDate();
      LocalDate monthEnd = start.with(TemporalAdjusters.lastDayOfMonth());
      LocalDate to =
          contract.getEndDate() != null && contract.getEndDate().isBefore(monthEnd)
              ? contract.getEndDate()
              : monthEnd;
      return new Period(
          start, to, (int) (to.toEpochDay() - start.toEpochDay()) + 1, start.lengthOfMonth());
    }

    boolean whole() {
      return days == monthDays;
    }

    /** The month's price for the days used, half up to the cent. */
    BigDecimal prorate(BigDecimal monthly) {
      return whole()
          ? monthly
          : monthly
              .multiply(BigDecimal.valueOf(days))
              .divide(BigDecimal.valueOf(monthDays), 2, RoundingMode.HALF_UP);
    }

    String note(String language) {
      return whole() ? null : days + "/" + monthDays + ("fr".equals(language) ? " jours" : " days");
    }
  }

  /** Issues the deposit invoice (if any) and the first month's, dated {@code day}. */
  List<Invoice> issue(Contract contract, LocalDate day, Long actorId, String actorName) {
    List<Invoice> issued = new ArrayList<>();
    if (contract.getDepositAmount().signum() > 0) {
      issued.add(issuing.issue(deposit(contract, actorId), day, actorId, actorName));
    }
    Period period = Period.first(contract);
    Invoice month = firstMonth(contract, period, actorId);
    issued.add(issuing.issue(month, day, actorId, actorName));
    em.createNativeQuery(
            "INSERT INTO contract_billing (tenant_id, contract_id, period_start, period_end,"
                + " invoice_id) VALUES (atrium_current_tenant(), ?1, ?2, ?3, ?4)")
        .setParameter(1, contract.getId())
        .setParameter(2, period.from())
        .setParameter(3, period.to())
        .setParameter(4, month.getId())
        .executeUpdate();
    return issued;
  }

  private Invoice deposit(Contract contract, Long actorId) {
    Invoice invoice = draft(contract, Invoice.Kind.DEPOSIT, actorId);
    String description =
        ("fr".equals(invoice.getLanguage())
                ? "Dépôt de garantie – contrat "
                : "Deposit – contract ")
            + contract.getReference();
    drafts.addLine(
        invoice,
        new LineDraft(
            InvoiceLine.Source.DEPOSIT,
            null,
            description,
            BigDecimal.ONE,
            "UNIT",
            contract.getDepositAmount(),
            BigDecimal.ZERO,
            null,
            null,
            null,
            null,
            null,
            contract.getCentre().getTaxScheme() == TaxScheme.GST
                ? LineDraft.Tax.NOT_SUBJECT_GST
                : LineDraft.Tax.NOT_SUBJECT_VAT));
    return invoice;
  }

  private Invoice firstMonth(Contract contract, Period period, Long actorId) {
    Invoice invoice = draft(contract, Invoice.Kind.INVOICE, actorId);
    invoice.setServiceFrom(period.from());
    invoice.setServiceTo(period.to());
    for (ContractLine line : contract.getLines()) {
      drafts.addLine(
          invoice,
          LineDraft.of(
                  line.getKind() == ContractLine.Kind.MAIN
                      ? InvoiceLine.Source.CONTRACT
                      : InvoiceLine.Source.OPTION,
                  line.getItem(),
                  line.getDescription(),
                  line.getQuantity(),
                  period.prorate(line.getUnitPrice()))
              .withDiscount(line.getDiscountPercent())
              .withPeriod(period.from(), period.to(), period.note(invoice.getLanguage()))
              .fromContractLine(line.getId()));
    }
    return invoice;
  }

  private Invoice draft(Contract contract, Invoice.Kind kind, Long actorId) {
    Invoice invoice =
        drafts.draft(
            contract.getCentre(), contract.getCompany(), contract.getMember(), kind, actorId);
    invoice.setContractId(contract.getId());
    return invoice;
  }
}
