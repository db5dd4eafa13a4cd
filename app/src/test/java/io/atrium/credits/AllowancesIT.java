package io.atrium.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.approvals.ApprovalFixtures;
import io.atrium.contracts.Contract;
import io.atrium.contracts.ContractDates;
import io.atrium.contracts.ContractDraft;
import io.atrium.contracts.ContractLifecycle;
import io.atrium.contracts.ContractRows;
import io.atrium.contracts.Contracts;
import io.atrium.contracts.Signature;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credit hours from contract options (issue 14: "allowances in hours … from contract options"): a
 * copy of Ateliers Lumière sells its hot-desk pass with 5 credit hours a unit; Studio Kaolin's
 * contract for 2 units, once active, gives the company 10 hours at Paris valid until the month's
 * end, once however often the job runs, and 10 more the next month; a line of an item without
 * credit hours gives nothing, nor a contract not yet active.
 */
@ExtendWith(ArquillianExtension.class)
class AllowancesIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Contracts contracts;

  @Inject ContractLifecycle lifecycle;

  @Inject ContractDates dates;

  @Inject Allowances allowances;

  @Inject ContractRows rows;

  @Inject ApprovalFixtures people;

  @Inject TestTenants tenants;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  @Test
  void anActiveContractsOptionGrantsItsHoursOnceAMonth() throws Exception {
    String lumiere = tenants.copyOf("lumiere");
    long tenant = tenants.idOf(lumiere);
    long paris = tenants.centreId(lumiere, "PAR1");
    people.signIn(tenants.staffPrincipal(lumiere, "admin@lumiere.test"));
    update(tenant, "UPDATE catalogue_item SET credit_hours = 5 WHERE code = 'POSTE-FLEX'");

    LocalDate today = LocalDate.now(PARIS);
    ContractDraft draft = new ContractDraft();
    draft.setCentreId(paris);
    draft.setCompanyId(rows.company(tenant, "Studio Kaolin"));
    draft.setStartDate(today);
    draft.setCommitmentMonths(12);
    draft
        .getLines()
        .add(
            new ContractDraft.Line(
                rows.item(tenant, "POSTE-FLEX"), null, new BigDecimal("2"), BigDecimal.ZERO));
    draft
        .getLines()
        .add(
            new ContractDraft.Line(
                rows.item(tenant, "CASIER"), null, BigDecimal.ONE, BigDecimal.ZERO));
    Contract created = in(tenant, () -> contracts.create(draft));
    long option = created.getLines().get(0).getId();
    long locker = created.getLines().get(1).getId();

    Instant now = Instant.now();
    in(tenant, () -> allowances.grantDueAt(now));
    assertEquals(List.of(), pools(tenant, option), "a draft grants nothing");

    in(
        tenant,
        () ->
            lifecycle.sign(
                created.getId(),
                new Signature(
                    "Léa Fontaine", Contract.SignatureMethod.PAPER, now.minusSeconds(3600))));
    in(tenant, () -> dates.applyAt(now));
    in(tenant, () -> allowances.grantDueAt(now));
    in(tenant, () -> allowances.grantDueAt(now.plusSeconds(60)));

    YearMonth month = YearMonth.from(today);
    assertEquals(
        List.of("10.00 " + month.atEndOfMonth()),
        pools(tenant, option),
        "2 units × 5 hours, until the month's end, once");
    assertEquals(List.of(), pools(tenant, locker), "the locker grants no credits");
    assertEquals(
        1L,
        ((Number)
                rows.rows(
                        tenant,
                        "SELECT count(*) FROM credit_entry e JOIN credit_pool p ON p.id ="
                            + " e.pool_id WHERE p.contract_line_id = "
                            + option
                            + " AND e.kind = 'GRANT' AND e.amount = 10")
                    .get(0))
            .longValue());

    Instant nextMonth = month.plusMonths(1).atDay(2).atStartOfDay(PARIS).toInstant();
    in(tenant, () -> allowances.grantDueAt(nextMonth));
    assertEquals(
        List.of("10.00 " + month.atEndOfMonth(), "10.00 " + month.plusMonths(1).atEndOfMonth()),
        pools(tenant, option));
  }

  private List<String> pools(long tenant, long line) {
    return rows
        .rows(
            tenant,
            "SELECT balance || ' ' || expires_on FROM credit_pool WHERE contract_line_id = "
                + line
                + " AND company_id IS NOT NULL ORDER BY period")
        .stream()
        .map(String::valueOf)
        .toList();
  }

  private static void update(long tenant, String sql) throws SQLException {
    try (Connection connection = TestDatabase.appConnectionInServer();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      TestDatabase.bindTenant(connection, tenant);
      assertEquals(1, statement.executeUpdate(sql));
      connection.commit();
    }
  }

  private <T> T in(long tenant, Supplier<T> work) {
    return tenancy.runAsTenant(tenant, () -> tx.call(work));
  }
}
