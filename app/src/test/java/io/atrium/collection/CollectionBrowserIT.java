package io.atrium.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The collection pages in Chromium, in a copy of lumiere made once a day (its slug names the day,
 * so the browser side knows it): a reminder sent from the reminders page, the French text of a
 * level saved on the settings page, an export downloaded.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollectionBrowserIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final String WORKSPACE =
      "collection-" + TODAY.format(DateTimeFormatter.BASIC_ISO_DATE);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Inject TestTenants tenants;

  @Inject InvoiceFixtures invoices;

  @Test
  @Order(1)
  void prepareAnOverdueInvoice() {
    tenants.copyOf("lumiere", WORKSPACE);
    // Every run of the day issues one more, dated like the others: the series stays chronological.
    invoices.issue(
        tenants.idOf(WORKSPACE),
        c -> c.getName().startsWith("Studio Kaolin"),
        "100",
        TODAY.minusDays(40));
  }

  @Test
  @Order(2)
  @RunAsClient
  void aReminderIsSentFromTheRemindersPage() {
    List<String> sent = CollectionScreens.sendLastReminder(base, WORKSPACE);
    assertEquals("Reminder sent for invoice " + sent.get(0) + ".", sent.get(1));
    assertTrue(sent.get(2).startsWith("Friendly reminder"), sent.get(2));
  }

  @Test
  @Order(3)
  @RunAsClient
  void theFrenchTextOfALevelIsSaved() {
    String subject = "Petit rappel : facture {number} · " + System.currentTimeMillis();
    List<String> saved = CollectionScreens.saveFrenchFriendlySubject(base, WORKSPACE, subject);
    assertEquals(List.of("Textes des relances enregistrés.", subject), saved);
  }

  @Test
  @Order(4)
  @RunAsClient
  void theInvoicesCsvIsDownloaded() {
    String csv = CollectionScreens.downloadInvoicesCsv(base, WORKSPACE, TODAY.minusDays(60), TODAY);
    assertTrue(csv.startsWith("\uFEFFNumber,Kind,Date,Due date,Buyer"), csv);
    assertTrue(csv.contains("Studio Kaolin,PAR1,EUR,100.00,20.00,20.00,120.00,Overdue"), csv);
  }
}
