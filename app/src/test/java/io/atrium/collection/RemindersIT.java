package io.atrium.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.format.Formats;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.CollectionFixtures;
import io.atrium.testing.Deployments;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.PaymentFixtures;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Overdue invoices, reminders and late fees against the real schema, in copies of the French demo
 * operator (each test its own, as invoices are chronological per series).
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject TestTenants tenants;

  @Inject InvoiceFixtures invoices;

  @Inject PaymentFixtures payments;

  @Inject CollectionFixtures fixtures;

  @Inject Reminders reminders;

  @Inject ReminderTexts texts;

  @Inject BillingTerms terms;

  @Inject LateFeeInvoicing lateFees;

  private Invoice kaolin(long tenant, String price, LocalDate day) {
    return invoices.issue(tenant, c -> c.getName().startsWith("Studio Kaolin"), price, day);
  }

  private List<OverdueInvoice> overdue(long tenant) {
    return tenancy.runAsTenant(tenant, () -> reminders.overdue(null));
  }

  @Test
  void anInvoiceIsOverdueFromTheDayAfterItsDueDateUntilPaidOrCredited() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenants.idOf(slug);
    fixtures.settleDemoDocuments(tenant, invoices);
    fixtures.signIn(slug, "admin@lumiere.test");
    Invoice paid = kaolin(tenant, "100", TODAY.minusDays(90));
    Invoice credited = kaolin(tenant, "200", TODAY.minusDays(80));
    Invoice late = kaolin(tenant, "300", TODAY.minusDays(60));
    Invoice dueToday = kaolin(tenant, "400", TODAY.minusDays(30));
    fixtures.payment(tenant, paid.getId(), "120.00", TODAY.minusDays(5));
    fixtures.payment(tenant, late.getId(), "100.00", TODAY.minusDays(5));
    fixtures.creditNote(tenant, credited.getId(), TODAY.minusDays(1));

    List<OverdueInvoice> found = overdue(tenant);

    assertEquals(List.of(late.getNumber()), found.stream().map(OverdueInvoice::number).toList());
    OverdueInvoice row = found.get(0);
    assertEquals(30, row.daysLate());
    assertEquals(new BigDecimal("260.00"), row.due(), "360.00 less the 100.00 paid");
    assertEquals("EUR", row.currency());
    assertEquals(TODAY, dueToday.getDueDate(), "due today: not late yet");
  }

  @Test
  void aManualReminderIsMailedOnceInTheBuyersLanguageWithTheTenantsText() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenants.idOf(slug);
    fixtures.settleDemoDocuments(tenant, invoices);
    fixtures.signIn(slug, "admin@lumiere.test");
    Invoice french = kaolin(tenant, "500", TODAY.minusDays(50));
    invoices.sql(
        tenant,
        "UPDATE member SET language = 'en' WHERE company_id ="
            + " (SELECT id FROM company WHERE name LIKE 'Studio Kaolin%')");
    Invoice english = kaolin(tenant, "250", TODAY.minusDays(45));
    assertEquals("fr", french.getLanguage());
    assertEquals("en", english.getLanguage());
    tenancy.runAsTenant(
        tenant,
        () ->
            texts.save(
                ReminderLevel.FORMAL,
                "fr",
                "Relance formelle {number}",
                "Facture {number} : {amount} dus depuis le {dueDate}, {daysLate} jours."));

    tenancy.runAsTenant(tenant, () -> reminders.send(french.getId(), ReminderLevel.FORMAL));
    tenancy.runAsTenant(tenant, () -> reminders.send(english.getId(), ReminderLevel.FRIENDLY));

    List<String> mails =
        tenants.mailsTo(slug, "bonjour@kaolin.test").stream()
            .filter(mail -> mail.contains("Relance") || mail.contains("Reminder"))
            .toList();
    assertEquals(
        List.of(
            "fr|Relance formelle " + french.getNumber(),
            "en|Reminder: invoice " + english.getNumber() + " is due"),
        mails);
    String body = body(tenant, "Relance formelle " + french.getNumber());
    assertEquals(
        "Facture "
            + french.getNumber()
            + " : 600,00 EUR dus depuis le "
            + Formats.of(Locale.FRENCH, "FR").date(TODAY.minusDays(20))
            + ", 20 jours.",
        body.replace('\u202f', ' ').replace('\u00a0', ' '));
    ReminderRefusedException twice =
        assertThrows(
            ReminderRefusedException.class,
            () ->
                tenancy.runAsTenant(
                    tenant, () -> reminders.send(french.getId(), ReminderLevel.FORMAL)));
    assertEquals("collection.refused.already-sent", twice.messageKey());
    assertEquals(2L, tenants.rows(slug, "invoice_reminder"));
    assertEquals(ReminderLevel.FORMAL, overdue(tenant).get(0).lastLevel());
  }

  @Test
  void anotherTenantsInvoiceIsNotFoundAndNothingIsSent() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenants.idOf(slug);
    fixtures.settleDemoDocuments(tenant, invoices);
    Invoice theirs = kaolin(tenant, "100", TODAY.minusDays(50));
    // The demo operator, read only: every command below must be refused before writing.
    String mine = "lumiere";
    fixtures.signIn(mine, "admin@lumiere.test");

    assertThrows(
        NotFoundException.class,
        () ->
            tenancy.runAsTenant(
                tenants.idOf(mine), () -> reminders.send(theirs.getId(), ReminderLevel.FINAL)));
    assertThrows(
        NotFoundException.class,
        () -> tenancy.runAsTenant(tenants.idOf(mine), () -> lateFees.invoice(theirs.getId())));
    assertEquals(0L, tenants.rows(slug, "invoice_reminder"));
    assertEquals(0L, tenants.rows(slug, "late_fee_billing"));
  }

  @Test
  void theDailyJobSendsEachLevelOnceLowestFirst() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenants.idOf(slug);
    fixtures.settleDemoDocuments(tenant, invoices);
    fixtures.signIn(slug, "admin@lumiere.test");
    Invoice late = kaolin(tenant, "100", TODAY.minusDays(75));
    kaolin(tenant, "100", TODAY.minusDays(32));
    tenancy.runAsTenant(
        tenant,
        () ->
            terms.save(
                new CollectionSettings(
                    false, new BigDecimal("12.15"), new BigDecimal("40"), 1, 10, 60)));

    List<Integer> sent = new java.util.ArrayList<>();
    for (int run = 0; run < 4; run++) {
      sent.add(tenancy.runAsTenant(tenant, () -> reminders.sendScheduled()));
    }

    assertEquals(List.of(2, 1, 0, 0), sent, "friendly to both, formal to the 45 days late one");
    assertEquals(
        List.of("FRIENDLY", "FORMAL"),
        fixtures.strings(
            tenant,
            "SELECT level FROM invoice_reminder WHERE invoice_id = "
                + late.getId()
                + " AND scheduled ORDER BY id"));
  }

  @Test
  void lateFeesOfAKnownCaseAreInvoicedOnceOutsideTheScopeOfVat() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenants.idOf(slug);
    fixtures.settleDemoDocuments(tenant, invoices);
    fixtures.signIn(slug, "admin@lumiere.test");
    kaolin(tenant, "1000", TODAY.minusDays(60));
    lateFeesAt1215PercentAnd40Euros(tenant);

    LateFee fee = overdue(tenant).get(0).lateFee();
    assertEquals(30, fee.days());
    // 1,200.00 × 12.15 % × 30 / 365 = 11.9835… → 11.98
    assertEquals(new BigDecimal("11.98"), fee.penalty());
    assertEquals(new BigDecimal("40.00"), fee.indemnity());

    long late = overdue(tenant).get(0).id();
    Invoice fees = tenancy.runAsTenant(tenant, () -> lateFees.invoice(late));
    assertEquals(new BigDecimal("51.98"), fees.getGrossTotal());
    assertEquals(new BigDecimal("0.00"), fees.getTaxTotal());
    assertTrue(
        fees.getLines().stream()
            .allMatch(
                l ->
                    l.getSource() == InvoiceLine.Source.LATE_FEE
                        && "O".equals(l.getVatCategory())));
    ReminderRefusedException again =
        assertThrows(
            ReminderRefusedException.class,
            () -> tenancy.runAsTenant(tenant, () -> lateFees.invoice(late)));
    assertEquals("collection.refused.nothing-to-bill", again.messageKey());
    assertEquals(1L, tenants.rows(slug, "late_fee_billing"));
    assertFalse(overdue(tenant).get(0).lateFee().isDue());
  }

  @Test
  void aPrivatePersonOwesLatePenaltiesButNeverTheRecoveryIndemnity() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenants.idOf(slug);
    fixtures.settleDemoDocuments(tenant, invoices);
    fixtures.signIn(slug, "admin@lumiere.test");
    payments.issueB2c(tenant, "ondemand@lumiere.test", "1000", TODAY.minusDays(60));
    lateFeesAt1215PercentAnd40Euros(tenant);

    LateFee fee = overdue(tenant).get(0).lateFee();
    assertTrue(fee.penalty().signum() > 0, "late penalties apply to everyone");
    assertEquals(0, fee.indemnity().signum(), "the 40 EUR are owed by businesses only (L441-10)");
  }

  private void lateFeesAt1215PercentAnd40Euros(long tenant) {
    tenancy.runAsTenant(
        tenant,
        () ->
            terms.save(
                new CollectionSettings(
                    true, new BigDecimal("12.15"), new BigDecimal("40.00"), null, null, null)));
  }

  private String body(long tenant, String subject) {
    return fixtures
        .strings(tenant, "SELECT body FROM outbox_mail WHERE subject = '" + subject + "'")
        .get(0);
  }
}
