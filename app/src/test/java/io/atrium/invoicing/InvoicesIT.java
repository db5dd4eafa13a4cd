package io.atrium.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The invoices service against the real schema, as the accountant of a copy of the French demo
 * operator: a manual invoice typed and issued, credit notes that never take back more than is left,
 * a corrective invoice made once, payment states derived from the allocations, and the chain check
 * naming the document whose stored content was changed behind the application's back.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicesIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject TestTenants tenants;

  @Inject io.atrium.payments.InvoiceDue due;

  @Inject InTransaction tx;

  @Inject InvoiceFixtures fixtures;

  @Inject Invoices invoices;

  @Inject InvoiceLines lines;

  @Inject Corrections corrections;

  @Inject InvoiceBalance balances;

  @Inject ChainChecks chains;

  @Inject HttpServletRequest request;

  private long tenant;

  private String slug;

  private long accountantOf(String demo) {
    slug = tenants.copyOf(demo);
    tenant = tenants.idOf(slug);
    AtriumPrincipal accountant = tenants.staffPrincipal(slug, "accounts@" + demo + ".test");
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, accountant);
    return tenant;
  }

  private <T> T as(Supplier<T> work) {
    return tenancy.runAsTenant(tenant, work);
  }

  private Invoice issued(String price, LocalDate day) {
    return fixtures.issue(tenant, c -> c.getSiren() != null, price, day);
  }

  private InvoiceBalance.Balance balance(Invoice invoice) {
    return as(() -> tx.call(() -> balances.of(invoice)));
  }

  @Test
  void aManualInvoiceIsTypedFromTheCatalogueAndIssuedWithItsNumber() {
    accountantOf("lumiere");
    Company company =
        tenants.all(tenant, Company.class).stream()
            .filter(c -> c.getName().equals("Studio Kaolin"))
            .findFirst()
            .orElseThrow();
    long centre = company.getHomeCentre().getId();
    // Read in one transaction: an item's centres are loaded lazily.
    CatalogueItem item =
        as(
            () ->
                tx.call(
                    () ->
                        tenants.all(tenant, CatalogueItem.class).stream()
                            .filter(i -> i.isActive() && i.isOfferedIn(centre))
                            .findFirst()
                            .orElseThrow()));
    Invoice draft = as(() -> invoices.createDraft(centre, company.getId(), null));
    as(
        () ->
            lines.add(
                draft.getId(),
                new LineInput(
                    item.getId(),
                    "Meeting room",
                    new BigDecimal("2"),
                    new BigDecimal("150"),
                    new BigDecimal("10"),
                    null,
                    null)));
    InvoiceLine wrong =
        as(
            () ->
                lines.add(
                    draft.getId(),
                    new LineInput(
                        item.getId(),
                        "Typo",
                        BigDecimal.ONE,
                        new BigDecimal("99"),
                        null,
                        null,
                        null)));
    as(
        () -> {
          lines.remove(draft.getId(), wrong.getId());
          return null;
        });

    var refused =
        assertThrows(
            io.atrium.shared.InvalidFieldsException.class,
            () ->
                as(
                    () ->
                        lines.add(
                            draft.getId(),
                            new LineInput(
                                item.getId(),
                                null,
                                new BigDecimal("-1"),
                                new BigDecimal("1.234"),
                                new BigDecimal("101"),
                                null,
                                null))));
    assertEquals(
        java.util.Set.of("quantity", "unitPrice", "discountPercent"), refused.fieldKeys().keySet());

    Invoice issued = as(() -> invoices.issue(draft.getId(), null));
    Invoices.Listed read = as(() -> invoices.get(issued.getId()));
    assertEquals("F-" + TODAY.getYear() + "-000001", read.invoice().getNumber());
    assertEquals(1, read.invoice().getLines().size());
    assertEquals(new BigDecimal("270.00"), read.invoice().getNetTotal());
    assertEquals(new BigDecimal("324.00"), read.invoice().getGrossTotal());
    assertEquals(PaymentState.UNPAID, read.balance().state());
    assertEquals(
        1,
        as(
            () ->
                invoices.count(
                    new InvoiceSearch(
                        null,
                        null,
                        null,
                        null,
                        Invoice.Status.ISSUED,
                        null,
                        null,
                        null,
                        "F-" + TODAY.getYear() + "-000001"))));
    assertTrue(
        tenants.mailsTo(slug, company.getEmail()).stream()
            .anyMatch(m -> m.contains(issued.getNumber())),
        "the buyer is sent the invoice");
    assertThrows(InvoiceStateException.class, () -> as(() -> invoices.issue(draft.getId(), null)));
  }

  @Test
  void creditNotesTakeBackPartThenTheRestButNeverMore() {
    accountantOf("lumiere");
    Invoice invoice = issued("100", TODAY.minusDays(1));
    long line = invoice.getLines().get(0).getId();

    Invoice part =
        as(
            () ->
                corrections.creditNote(
                    invoice.getId(), List.of(new CreditLine(line, null, new BigDecimal("50")))));
    assertEquals("AV-" + TODAY.getYear() + "-000001", part.getNumber());
    assertEquals(Invoice.Kind.CREDIT_NOTE, part.getKind());
    assertEquals(new BigDecimal("60.00"), part.getGrossTotal());
    assertEquals(new BigDecimal("60.00"), balance(invoice).due());

    InvoiceStateException over =
        assertThrows(
            InvoiceStateException.class,
            () -> as(() -> corrections.creditNote(invoice.getId(), List.of())));
    assertEquals("invoice.refused.over-credit", over.messageKey());

    as(
        () ->
            corrections.creditNote(
                invoice.getId(), List.of(new CreditLine(line, null, new BigDecimal("50")))));
    InvoiceBalance.Balance after = balance(invoice);
    assertEquals(new BigDecimal("120.00"), after.credited());
    assertEquals(PaymentState.CREDITED, after.state());
    assertEquals(0, after.due().signum());
  }

  @Test
  void aCorrectiveInvoiceCancelsAndReplacesOnce() {
    accountantOf("lumiere");
    Invoice invoice = issued("100", TODAY.minusDays(1));
    Invoice corrective = as(() -> corrections.corrective(invoice.getId()));
    assertEquals(Invoice.Kind.CORRECTIVE, corrective.getKind());
    assertEquals(invoice.getId(), corrective.getCorrectsId());
    assertEquals(1, corrective.getLines().size());

    InvoiceStateException twice =
        assertThrows(
            InvoiceStateException.class, () -> as(() -> corrections.corrective(invoice.getId())));
    assertEquals("invoice.refused.replaced", twice.messageKey());

    Invoice replacing = as(() -> invoices.issue(corrective.getId(), null));
    InvoiceBalance.Balance original = balance(invoice);
    assertEquals(PaymentState.REPLACED, original.state());
    assertEquals(replacing.getNumber(), original.replacedBy());
    assertEquals(PaymentState.UNPAID, balance(replacing).state());
    // Payments read the same figures: nothing is owed on the replaced one any more.
    assertEquals(0, BigDecimal.ZERO.compareTo(as(() -> due.of(invoice))));
    BigDecimal owed = as(() -> due.of(replacing));
    assertEquals(
        0,
        replacing.getGrossTotal().compareTo(owed),
        replacing.getGrossTotal() + " due " + owed + ": " + balance(replacing));
  }

  @Test
  void paymentStatesFollowTheAllocationsAndTheDueDate() {
    accountantOf("lumiere");
    Invoice old = issued("100", TODAY.minusDays(60));
    Invoice recent = issued("100", TODAY);
    assertEquals(PaymentState.OVERDUE, balance(old).state());
    assertEquals(PaymentState.UNPAID, balance(recent).state());

    pay(recent, "50.00");
    assertEquals(PaymentState.PARTIALLY_PAID, balance(recent).state());
    assertEquals(new BigDecimal("70.00"), balance(recent).due());
    pay(recent, "70.00");
    assertEquals(PaymentState.PAID, balance(recent).state());

    var overdue =
        as(
            () ->
                invoices.list(
                    new InvoiceSearch(
                        null, null, null, null, null, PaymentState.OVERDUE, null, null, null),
                    0,
                    10));
    // The demo's own overdue invoice is listed too: this test's two are told apart by id.
    List<Long> listed = overdue.stream().map(l -> l.invoice().getId()).toList();
    assertTrue(listed.contains(old.getId()), "the old one is overdue: " + listed);
    assertFalse(listed.contains(recent.getId()), "the paid one is not: " + listed);
  }

  @Test
  void verifyingTheChainsNamesTheDocumentChangedBehindTheApplicationsBack() throws Exception {
    accountantOf("lumiere");
    long demo = as(() -> chains.verifyAll()).documents();
    Invoice first = issued("100", TODAY.minusDays(2));
    issued("200", TODAY.minusDays(1));
    ChainChecks.Outcome fine = as(() -> chains.verifyAll());
    assertTrue(fine.verified());
    assertEquals(demo + 2, fine.documents(), "the demo's documents and these two");

    try (Connection owner = TestDatabase.ownerConnectionInServer();
        Statement statement = owner.createStatement()) {
      owner.setAutoCommit(false);
      TestDatabase.bindTenant(owner, tenant);
      statement.execute("ALTER TABLE invoice DISABLE TRIGGER invoice_issued_frozen");
      statement.execute(
          "UPDATE invoice SET gross_total = 1.00 WHERE tenant_id = "
              + tenant
              + " AND id = "
              + first.getId());
      statement.execute("ALTER TABLE invoice ENABLE TRIGGER invoice_issued_frozen");
      owner.commit();
    }
    ChainChecks.Outcome broken = as(() -> chains.verifyAll());
    assertEquals(first.getNumber(), broken.broken().number());
    assertEquals("content", broken.broken().reason());
  }

  private void pay(Invoice invoice, String amount) {
    fixtures.sql(
        tenant,
        "WITH p AS (INSERT INTO payment (tenant_id, id, centre_id, company_id, method, amount,"
            + " currency, received_on, recorded_by) SELECT tenant_id, nextval('atrium_id_seq'),"
            + " centre_id, company_id, 'TRANSFER', "
            + amount
            + ", currency, issue_date, 'Test' FROM invoice WHERE id = "
            + invoice.getId()
            + " RETURNING tenant_id, id) INSERT INTO payment_allocation (tenant_id, id,"
            + " payment_id, invoice_id, amount) SELECT tenant_id, nextval('atrium_id_seq'), id, "
            + invoice.getId()
            + ", "
            + amount
            + " FROM p");
  }
}
