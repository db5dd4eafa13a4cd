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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The CSV of the payments received in the period: date, payer, centre, method, amount, currency,
 * reference and the invoices it was allocated to, 500 at a time.
 */
@ApplicationScoped
public class PaymentsCsv {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject BillingTerms terms;

  @Transactional
  public void write(ExportScope scope, Locale language, OutputStream stream) {
    Formats formats = Formats.of(language, terms.country());
    ResourceBundle words = Texts.bundle(language);
    var out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.to(out, formats);
    csv.row(
        List.of("date", "payer", "centre", "method", "amount", "currency", "reference", "allocated")
            .stream()
            .map(key -> words.getString("collection.csv." + key))
            .toList());
    LocalDate afterDay = LocalDate.of(1, 1, 1);
    long afterId = 0;
    while (true) {
      List<?> rows =
          em.createNativeQuery(
                  "SELECT p.id, p.received_on, COALESCE((SELECT c.name FROM company c"
                      + " WHERE c.tenant_id = p.tenant_id AND c.id = p.company_id),"
                      + " (SELECT m.full_name FROM member m WHERE m.tenant_id = p.tenant_id"
                      + " AND m.id = p.member_id)),"
                      + " (SELECT c.code FROM centre c WHERE c.tenant_id = p.tenant_id"
                      + " AND c.id = p.centre_id), p.method, p.amount, p.currency, p.reference,"
                      + " (SELECT string_agg(i.number, ' ' ORDER BY i.number)"
                      + " FROM payment_allocation a JOIN invoice i ON i.tenant_id = a.tenant_id"
                      + " AND i.id = a.invoice_id WHERE a.tenant_id = p.tenant_id"
                      + " AND a.payment_id = p.id)"
                      + " FROM payment p WHERE p.received_on BETWEEN ?1 AND ?2 AND "
                      + scope.centres("p.centre_id")
                      + " AND (p.received_on, p.id) > (?3, ?4) ORDER BY p.received_on, p.id"
                      + " LIMIT "
                      + InvoicesCsv.BATCH)
              .setParameter(1, scope.from())
              .setParameter(2, scope.to())
              .setParameter(3, afterDay)
              .setParameter(4, afterId)
              .getResultList();
      if (rows.isEmpty()) {
        break;
      }
      for (Object row : rows) {
        Object[] r = (Object[]) row;
        csv.row(
            formats.date(OverdueInvoices.day(r[1])),
            r[2],
            r[3],
            r[4],
            formats.amount((BigDecimal) r[5]),
            String.valueOf(r[6]).strip(),
            r[7],
            r[8]);
        afterDay = OverdueInvoices.day(r[1]);
        afterId = ((Number) r[0]).longValue();
      }
      csv.flush();
    }
    csv.flush();
  }
}
