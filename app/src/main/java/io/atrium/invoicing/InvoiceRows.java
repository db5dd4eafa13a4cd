package io.atrium.invoicing;

import static io.atrium.shared.database.SetInsert.column;

import io.atrium.shared.database.SetInsert;
import io.atrium.shared.database.SetInsert.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes new documents and their lines in two statements ({@link SetInsert}), whatever their
 * number: a billing run's chunk of a thousand invoices spent more time in the persistence context's
 * flush than PostgreSQL spent storing them. The database checks these rows exactly as any other
 * insert: tenant row security, foreign keys, the frozen-line and closed-period triggers. Every
 * mapped column of {@link Invoice} and {@link InvoiceLine} is written (InvoiceRowsTest holds the
 * lists to the entities).
 */
@ApplicationScoped
public class InvoiceRows {

  static final List<Column<Invoice>> INVOICE =
      List.of(
          column("id", "bigint", Invoice::getId),
          column("centre_id", "bigint", i -> i.getCentre().getId()),
          column(
              "company_id", "bigint", i -> i.getCompany() == null ? null : i.getCompany().getId()),
          column("member_id", "bigint", i -> i.getMember() == null ? null : i.getMember().getId()),
          column("contract_id", "bigint", Invoice::getContractId),
          column("kind", "text", Invoice::getKind),
          column("status", "text", Invoice::getStatus),
          column("corrects_id", "bigint", Invoice::getCorrectsId),
          column("series_id", "bigint", Invoice::getSeriesId),
          column("number", "text", Invoice::getNumber),
          column("chain_seq", "bigint", Invoice::getChainSeq),
          column("issue_date", "date", Invoice::getIssueDate),
          column("due_date", "date", Invoice::getDueDate),
          column("service_from", "date", Invoice::getServiceFrom),
          column("service_to", "date", Invoice::getServiceTo),
          column("currency", "text", Invoice::getCurrency),
          column("language", "text", Invoice::getLanguage),
          column("b2c", "boolean", Invoice::isB2c),
          column("seller", "jsonb", Invoice::getSeller),
          column("buyer", "jsonb", Invoice::getBuyer),
          column("net_total", "numeric", Invoice::getNetTotal),
          column("tax_total", "numeric", Invoice::getTaxTotal),
          column("gross_total", "numeric", Invoice::getGrossTotal),
          column("notes", "text", Invoice::getNotes),
          column("billing_run_id", "bigint", Invoice::getBillingRunId),
          column("footprint", "text", Invoice::getFootprint),
          column("previous_footprint", "text", Invoice::getPreviousFootprint),
          column("created_by_id", "bigint", Invoice::getCreatedById),
          column("created_at", "timestamptz", Invoice::getCreatedAt),
          column("issued_at", "timestamptz", Invoice::getIssuedAt),
          column("issued_by_id", "bigint", Invoice::getIssuedById),
          column("issued_by_name", "text", Invoice::getIssuedByName));

  static final List<Column<InvoiceLine>> LINE =
      List.of(
          column("id", "bigint", InvoiceLine::getId),
          column("invoice_id", "bigint", l -> l.getInvoice().getId()),
          column("position", "integer", InvoiceLine::getPosition),
          column("source", "text", InvoiceLine::getSource),
          column("item_id", "bigint", l -> l.getItem() == null ? null : l.getItem().getId()),
          column("contract_line_id", "bigint", InvoiceLine::getContractLineId),
          column("consumption_id", "bigint", InvoiceLine::getConsumptionId),
          column("description", "text", InvoiceLine::getDescription),
          column("quantity", "numeric", InvoiceLine::getQuantity),
          column("unit", "text", InvoiceLine::getUnit),
          column("unit_price", "numeric", InvoiceLine::getUnitPrice),
          column("discount_percent", "numeric", InvoiceLine::getDiscountPercent),
          column("net_amount", "numeric", InvoiceLine::getNetAmount),
          column("vat_category", "text", InvoiceLine::getVatCategory),
          column("sac_code", "text", InvoiceLine::getSacCode),
          column("tax_rate", "numeric", InvoiceLine::getTaxRate),
          column("tax_amount", "numeric", InvoiceLine::getTaxAmount),
          column("cgst_amount", "numeric", InvoiceLine::getCgstAmount),
          column("sgst_amount", "numeric", InvoiceLine::getSgstAmount),
          column("igst_amount", "numeric", InvoiceLine::getIgstAmount),
          column("period_from", "date", InvoiceLine::getPeriodFrom),
          column("period_to", "date", InvoiceLine::getPeriodTo),
          column("proration_note", "text", InvoiceLine::getProrationNote));

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /**
   * Inserts documents never saved, with their lines, in the caller's transaction: ids are taken
   * from the sequence first, so the objects carry them afterwards (for the rows that point to
   * them).
   */
  public void insert(List<Invoice> invoices) {
    if (invoices.isEmpty()) {
      return;
    }
    List<InvoiceLine> lines = new ArrayList<>();
    invoices.forEach(i -> lines.addAll(i.getLines()));
    Connection connection = em.unwrap(Connection.class);
    try {
      Iterator<Long> ids = SetInsert.ids(connection, invoices.size() + lines.size()).iterator();
      invoices.forEach(i -> i.writtenAs(ids.next()));
      lines.forEach(l -> l.writtenAs(ids.next()));
      SetInsert.insert(connection, "invoice", INVOICE, invoices);
      SetInsert.insert(connection, "invoice_line", LINE, lines);
    } catch (SQLException e) {
      throw new IllegalStateException("Writing the documents failed: " + e.getMessage(), e);
    }
  }
}
