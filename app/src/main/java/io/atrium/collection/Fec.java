package io.atrium.collection;

import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The French FEC of a period: the sales journal VE (each issued document an entry: client 411 with
 * the company as auxiliary account, revenue 706 or the catalogue item's account, VAT collected
 * 44571; credit notes the other way round) and the bank journal BQ (each payment: bank 512 against
 * client 411). Every entry balances. Encoded ISO-8859-15, as the tax authority reads it, pipes
 * between columns.
 */
@ApplicationScoped
public class Fec {

  static final Charset ENCODING = Charset.forName("ISO-8859-15");
  static final String CLIENTS = "411";
  static final String VAT_COLLECTED = "44571";
  static final String BANK = "512";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  /** {@code <SIREN>FEC<yyyyMMdd>.txt}, the day being the end of the period. */
  @Transactional
  public String fileName(ExportScope scope) {
    Tenant tenant = em.find(Tenant.class, tenancy.currentTenantId().orElseThrow());
    String siren = tenant.getSiren() == null ? "" : tenant.getSiren().replaceAll("\\s", "");
    return siren + "FEC" + scope.to().format(FecEntry.DAY) + ".txt";
  }

  @Transactional
  public void write(ExportScope scope, OutputStream stream) {
    Writer out = new OutputStreamWriter(stream, ENCODING);
    write(out, String.join("|", FecEntry.COLUMNS) + "\r\n");
    sales(scope, out);
    bank(scope, out);
    flush(out);
  }

  private void sales(ExportScope scope, Writer out) {
    LocalDate afterDay = LocalDate.of(1, 1, 1);
    long afterId = 0;
    while (true) {
      List<?> rows =
          em.createNativeQuery(
                  "SELECT i.id, i.number, i.kind, i.issue_date, i.buyer->>'name',"
                      + " COALESCE('C' || i.company_id, 'M' || i.member_id), i.net_total,"
                      + " i.tax_total, i.gross_total FROM invoice i WHERE i.status = 'ISSUED'"
                      + " AND i.issue_date BETWEEN ?1 AND ?2 AND "
                      + scope.centres("i.centre_id")
                      + " AND (i.issue_date, i.id) > (?3, ?4) ORDER BY i.issue_date, i.id LIMIT "
                      + InvoicesCsv.BATCH)
              .setParameter(1, scope.from())
              .setParameter(2, scope.to())
              .setParameter(3, afterDay)
              .setParameter(4, afterId)
              .getResultList();
      if (rows.isEmpty()) {
        return;
      }
      Map<Long, List<Object[]>> revenue = revenueOf(rows);
      for (Object row : rows) {
        Object[] r = (Object[]) row;
        long id = ((Number) r[0]).longValue();
        LocalDate day = OverdueInvoices.day(r[3]);
        String number = (String) r[1];
        boolean credit = "CREDIT_NOTE".equals(r[2]);
        String label = (credit ? "Avoir " : "Facture ") + number + " " + r[4];
        List<FecEntry> entry = new ArrayList<>();
        BigDecimal gross = ((BigDecimal) r[8]).abs();
        entry.add(line("VE", number, day, CLIENTS, "Clients", r, label, gross, credit, true));
        for (Object[] account : revenue.getOrDefault(id, List.of())) {
          String compte = (String) account[1];
          BigDecimal net = ((BigDecimal) account[2]).abs();
          entry.add(
              line(
                  "VE",
                  number,
                  day,
                  compte,
                  accountLabel(compte),
                  null,
                  label,
                  net,
                  credit,
                  false));
        }
        BigDecimal tax = ((BigDecimal) r[7]).abs();
        if (tax.signum() != 0) {
          entry.add(
              line(
                  "VE",
                  number,
                  day,
                  VAT_COLLECTED,
                  "TVA collectée",
                  null,
                  label,
                  tax,
                  credit,
                  false));
        }
        entry.forEach(e -> write(out, e.line()));
        afterDay = day;
        afterId = id;
      }
      flush(out);
      em.clear();
    }
  }

  private void bank(ExportScope scope, Writer out) {
    LocalDate afterDay = LocalDate.of(1, 1, 1);
    long afterId = 0;
    while (true) {
      List<?> rows =
          em.createNativeQuery(
                  "SELECT p.id, p.received_on, COALESCE((SELECT c.name FROM company c"
                      + " WHERE c.tenant_id = p.tenant_id AND c.id = p.company_id),"
                      + " (SELECT m.full_name FROM member m WHERE m.tenant_id = p.tenant_id"
                      + " AND m.id = p.member_id)), COALESCE('C' || p.company_id,"
                      + " 'M' || p.member_id), p.amount, p.reference FROM payment p"
                      + " WHERE p.received_on BETWEEN ?1 AND ?2 AND "
                      + scope.centres("p.centre_id")
                      + " AND (p.received_on, p.id) > (?3, ?4) ORDER BY p.received_on, p.id LIMIT "
                      + InvoicesCsv.BATCH)
              .setParameter(1, scope.from())
              .setParameter(2, scope.to())
              .setParameter(3, afterDay)
              .setParameter(4, afterId)
              .getResultList();
      if (rows.isEmpty()) {
        return;
      }
      for (Object row : rows) {
        Object[] r = (Object[]) row;
        long id = ((Number) r[0]).longValue();
        LocalDate day = OverdueInvoices.day(r[1]);
        String number = "BQ-" + id;
        String label = "Règlement " + r[2];
        BigDecimal amount = (BigDecimal) r[4];
        String piece = r[5] == null ? number : (String) r[5];
        write(
            out,
            new FecEntry(
                    "BQ",
                    "Banque",
                    number,
                    day,
                    BANK,
                    "Banque",
                    null,
                    null,
                    piece,
                    day,
                    label,
                    amount,
                    BigDecimal.ZERO,
                    day)
                .line());
        write(
            out,
            new FecEntry(
                    "BQ",
                    "Banque",
                    number,
                    day,
                    CLIENTS,
                    "Clients",
                    (String) r[3],
                    (String) r[2],
                    piece,
                    day,
                    label,
                    BigDecimal.ZERO,
                    amount,
                    day)
                .line());
        afterDay = day;
        afterId = id;
      }
      flush(out);
    }
  }

  /**
   * A sales line: the client's side is a debit for an invoice ({@code client}), the revenue and VAT
   * sides credits; a credit note turns every side round.
   */
  private static FecEntry line(
      String journal,
      String number,
      LocalDate day,
      String account,
      String accountLabel,
      Object[] client,
      String label,
      BigDecimal amount,
      boolean creditNote,
      boolean clientSide) {
    boolean debit = clientSide != creditNote;
    return new FecEntry(
        journal,
        "Ventes",
        number,
        day,
        account,
        accountLabel,
        client == null ? null : (String) client[5],
        client == null ? null : (String) client[4],
        number,
        day,
        label,
        debit ? amount : BigDecimal.ZERO,
        debit ? BigDecimal.ZERO : amount,
        day);
  }

  /**
   * Net amounts per revenue account: the item's account, else 706 (services); late fees go to 763
   * (revenue of other receivables) and security deposits to 165 (deposits received).
   */
  private Map<Long, List<Object[]>> revenueOf(List<?> rows) {
    String ids =
        rows.stream()
            .map(row -> String.valueOf(((Object[]) row)[0]))
            .collect(Collectors.joining(","));
    Map<Long, List<Object[]>> accounts = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT l.invoice_id, COALESCE(ci.revenue_account, CASE l.source"
                    + " WHEN 'LATE_FEE' THEN '763' WHEN 'DEPOSIT' THEN '165' ELSE '706' END),"
                    + " sum(l.net_amount) FROM invoice_line l LEFT JOIN catalogue_item ci"
                    + " ON ci.tenant_id = l.tenant_id AND ci.id = l.item_id"
                    + " WHERE l.invoice_id IN ("
                    + ids
                    + ") GROUP BY 1, 2 ORDER BY 1, 2")
            .getResultList()) {
      Object[] r = (Object[]) row;
      accounts.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r);
    }
    return accounts;
  }

  private static String accountLabel(String account) {
    if (account.startsWith("706")) {
      return "Prestations de services";
    }
    if (account.startsWith("763")) {
      return "Revenus des autres créances";
    }
    if (account.startsWith("165")) {
      return "Dépôts et cautionnements reçus";
    }
    return "Produits";
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flush(Writer out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
