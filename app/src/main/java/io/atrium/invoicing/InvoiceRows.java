package io.atrium.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Writes new documents and their lines in two statements, whatever their number: each column goes
 * to PostgreSQL as one array and {@code unnest} makes the rows. A billing run's chunk of a thousand
 * invoices spent more time in the persistence context's flush (building each row field by field,
 * then a multi-row INSERT planned per 128 rows) than PostgreSQL spent storing them. The database
 * checks these rows exactly as any other insert: tenant row security, foreign keys, the frozen-line
 * and closed-period triggers. Every mapped column of {@link Invoice} and {@link InvoiceLine} is
 * written (InvoiceRowsTest holds the lists to the entities).
 */
@ApplicationScoped
public class InvoiceRows {

  static final List<Column<Invoice>> INVOICE =
      List.of(
          Column.of("id", "bigint", Invoice::getId),
          Column.of("centre_id", "bigint", i -> i.getCentre().getId()),
          Column.of(
              "company_id", "bigint", i -> i.getCompany() == null ? null : i.getCompany().getId()),
          Column.of(
              "member_id", "bigint", i -> i.getMember() == null ? null : i.getMember().getId()),
          Column.of("contract_id", "bigint", Invoice::getContractId),
          Column.of("kind", "text", Invoice::getKind),
          Column.of("status", "text", Invoice::getStatus),
          Column.of("corrects_id", "bigint", Invoice::getCorrectsId),
          Column.of("series_id", "bigint", Invoice::getSeriesId),
          Column.of("number", "text", Invoice::getNumber),
          Column.of("chain_seq", "bigint", Invoice::getChainSeq),
          Column.of("issue_date", "date", Invoice::getIssueDate),
          Column.of("due_date", "date", Invoice::getDueDate),
          Column.of("service_from", "date", Invoice::getServiceFrom),
          Column.of("service_to", "date", Invoice::getServiceTo),
          Column.of("currency", "text", Invoice::getCurrency),
          Column.of("language", "text", Invoice::getLanguage),
          Column.of("b2c", "boolean", Invoice::isB2c),
          Column.of("seller", "jsonb", Invoice::getSeller),
          Column.of("buyer", "jsonb", Invoice::getBuyer),
          Column.of("net_total", "numeric", Invoice::getNetTotal),
          Column.of("tax_total", "numeric", Invoice::getTaxTotal),
          Column.of("gross_total", "numeric", Invoice::getGrossTotal),
          Column.of("notes", "text", Invoice::getNotes),
          Column.of("billing_run_id", "bigint", Invoice::getBillingRunId),
          Column.of("footprint", "text", Invoice::getFootprint),
          Column.of("previous_footprint", "text", Invoice::getPreviousFootprint),
          Column.of("created_by_id", "bigint", Invoice::getCreatedById),
          Column.of("created_at", "timestamptz", Invoice::getCreatedAt),
          Column.of("issued_at", "timestamptz", Invoice::getIssuedAt),
          Column.of("issued_by_id", "bigint", Invoice::getIssuedById),
          Column.of("issued_by_name", "text", Invoice::getIssuedByName));

  static final List<Column<InvoiceLine>> LINE =
      List.of(
          Column.of("id", "bigint", InvoiceLine::getId),
          Column.of("invoice_id", "bigint", l -> l.getInvoice().getId()),
          Column.of("position", "integer", InvoiceLine::getPosition),
          Column.of("source", "text", InvoiceLine::getSource),
          Column.of("item_id", "bigint", l -> l.getItem() == null ? null : l.getItem().getId()),
          Column.of("contract_line_id", "bigint", InvoiceLine::getContractLineId),
          Column.of("consumption_id", "bigint", InvoiceLine::getConsumptionId),
          Column.of("description", "text", InvoiceLine::getDescription),
          Column.of("quantity", "numeric", InvoiceLine::getQuantity),
          Column.of("unit", "text", InvoiceLine::getUnit),
          Column.of("unit_price", "numeric", InvoiceLine::getUnitPrice),
          Column.of("discount_percent", "numeric", InvoiceLine::getDiscountPercent),
          Column.of("net_amount", "numeric", InvoiceLine::getNetAmount),
          Column.of("vat_category", "text", InvoiceLine::getVatCategory),
          Column.of("sac_code", "text", InvoiceLine::getSacCode),
          Column.of("tax_rate", "numeric", InvoiceLine::getTaxRate),
          Column.of("tax_amount", "numeric", InvoiceLine::getTaxAmount),
          Column.of("cgst_amount", "numeric", InvoiceLine::getCgstAmount),
          Column.of("sgst_amount", "numeric", InvoiceLine::getSgstAmount),
          Column.of("igst_amount", "numeric", InvoiceLine::getIgstAmount),
          Column.of("period_from", "date", InvoiceLine::getPeriodFrom),
          Column.of("period_to", "date", InvoiceLine::getPeriodTo),
          Column.of("proration_note", "text", InvoiceLine::getProrationNote));

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
      Iterator<Long> ids = ids(connection, invoices.size() + lines.size()).iterator();
      invoices.forEach(i -> i.writtenAs(ids.next()));
      lines.forEach(l -> l.writtenAs(ids.next()));
      write(connection, "invoice", INVOICE, invoices);
      write(connection, "invoice_line", LINE, lines);
    } catch (SQLException e) {
      throw new InvoiceWriteException(e);
    }
  }

  /** Ids the persistence context will never hand out: it uses each value's 49 predecessors. */
  private static List<Long> ids(Connection connection, int count) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement next =
        connection.prepareStatement("SELECT nextval('atrium_id_seq') FROM generate_series(1, ?)")) {
      next.setInt(1, count);
      try (ResultSet rows = next.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  private static <T> void write(
      Connection connection, String table, List<Column<T>> columns, List<T> rows)
      throws SQLException {
    StringBuilder names = new StringBuilder("tenant_id, version");
    StringBuilder values = new StringBuilder("atrium_current_tenant(), 1");
    StringBuilder arrays = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      Column<T> column = columns.get(c);
      names.append(", ").append(column.name());
      values.append(", r.c").append(c).append("::").append(column.type());
      arrays.append(c == 0 ? "" : ", ").append('?');
    }
    StringBuilder aliases = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      aliases.append(c == 0 ? "" : ", ").append('c').append(c);
    }
    // Only the constant names and types above are written into the text; the values are bound.
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + names
            + ") SELECT "
            + values
            + " FROM unnest("
            + arrays
            + ") AS r("
            + aliases
            + ")";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int c = 0; c < columns.size(); c++) {
        String[] texts = new String[rows.size()];
        Function<T, Object> value = columns.get(c).value();
        for (int r = 0; r < texts.length; r++) {
          texts[r] = text(value.apply(rows.get(r)));
        }
        Array array = connection.createArrayOf("text", texts);
        insert.setArray(c + 1, array);
      }
      insert.executeUpdate();
    }
  }

  /** Values as PostgreSQL reads them back from text: amounts exact, instants in ISO-8601 UTC. */
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value.toString();
  }

  /** A column and how to read its value from the object written. */
  record Column<T>(String name, String type, Function<T, Object> value) {
    static <T> Column<T> of(String name, String type, Function<T, Object> value) {
      return new Column<>(name, type, value);
    }
  }

  /** The database refused the rows: the whole transaction is rolled back. */
  public static class InvoiceWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvoiceWriteException(SQLException cause) {
      super("Writing the documents failed: " + cause.getMessage(), cause);
    }
  }
}
