package io.atrium.invoicing.documents;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.mustangproject.Allowance;
import org.mustangproject.IncludedNote;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.SubjectCode;

/**
 * An issued document as Mustang's EN 16931 transaction: type code (380, 381 and 384 with the
 * referenced invoice BT-25, 386), the parties ({@link FacturXParties}), billing mode S1 (services,
 * BT-23), the notes PMT, PMD and AAB once each, and one item per line with its VAT category and
 * rate, so that Mustang's VAT breakdown is the core's ({@code TaxLines}: per category and rate on
 * the sum of the nets).
 */
final class FacturXInvoice {

  /** BR-FR billing frame: S1, an invoice for services ("dépôt d'une facture de services"). */
  static final String BILLING_MODE = "S1";

  private FacturXInvoice() {}

  static org.mustangproject.Invoice of(DocumentFacts facts) {
    Invoice invoice = facts.invoice();
    boolean outsideScope = facts.lines().stream().allMatch(l -> "O".equals(l.getVatCategory()));
    org.mustangproject.Invoice cii =
        new org.mustangproject.Invoice()
            .setDocumentCode(invoice.getTypeCode())
            .setNumber(invoice.getNumber())
            .setIssueDate(date(invoice.getIssueDate()))
            .setDueDate(date(invoice.getDueDate()))
            .setCurrency(invoice.getCurrency())
            .setSender(FacturXParties.seller(facts, outsideScope))
            .setRecipient(FacturXParties.buyer(facts, outsideScope))
            .setBusinessProcessId(BILLING_MODE)
            .setPaymentTermDescription(
                facts.text("document.payBy", facts.date(invoice.getDueDate())));
    if (invoice.getServiceFrom() != null && invoice.getServiceTo() != null) {
      cii.setDetailedDeliveryPeriod(date(invoice.getServiceFrom()), date(invoice.getServiceTo()));
    } else {
      cii.setDeliveryDate(date(invoice.getIssueDate()));
    }
    if (facts.correctedNumber() != null) {
      cii.setInvoiceReferencedDocumentID(facts.correctedNumber());
      cii.setInvoiceReferencedIssueDate(date(facts.correctedDate()));
    }
    List<IncludedNote> notes = new java.util.ArrayList<>();
    if (!invoice.isB2c()) {
      notes.add(new IncludedNote(DocumentMentions.recoveryIndemnity(facts), SubjectCode.PMT));
    }
    notes.add(new IncludedNote(DocumentMentions.latePenalties(facts), SubjectCode.PMD));
    notes.add(new IncludedNote(DocumentMentions.earlyPayment(facts), SubjectCode.AAB));
    cii.addNotes(notes);
    for (InvoiceLine line : facts.lines()) {
      cii.addItem(item(facts, line));
    }
    return cii;
  }

  private static Item item(DocumentFacts facts, InvoiceLine line) {
    Product product =
        new Product(line.getDescription(), null, unitCode(line.getUnit()), line.getTaxRate());
    product.setTaxCategoryCode(line.getVatCategory());
    if ("O".equals(line.getVatCategory())) {
      product.setTaxExemptionReasonCode("VATEX-EU-O");
      product.setTaxExemptionReason(DocumentMentions.outsideScopeReason(facts, line));
    }
    Item item = new Item(product, line.getUnitPrice(), line.getQuantity());
    item.setId(Integer.toString(line.getPosition()));
    BigDecimal gross = line.getQuantity().multiply(line.getUnitPrice());
    BigDecimal discount = gross.subtract(line.getNetAmount());
    if (discount.signum() != 0) {
      item.addAllowance(
          new Allowance(discount)
              .setReason(facts.text("document.col.discount"))
              .setReasonCode("95")
              .setTaxPercent(line.getTaxRate())
              .setCategoryCode(line.getVatCategory()));
    }
    if (line.getPeriodFrom() != null && line.getPeriodTo() != null) {
      item.setDetailedDeliveryPeriod(date(line.getPeriodFrom()), date(line.getPeriodTo()));
    }
    return item;
  }

  /** UN/ECE Recommendation 20 codes of the catalogue's units. */
  static String unitCode(String unit) {
    if (unit == null) {
      return "C62";
    }
    return switch (unit) {
      case "MONTH" -> "MON";
      case "DAY" -> "DAY";
      case "HOUR" -> "HUR";
      case "HALF_DAY" -> "C62";
      case "SQM" -> "MTK";
      default -> "C62";
    };
  }

  static Date date(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
