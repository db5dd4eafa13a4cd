package io.atrium.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.i18n.Texts;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Closing last month in a copy of the French demo operator: refused while a footprint fails; once
 * closed, its archive holds the period's documents, lines and payments with checksums that match,
 * and nothing can be issued or paid inside it any more, with a message that says so.
 */
@ExtendWith(ArquillianExtension.class)
class PeriodClosingIT {

  private static final LocalDate LAST_MONTH =
      LocalDate.now(ZoneId.of("Europe/Paris")).minusMonths(1).withDayOfMonth(1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject TestTenants tenants;

  @Inject InvoiceFixtures fixtures;

  @Inject PeriodClosings closings;

  @Inject HttpServletRequest request;

  private long tenant;

  private void accountant() {
    String slug = tenants.copyOf("lumiere");
    tenant = tenants.idOf(slug);
    request.setAttribute(
        AtriumPrincipal.REQUEST_ATTRIBUTE, tenants.staffPrincipal(slug, "accounts@lumiere.test"));
  }

  private Invoice issued(String price, int day) {
    return fixtures.issue(tenant, c -> c.getSiren() != null, price, LAST_MONTH.withDayOfMonth(day));
  }

  private PeriodClosing closeLastMonth() {
    return tenancy.runAsTenant(
        tenant,
        () ->
            closings.close(
                PeriodClosing.Kind.MONTH, LAST_MONTH.getYear(), LAST_MONTH.getMonthValue()));
  }

  @Test
  void aPeriodCannotBeClosedWhileAFootprintFails() throws Exception {
    accountant();
    Invoice tampered = issued("100", 3);
    try (Connection owner = TestDatabase.ownerConnectionInServer();
        Statement statement = owner.createStatement()) {
      owner.setAutoCommit(false);
      TestDatabase.bindTenant(owner, tenant);
      statement.execute("ALTER TABLE invoice DISABLE TRIGGER invoice_issued_frozen");
      statement.execute(
          "UPDATE invoice SET net_total = 1.00 WHERE tenant_id = "
              + tenant
              + " AND id = "
              + tampered.getId());
      statement.execute("ALTER TABLE invoice ENABLE TRIGGER invoice_issued_frozen");
      owner.commit();
    }
    InvoiceStateException refused = assertThrows(InvoiceStateException.class, this::closeLastMonth);
    assertEquals("invoice.refused.chain-broken", refused.messageKey());
    assertTrue(message(refused, Locale.ENGLISH).contains(tampered.getNumber()));
    assertEquals(0, tenants.all(tenant, PeriodClosing.class).size());
  }

  @Test
  void aClosedMonthKeepsItsArchiveAndRefusesWhatWouldBeDatedInsideIt() throws IOException {
    accountant();
    Invoice first = issued("100", 3);
    issued("250", 5);
    fixtures.sql(
        tenant,
        "INSERT INTO payment (tenant_id, id, centre_id, company_id, method, amount, currency,"
            + " received_on, recorded_by) SELECT tenant_id, nextval('atrium_id_seq'), centre_id,"
            + " company_id, 'TRANSFER', 120.00, currency, issue_date + 1, 'Test' FROM invoice"
            + " WHERE id = "
            + first.getId());

    PeriodClosing closing = closeLastMonth();
    assertEquals(2, closing.getDocuments());
    assertEquals(1, closing.getPayments());
    Map<String, String> files = unzip(closing.getArchive());
    assertEquals(
        java.util.List.of("documents.csv", "lines.csv", "payments.csv", "SHA256SUMS"),
        java.util.List.copyOf(files.keySet()));
    assertTrue(files.get("documents.csv").contains(first.getNumber()));
    assertTrue(files.get("documents.csv").contains(first.getFootprint()));
    for (String line : files.get("SHA256SUMS").split("\n")) {
      String[] sum = line.split("  ");
      assertEquals(
          ClosingArchive.sha256(files.get(sum[1]).getBytes(StandardCharsets.UTF_8)), sum[0], line);
    }
    assertEquals(ClosingArchive.sha256(closing.getArchive()), closing.getArchiveSha256());

    InvoiceStateException issuing =
        assertThrows(InvoiceStateException.class, () -> issued("10", 28));
    assertEquals("invoice.refused.closed-period", issuing.messageKey());
    assertTrue(
        message(issuing, Locale.FRENCH).contains("clôturée"), message(issuing, Locale.FRENCH));
    PersistenceException paying =
        assertThrows(
            PersistenceException.class,
            () ->
                fixtures.sql(
                    tenant,
                    "INSERT INTO payment (tenant_id, id, centre_id, company_id, method, amount,"
                        + " currency, received_on, recorded_by) SELECT tenant_id,"
                        + " nextval('atrium_id_seq'), centre_id, company_id, 'TRANSFER', 1.00,"
                        + " currency, issue_date, 'Test' FROM invoice WHERE id = "
                        + first.getId()));
    assertTrue(String.valueOf(rootMessage(paying)).contains("is closed"), rootMessage(paying));
    InvoiceStateException twice = assertThrows(InvoiceStateException.class, this::closeLastMonth);
    assertEquals("invoice.refused.period-closed-already", twice.messageKey());
  }

  private static String message(InvoiceStateException refused, Locale locale) {
    return new MessageFormat(Texts.bundle(locale).getString(refused.messageKey()), locale)
        .format(refused.arguments());
  }

  private static String rootMessage(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
