package io.atrium.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.directory.Company;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceStateException;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.PaymentFixtures;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payments in the server against the real schema: partial payments, one payment over several
 * invoices, overpayment kept as credit and applied later, refusals that write nothing (more than
 * due, more than the credit, a closed period, another tenant's ids), the Idempotency-Key, and the
 * B2C journal's chain. Each test works on invoices of its own company in a copy of the demo.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  private static final String ACCOUNTANT = "accounts@lumiere.test";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  @Inject InvoiceFixtures invoices;

  @Inject PaymentFixtures fixtures;

  @Inject Payments payments;

  @Inject PaymentList list;

  @Inject B2cJournal journal;

  @Inject InvoiceDue due;

  @Inject InTransaction tx;

  private static String slug;
  private static long tenant;

  @BeforeEach
  void tenant() {
    if (slug == null) {
      slug = tenants.copyOf("lumiere");
      tenant = tenants.idOf(slug);
    }
  }

  private <T> T asAccountant(java.util.function.Supplier<T> work) {
    return fixtures.as(slug, ACCOUNTANT, true, work);
  }

  private Invoice invoiceOf(String company, String net) {
    Predicate<Company> named = c -> c.getName().equals(company);
    return invoices.issue(tenant, named, net, DAY);
  }

  private long companyId(String name) {
    return tenants.all(tenant, Company.class).stream()
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private BigDecimal dueOf(Invoice invoice) {
    return asAccountant(
        () -> tx.call(() -> due.of(List.of(invoice)).get(invoice.getId()).setScale(2)));
  }

  private Payments.Recorded pay(
      String company, String amount, LocalDate day, String key, NewPayment.Share... shares) {
    NewPayment order =
        new NewPayment(
            companyId(company),
            null,
            Payment.Method.TRANSFER,
            new BigDecimal(amount),
            day,
            "VIR " + amount,
            List.of(shares),
            key);
    return asAccountant(() -> payments.record(order));
  }

  private static NewPayment.Share share(Invoice invoice, String amount) {
    return new NewPayment.Share(invoice.getId(), new BigDecimal(amount));
  }

  private long paymentRows() {
    return tenants.rows(slug, "payment");
  }

  @Test
  void aPartialPaymentThenTheRestPayTheInvoice() {
    Invoice invoice = invoiceOf("Studio Kaolin", "100");
    assertEquals(new BigDecimal("120.00"), dueOf(invoice));

    var first = pay("Studio Kaolin", "50", DAY.plusDays(3), null, share(invoice, "50"));
    assertEquals(new BigDecimal("70.00"), dueOf(invoice));
    assertEquals("EUR", first.detail().payment().getCurrency());
    assertEquals(0, first.detail().credit().signum());

    pay("Studio Kaolin", "70", DAY.plusDays(9), null, share(invoice, "70"));
    assertEquals(new BigDecimal("0.00"), dueOf(invoice));

    long before = paymentRows();
    PaymentStateException over =
        assertThrows(
            PaymentStateException.class,
            () -> pay("Studio Kaolin", "1", DAY.plusDays(10), null, share(invoice, "1")));
    assertEquals("payment.refused.over-due", over.messageKey());
    assertEquals(before, paymentRows(), "a refused payment writes nothing");
  }

  @Test
  void onePaymentSettlesTwoInvoices() {
    Invoice a = invoiceOf("Nordlys Conseil", "100");
    Invoice b = invoiceOf("Nordlys Conseil", "50");
    var paid =
        pay("Nordlys Conseil", "180", DAY.plusDays(5), null, share(a, "120"), share(b, "60"));
    assertEquals(2, paid.detail().allocations().size());
    assertEquals(new BigDecimal("0.00"), dueOf(a));
    assertEquals(new BigDecimal("0.00"), dueOf(b));
  }

  @Test
  void anOverpaymentIsKeptAsCreditAndAppliedLaterButNeverBeyondIt() {
    Invoice first = invoiceOf("Studio Kaolin", "100");
    var paid = pay("Studio Kaolin", "200", DAY.plusDays(4), null, share(first, "120"));
    assertEquals(new BigDecimal("80.00"), paid.detail().credit().setScale(2));

    Invoice second = invoiceOf("Studio Kaolin", "100");
    long paymentId = paid.detail().payment().getId();
    var applied = asAccountant(() -> payments.applyCredit(paymentId, List.of(share(second, "80"))));
    assertEquals(0, applied.credit().signum());
    assertEquals(new BigDecimal("40.00"), dueOf(second));

    PaymentStateException none =
        assertThrows(
            PaymentStateException.class,
            () -> asAccountant(() -> payments.applyCredit(paymentId, List.of(share(second, "1")))));
    assertEquals("payment.refused.over-credit", none.messageKey());
    assertEquals(new BigDecimal("40.00"), dueOf(second));
  }

  @Test
  void moreThanAnInvoicesDueIsRefusedAndWritesNothing() {
    Invoice invoice = invoiceOf("Studio Kaolin", "10");
    long before = paymentRows();
    PaymentStateException over =
        assertThrows(
            PaymentStateException.class,
            () -> pay("Studio Kaolin", "100", DAY.plusDays(2), null, share(invoice, "12.01")));
    assertEquals("payment.refused.over-due", over.messageKey());
    assertEquals(before, paymentRows());
    assertEquals(new BigDecimal("12.00"), dueOf(invoice));
  }

  @Test
  void aPaymentIsDatedTodayOrInTheLastTenYearsOnTheCentresCalendar() {
    // Paris's today, not the server's: the check is on the centre's calendar.
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    long before = paymentRows();
    for (LocalDate day :
        List.of(today.plusDays(1), LocalDate.of(9999, 12, 31), today.minusYears(10).minusDays(1))) {
      InvalidFieldsException refused =
          assertThrows(InvalidFieldsException.class, () -> pay("Studio Kaolin", "1", day, null));
      assertEquals(
          "payment.field.received-on-range", refused.fieldKeys().get("receivedOn"), day.toString());
    }
    assertEquals(before, paymentRows(), "nothing written");
    pay("Studio Kaolin", "1", today, null);
    pay("Studio Kaolin", "1", today.minusYears(10), null);
    assertEquals(before + 2, paymentRows());
  }

  @Test
  void aSepaDebitIsRecordedOnlyWhereTheCentreBillsInEuros() {
    String banyan = tenants.copyOf("banyan");
    long chaiLabs =
        tenants.all(tenants.idOf(banyan), Company.class).stream()
            .filter(c -> c.getName().equals("Chai Labs"))
            .findFirst()
            .orElseThrow()
            .getId();
    java.util.function.Function<Payment.Method, NewPayment> rupees =
        method ->
            new NewPayment(chaiLabs, null, method, BigDecimal.TEN, DAY, null, List.of(), null);
    long before = tenants.rows(banyan, "payment");

    InvalidFieldsException refused =
        assertThrows(
            InvalidFieldsException.class,
            () ->
                fixtures.as(
                    banyan,
                    "admin@banyan.test",
                    true,
                    () -> payments.record(rupees.apply(Payment.Method.SEPA))));
    assertEquals("payment.field.method-currency", refused.fieldKeys().get("method"));
    assertEquals(before, tenants.rows(banyan, "payment"), "nothing written");
    fixtures.as(
        banyan,
        "admin@banyan.test",
        true,
        () -> payments.record(rupees.apply(Payment.Method.TRANSFER)));
    assertEquals(before + 1, tenants.rows(banyan, "payment"));
  }

  @Test
  void aPaymentDatedInAClosedPeriodIsRefused() {
    invoices.sql(
        tenant,
        "INSERT INTO period_closing (tenant_id, id, kind, period_start, period_end, closed_at,"
            + " closed_by, documents, payments, archive, archive_sha256) VALUES ("
            + tenant
            + ", nextval('atrium_id_seq'), 'MONTH', DATE '2026-01-01', DATE '2026-01-31', now(),"
            + " 'Test', 0, 0, '\\x00', repeat('a', 64)) ON CONFLICT DO NOTHING");
    long before = paymentRows();
    InvoiceStateException closed =
        assertThrows(
            InvoiceStateException.class,
            () -> pay("Nordlys Conseil", "10", LocalDate.of(2026, 1, 15), null));
    assertEquals("invoice.refused.closed-period", closed.messageKey());
    assertEquals(before, paymentRows());
  }

  @Test
  void theSameIdempotencyKeyRecordsOnceAndRefusesAnotherPayment() {
    Invoice invoice = invoiceOf("Nordlys Conseil", "10");
    String key = "key-" + invoice.getId();
    var first = pay("Nordlys Conseil", "12", DAY.plusDays(1), key, share(invoice, "12"));
    var again = pay("Nordlys Conseil", "12", DAY.plusDays(1), key, share(invoice, "12"));
    assertFalse(first.replayed());
    assertTrue(again.replayed());
    assertEquals(first.detail().payment().getId(), again.detail().payment().getId());
    PaymentStateException reused =
        assertThrows(
            PaymentStateException.class,
            () -> pay("Nordlys Conseil", "13", DAY.plusDays(1), key, share(invoice, "12")));
    assertEquals("payment.refused.idempotency-key-reused", reused.messageKey());
  }

  private NewPayment cashFromKaolin() {
    return new NewPayment(
        companyId("Studio Kaolin"),
        null,
        Payment.Method.CASH,
        BigDecimal.TEN,
        DAY,
        null,
        List.of(),
        null);
  }

  @Test
  void anotherTenantsPayerIsNotFound() {
    NewPayment foreign = cashFromKaolin();
    String banyan = tenants.copyOf("banyan");
    long before = paymentRows();
    assertThrows(
        NotFoundException.class,
        () -> fixtures.as(banyan, "admin@banyan.test", true, () -> payments.record(foreign)));
    assertEquals(before, paymentRows());
  }

  @Test
  void staffWithoutPaymentRightsAreRefused() {
    NewPayment order = cashFromKaolin();
    long before = paymentRows();
    assertThrows(
        ForbiddenException.class,
        () -> fixtures.as(slug, "sales@lumiere.test", true, () -> payments.record(order)));
    assertEquals(before, paymentRows());
  }

  @Test
  void b2cPaymentsEnterTheJournalInAnUnbrokenChain() throws SQLException {
    Invoice one = fixtures.issueB2c(tenant, "ondemand@lumiere.test", "10", DAY);
    Invoice two = fixtures.issueB2c(tenant, "ondemand@lumiere.test", "20", DAY);
    assertTrue(one.isB2c());
    long member = one.getMember().getId();
    for (Invoice invoice : List.of(one, two)) {
      NewPayment order =
          new NewPayment(
              null,
              member,
              Payment.Method.CARD,
              invoice.getGrossTotal(),
              DAY.plusDays(1),
              null,
              List.of(new NewPayment.Share(invoice.getId(), invoice.getGrossTotal())),
              null);
      var paid = asAccountant(() -> payments.record(order));
      assertTrue(paid.detail().payment().isB2c());
    }
    assertEquals(2, tenants.rows(slug, "b2c_payment_journal"));
    assertEquals(Optional.empty(), asAccountant(() -> tx.call(journal::firstBroken)));

    // The application may not change the journal; its owner could, and the chain then says where.
    try (Connection owner = TestDatabase.ownerConnectionInServer();
        Statement statement = owner.createStatement()) {
      owner.setAutoCommit(false);
      TestDatabase.bindTenant(owner, tenant);
      statement.executeUpdate("UPDATE b2c_payment_journal SET amount = amount + 1 WHERE seq = 2");
      owner.commit();
    }
    assertEquals(Optional.of(2L), asAccountant(() -> tx.call(journal::firstBroken)));
    assertEquals(
        2, asAccountant(() -> list.count(new PaymentSearch(null, null, member, null, null, null))));
  }
}
