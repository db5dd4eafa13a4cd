package io.atrium.invoicing.api;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceBalance;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.Invoices;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A document as the API shows it: amounts as strings with their currency, what is paid and due, the
 * derived payment state, and its lines when read one at a time.
 */
public record InvoiceView(
    long id,
    String kind,
    String status,
    String number,
    long centreId,
    Long companyId,
    Long memberId,
    String buyer,
    Long correctsId,
    String replacedBy,
    LocalDate issueDate,
    LocalDate dueDate,
    String currency,
    String netTotal,
    String taxTotal,
    String grossTotal,
    String paid,
    String credited,
    String due,
    String paymentState,
    String pdf,
    List<Line> lines) {

  /** A line, priced and taxed. */
  public record Line(
      long id,
      int position,
      String source,
      Long itemId,
      String description,
      String quantity,
      String unit,
      String unitPrice,
      String discountPercent,
      String netAmount,
      String taxRate,
      String taxAmount,
      LocalDate periodFrom,
      LocalDate periodTo) {

    static Line of(InvoiceLine l) {
      return new Line(
          l.getId(),
          l.getPosition(),
          l.getSource().name(),
          l.getItem() == null ? null : l.getItem().getId(),
          l.getDescription(),
          l.getQuantity().stripTrailingZeros().toPlainString(),
          l.getUnit(),
          l.getUnitPrice().toPlainString(),
          l.getDiscountPercent().toPlainString(),
          l.getNetAmount().toPlainString(),
          l.getTaxRate().toPlainString(),
          l.getTaxAmount().toPlainString(),
          l.getPeriodFrom(),
          l.getPeriodTo());
    }
  }

  static InvoiceView of(Invoices.Listed listed, boolean withLines) {
    Invoice i = listed.invoice();
    InvoiceBalance.Balance b = listed.balance();
    return new InvoiceView(
        i.getId(),
        i.getKind().name(),
        i.getStatus().name(),
        i.getNumber(),
        i.getCentre().getId(),
        i.getCompany() == null ? null : i.getCompany().getId(),
        i.getMember() == null ? null : i.getMember().getId(),
        i.getCompany() != null ? i.getCompany().getName() : i.getMember().getFullName(),
        i.getCorrectsId(),
        b == null ? null : b.replacedBy(),
        i.getIssueDate(),
        i.getDueDate(),
        i.getCurrency(),
        plain(i.getNetTotal()),
        plain(i.getTaxTotal()),
        plain(i.getGrossTotal()),
        b == null ? null : plain(b.paid()),
        b == null ? null : plain(b.credited()),
        b == null ? null : plain(b.due()),
        b == null || b.state() == null ? null : b.state().name(),
        i.isIssued() ? "/api/invoices/" + i.getId() + "/pdf" : null,
        withLines ? i.getLines().stream().map(Line::of).toList() : null);
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
