package io.atrium.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.directory.Company;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issuing against the real schema: gapless numbers per series in each country's format, taxes by
 * country, the footprint chain, mandatory facts, chronology, and a database that refuses to change
 * what was issued.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceIssuingIT {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject TestTenants tenants;

  @Inject InTransaction tx;

  @Inject ChainVerification chains;

  @Inject InvoiceFixtures invoices;

  private Invoice issue(long tenantId, Predicate<Company> buyer, String price, LocalDate day) {
    return invoices.issue(tenantId, buyer, price, day);
  }

  @Test
  void frenchInvoicesAreNumberedWithoutGapsAndChained() {
    long id = tenants.idOf(tenants.copyOf("lumiere"));
    Predicate<Company> withSiren = c -> c.getSiren() != null;
    Invoice first = issue(id, withSiren, "100", DAY);
    Invoice second = issue(id, withSiren, "250.50", DAY.plusDays(1));

    assertEquals("F-2026-000001", first.getNumber());
    assertEquals("F-2026-000002", second.getNumber());
    assertEquals(new BigDecimal("120.00"), first.getGrossTotal());
    assertEquals(new BigDecimal("50.10"), second.getTaxTotal());
    assertEquals(first.getFootprint(), second.getPreviousFootprint());
    assertEquals(DAY.plusDays(31), second.getDueDate());
    assertEquals(Optional.empty(), verify(id, first.getSeriesId()));

    InvoiceStateException early =
        assertThrows(InvoiceStateException.class, () -> issue(id, withSiren, "10", DAY));
    assertEquals("invoice.refused.before-last", early.messageKey());
  }

  @Test
  void theDatabaseRefusesToChangeAnIssuedInvoiceOrItsLines() throws SQLException {
    long id = tenants.idOf(tenants.copyOf("lumiere"));
    Invoice issued = issue(id, c -> c.getSiren() != null, "100", DAY);
    for (String sql :
        new String[] {
          "UPDATE invoice SET gross_total = 1 WHERE id = " + issued.getId(),
          "DELETE FROM invoice WHERE id = " + issued.getId(),
          "UPDATE invoice_line SET unit_price = 1 WHERE invoice_id = " + issued.getId(),
          "INSERT INTO invoice_line (tenant_id, id, invoice_id, position, source, description,"
              + " quantity, unit, unit_price, net_amount, vat_category, tax_rate, tax_amount)"
              + " VALUES ("
              + id
              + ", nextval('atrium_id_seq'), "
              + issued.getId()
              + ", 9, 'MANUAL', 'x', 1, 'UNIT', 1, 1, 'S', 20, 0.2)"
        }) {
      try (Connection app = TestDatabase.appConnectionInServer();
          Statement statement = app.createStatement()) {
        app.setAutoCommit(false);
        TestDatabase.bindTenant(app, id);
        SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql));
        app.rollback();
        assertEquals("AT001", refused.getSQLState(), sql);
      }
    }
  }

  @Test
  void aSetBasedIssueOfAnotherTenantsRowsIsRefusedByTheDatabaseAndWritesNothing() {
    long lumiere = tenants.idOf(tenants.copyOf("lumiere"));
    long banyan = tenants.idOf(tenants.copyOf("banyan"));
    String count = "SELECT count(*) FROM invoice";
    List<List<List<String>>> before =
        List.of(invoices.rows(lumiere, count), invoices.rows(banyan, count));

    RuntimeException refused =
        assertThrows(
            RuntimeException.class,
            () -> invoices.issueNewWithRowsOf(lumiere, banyan, c -> c.getGstin() != null, DAY));

    String state = null;
    for (Throwable t = refused; t != null && state == null; t = t.getCause()) {
      state = t instanceof SQLException sql ? sql.getSQLState() : null;
    }
    assertEquals("23503", state, "the foreign keys name rows of the bound tenant only: " + refused);
    assertEquals(
        before, List.of(invoices.rows(lumiere, count), invoices.rows(banyan, count)), "nothing");
  }

  @Test
  void aFrenchCompanyWithoutSirenCannotBeInvoiced() {
    long id = tenants.idOf(tenants.copyOf("lumiere"));
    invoices.sql(id, "UPDATE company SET siren = NULL, siret = NULL");
    MissingFactsException missing =
        assertThrows(MissingFactsException.class, () -> issue(id, c -> true, "100", DAY));
    assertEquals("invoice.missing.buyer-siren", missing.messageKey());
  }

  @Test
  void anIndianInvoiceIsTaxedAtTheCentreAndNumberedPerGstinAndFinancialYear() {
    long id = tenants.idOf(tenants.copyOf("banyan"));
    Invoice march =
        issue(
            id,
            c -> c.getGstin() != null && c.getGstin().startsWith("29"),
            "1000",
            LocalDate.of(2026, 3, 31));
    Invoice april =
        issue(
            id,
            c -> c.getGstin() != null && c.getGstin().startsWith("29"),
            "1000",
            LocalDate.of(2026, 4, 1));

    assertEquals("I29/2526/000001", march.getNumber());
    assertEquals("I29/2627/000001", april.getNumber());
    assertTrue(april.getNumber().length() <= 16);
    InvoiceLine line = april.getLines().get(0);
    assertEquals(new BigDecimal("90.00"), line.getCgstAmount());
    assertEquals(new BigDecimal("90.00"), line.getSgstAmount());
    assertEquals(new BigDecimal("1180.00"), april.getGrossTotal());
    assertEquals(Optional.empty(), verify(id, april.getSeriesId()));
  }

  private Optional<ChainVerification.Break> verify(long tenantId, long seriesId) {
    InvoiceSeries series =
        tenants.all(tenantId, InvoiceSeries.class).stream()
            .filter(s -> s.getId() == seriesId)
            .findFirst()
            .orElseThrow();
    return tenancy.runAsTenant(tenantId, () -> tx.call(() -> chains.verify(series)));
  }
}
