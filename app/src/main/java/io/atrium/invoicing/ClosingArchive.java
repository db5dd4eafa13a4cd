package io.atrium.invoicing;

import io.atrium.shared.csv.CsvWriter;
import io.atrium.shared.format.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The archive of a closed period, a ZIP of: {@code documents.csv} (each issued document: number,
 * kind, date, buyer, net, tax, gross, footprint), {@code lines.csv}, {@code payments.csv} (payments
 * received in the period and their allocations) and {@code SHA256SUMS} (the sha256sum format, so
 * {@code sha256sum -c SHA256SUMS} checks it). Amounts and dates are written plainly (2026-11-02,
 * 120.00), for machines rather than one reader's spreadsheet.
 */
@ApplicationScoped
class ClosingArchive {

  /** The ZIP, its SHA-256 and how many documents and payments it holds. */
  record Built(byte[] zip, String sha256, int documents, int payments) {}

  private static final Formats PLAIN = Formats.of(Locale.ENGLISH, "GB");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  Built build(LocalDate from, LocalDate to) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Object[]> documents =
        rows(
            "SELECT number, kind, issue_date, buyer->>'name', net_total, tax_total, gross_total,"
                + " currency, footprint FROM invoice WHERE status = 'ISSUED'"
                + " AND issue_date BETWEEN ?1 AND ?2 ORDER BY series_id, chain_seq",
            from,
            to);
    files.put(
        "documents.csv",
        csv(
            List.of(
                "number", "kind", "date", "buyer", "net", "tax", "gross", "currency", "footprint"),
            documents));
    files.put(
        "lines.csv",
        csv(
            List.of(
                "number",
                "position",
                "description",
                "quantity",
                "unit_price",
                "discount",
                "net",
                "tax_rate",
                "tax"),
            rows(
                "SELECT i.number, l.position, l.description, l.quantity, l.unit_price,"
                    + " l.discount_percent, l.net_amount, l.tax_rate, l.tax_amount"
                    + " FROM invoice_line l JOIN invoice i ON i.tenant_id = l.tenant_id"
                    + " AND i.id = l.invoice_id WHERE i.status = 'ISSUED'"
                    + " AND i.issue_date BETWEEN ?1 AND ?2 ORDER BY i.series_id, i.chain_seq,"
                    + " l.position",
                from,
                to)));
    List<Object[]> payments =
        rows(
            "SELECT p.id, p.received_on, p.method, p.amount, p.currency, p.reference,"
                + " i.number, a.amount FROM payment p LEFT JOIN payment_allocation a"
                + " ON a.tenant_id = p.tenant_id AND a.payment_id = p.id LEFT JOIN invoice i"
                + " ON i.tenant_id = a.tenant_id AND i.id = a.invoice_id"
                + " WHERE p.received_on BETWEEN ?1 AND ?2 ORDER BY p.received_on, p.id, a.id",
            from,
            to);
    files.put(
        "payments.csv",
        csv(
            List.of(
                "payment",
                "received_on",
                "method",
                "amount",
                "currency",
                "reference",
                "invoice",
                "allocated"),
            payments));
    StringBuilder sums = new StringBuilder();
    files.forEach(
        (name, content) -> sums.append(sha256(content)).append("  ").append(name).append('\n'));
    files.put("SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
    byte[] zip = zip(files);
    long paymentCount = payments.stream().map(r -> r[0]).distinct().count();
    return new Built(zip, sha256(zip), documents.size(), (int) paymentCount);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
    return em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList();
  }

  private static byte[] csv(List<String> header, List<Object[]> rows) {
    StringWriter out = new StringWriter();
    CsvWriter csv = CsvWriter.to(out, PLAIN);
    csv.row(header);
    for (Object[] row : rows) {
      csv.row(java.util.Arrays.stream(row).map(c -> c == null ? "" : c.toString()).toList());
    }
    csv.flush();
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
