package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * 000 workflow 3, "Booking a Meeting Room (with Discounts)", step by step in Chromium for the
 * Indian operator, in English: the community manager books Neem for Chai Labs with 20 % off (above
 * her 10 % ceiling) and "invoice now": the booking is held, pending approval; the Super Admin
 * approves it in the approvals inbox; the booking is confirmed at its discounted price and invoiced
 * (with GST) at once; the provisioning log shows its door code and Wi-Fi voucher.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingRoomWorkflowBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  /** How the request names its slot: day first, on the centre's clock. */
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final LocalDate DAY =
      LocalDate.of(2047, 1, 7).plusWeeks(ThreadLocalRandom.current().nextInt(500));

  @Test
  void aDiscountedBookingIsApprovedInvoicedAndGivenAccess() throws Exception {
    String title = "Workflow 3 " + ThreadLocalRandom.current().nextInt(1_000_000);
    WebDriver cm = browsers.open("cm", "en-GB,en");
    Browser.signIn(cm, base, "banyan", "cm@banyan.test");
    cm.get(base + "bookings/list.xhtml?day=" + DAY);
    Browser.choose(cm, "bookings:centre", "BLR1");
    Browser.click(cm, By.id("bookings:new"));
    Browser.await(cm, b -> b.findElement(By.id("bookingDialog")).isDisplayed() ? true : null);
    Browser.choose(cm, "booking:spaceId", "Neem");
    Browser.choose(cm, "booking:companyId", "Chai Labs");
    Browser.choose(cm, "booking:startsAt", "11:00");
    Browser.choose(cm, "booking:endsAt", "12:00");
    cm.findElement(By.id("booking:guests_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
    cm.findElement(By.id("booking:title")).sendKeys(title);
    cm.findElement(By.id("booking:discountPercent_input")).sendKeys("20");
    cm.findElement(By.cssSelector("[id='booking:invoiceNow'] .ui-chkbox-box")).click();
    cm.findElement(By.id("booking:save")).click();
    Browser.await(
        cm, b -> messages(b).contains("pending approval. The approvers are told") ? true : null);
    WebElement held = row(cm, title);
    assertTrue(held.getText().contains("Pending approval"), held.getText());
    assertTrue(held.getText().contains("960.00 INR"), held.getText());

    WebDriver admin = browsers.open("admin", "en-GB,en");
    Browser.signIn(admin, base, "banyan", "admin@banyan.test");
    admin.get(base + "approvals/inbox.xhtml");
    WebElement request =
        Browser.await(
            admin,
            b ->
                b.findElements(By.cssSelector("[id='inbox:tabs:pending'] tbody tr")).stream()
                    .filter(r -> r.getText().contains("Neem " + DAY.format(DAY_FIRST) + " 11:00"))
                    .findFirst()
                    .orElse(null));
    request.findElement(By.cssSelector("button[id$=':approve']")).click();
    Browser.await(admin, b -> messages(b).toLowerCase().contains("approved") ? true : null);

    admin.get(base + "bookings/list.xhtml?day=" + DAY);
    Browser.choose(admin, "bookings:centre", "BLR1");
    WebElement confirmed = row(admin, title);
    assertTrue(confirmed.getText().contains("Confirmed"), confirmed.getText());
    Api api = new Api(base.toURI());
    long tenant = Api.tenantId(api.token("banyan", "admin@banyan.test"));
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM booking b JOIN invoice i ON i.id = b.invoice_id WHERE b.title ="
                + " ? AND i.status = 'ISSUED' AND i.net_total = 960.00 AND i.tax_total = 172.80",
            title),
        "invoiced at once on approval, with GST");

    long blr = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'BLR1'");
    admin.get(base + "access/provisioning.xhtml?centre=" + blr);
    Browser.await(
        admin,
        b -> {
          long active =
              b.findElements(By.cssSelector("[id='grants:table'] tbody tr")).stream()
                  .filter(r -> r.getText().contains("Chai Labs") && r.getText().contains("Active"))
                  .count();
          if (active >= 2) {
            return true;
          }
          b.get(base + "access/provisioning.xhtml?centre=" + blr);
          return null;
        });
  }

  private static WebElement row(WebDriver browser, String title) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector("[id='bookings:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElse(null));
  }

  private static String messages(WebDriver browser) {
    return browser.findElement(By.id("messages")).getText();
  }
}
