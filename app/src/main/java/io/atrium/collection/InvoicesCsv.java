package io.atrium.collection;

import io.atrium.shared.csv.CsvWriter;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The CSV of the period's issued invoices and credit notes: number, kind, dates, buyer, centre,
 * currency, net, the tax of each rate found in the period (one column per rate), tax, gross and
 * payment state, in the reader's language, 500 documents at a time.
 */
@ApplicationScoped
public class InvoicesCsv {

  static final int BATCH = 500;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject BillingTerms terms;

  @Transactional
  public void write(ExportScope scope, Locale language, OutputStream stream) {
    Formats formats = Formats.of(language, terms.country());
    ResourceBundle words = Texts.bundle(language);
    LocalDate today = terms.today();
    String where =
        "i.status = 'ISSUED' AND i.issue_date BETWEEN ?1 AND ?2 AND "
            + scope.centres("i.centre_id");
    List<BigDecimal> rates = rates(where, scope);
    var out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.to(out, formats);
    List<Object> header = new ArrayList<>();
    for (String key :
        List.of("number", "kind", "date", "dueDate", "buyer", "centre", "currency", "net")) {
      header.add(words.getString("collection.csv." + key));
    }
    for (BigDecimal rate : rates) {
      header.add(MessageFormat.format(words.getString("collection.csv.tax"), formats.number(rate)));
    }
    for (String key : List.of("taxTotal", "gross", "state")) {
      header.add(words.getString("collection.csv." + key));
    }
    csv.row(header);
    LocalDate afterDay = LocalDate.of(1, 1, 1);
    long afterId = 0;
    while (true) {
      List<?> rows =
          em.createNativeQuery(
                  "SELECT i.id, i.number, i.kind, i.issue_date, i.due_date, i.buyer->>'name',"
                      + " (SELECT c.code FROM centre c WHERE c.tenant_id = i.tenant_id"
                      + " AND c.id = i.centre_id), i.currency, i.net_total, i.tax_total,"
                      + " i.gross_total, "
                      + Outstanding.DUE
                      + " FROM invoice i WHERE "
                      + where
                      + " AND (i.issue_date, i.id) > (?3, ?4) ORDER BY i.issue_date, i.id LIMIT "
                      + BATCH)
              .setParameter(1, scope.from())
              .setParameter(2, scope.to())
              .setParameter(3, afterDay)
              .setParameter(4, afterId)
              .getResultList();
      if (rows.isEmpty()) {
        break;
      }
      Map<Long, Map<BigDecimal, BigDecimal>> taxes = taxesOf(rows);
      for (Object row : rows) {
        Object[] r = (Object[]) row;
        long id = ((Number) r[0]).longValue();
        String kind = (String) r[2];
        List<Object> cells = new ArrayList<>();
        cells.add(r[1]);
        cells.add(words.getString("collection.kind." + kind.toLowerCase(Locale.ROOT)));
        cells.add(formats.date(OverdueInvoices.day(r[3])));
        cells.add(formats.date(OverdueInvoices.day(r[4])));
        cells.add(r[5]);
        cells.add(r[6]);
        cells.add(String.valueOf(r[7]).strip());
        cells.add(formats.amount((BigDecimal) r[8]));
        Map<BigDecimal, BigDecimal> byRate = taxes.getOrDefault(id, Map.of());
        for (BigDecimal rate : rates) {
          BigDecimal tax = byRate.get(rate);
          cells.add(tax == null ? "" : formats.amount(tax));
        }
        cells.add(formats.amount((BigDecimal) r[9]));
        cells.add(formats.amount((BigDecimal) r[10]));
        cells.add(words.getString("collection.state." + state(kind, r, today)));
        csv.row(cells);
        afterDay = OverdueInvoices.day(r[3]);
        afterId = id;
      }
      csv.flush();
      em.clear();
    }
    csv.flush();
  }

  private static String state(String kind, Object[] r, LocalDate today) {
    if ("CREDIT_NOTE".equals(kind)) {
      return "credit";
    }
    BigDecimal due = (BigDecimal) r[11];
    BigDecimal gross = (BigDecimal) r[10];
    if (due.signum() <= 0) {
      return "paid";
    }
    if (OverdueInvoices.day(r[4]).isBefore(today)) {
      return "overdue";
    }
    return due.compareTo(gross) < 0 ? "partly" : "unpaid";
  }

  private List<BigDecimal> rates(String where, ExportScope scope) {
    return em
        .createNativeQuery(
            "SELECT DISTINCT l.tax_rate FROM invoice_line l JOIN invoice i"
                + " ON i.tenant_id = l.tenant_id AND i.id = l.invoice_id WHERE "
                + where
                + " ORDER BY 1")
        .setParameter(1, scope.from())
        .setParameter(2, scope.to())
        .getResultList()
        .stream()
        .map(rate -> ((BigDecimal) rate).stripTrailingZeros())
        .toList();
  }

  /**
   * The tax of each rate of the documents: VAT on the sum of the nets of the rate (EN 16931), GST
   * summed line by line, as the documents computed them.
   */
  private Map<Long, Map<BigDecimal, BigDecimal>> taxesOf(List<?> rows) {
    String ids =
        rows.stream()
            .map(row -> String.valueOf(((Object[]) row)[0]))
            .collect(Collectors.joining(","));
    Map<Long, Map<BigDecimal, BigDecimal>> taxes = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT l.invoice_id, l.tax_rate, CASE WHEN bool_and(l.vat_category IS NOT NULL)"
                    + " THEN round(sum(l.net_amount) * l.tax_rate / 100, 2)"
                    + " ELSE sum(l.tax_amount) END FROM invoice_line l WHERE l.invoice_id IN ("
                    + ids
                    + ") GROUP BY l.invoice_id, l.tax_rate")
            .getResultList()) {
      Object[] r = (Object[]) row;
      taxes
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
          .put(((BigDecimal) r[1]).stripTrailingZeros(), (BigDecimal) r[2]);
    }
    return taxes;
  }
}
