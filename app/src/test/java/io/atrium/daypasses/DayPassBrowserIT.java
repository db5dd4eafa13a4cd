package io.atrium.daypasses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * 000 workflow 4, "Booking a Day Pass", in Chromium: at Banyan Works in English, the community
 * manager sells today's day pass to a new on-demand walk-in (offered invoice or payment link only),
 * paid by a mailed payment link; the walk-in activates their account from the mail and lands on the
 * invoice to pay; at Ateliers Lumière in French, to an existing client member, by invoice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DayPassBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeAll
  static void smtp() {
    MailCatcher.start();
  }

  @AfterAll
  static void stopSmtp() {
    MailCatcher.stop();
  }

  @Test
  void aWalkInBuysTodaysDayPassByPaymentLinkInEnglish() throws Exception {
    WebDriver cm = browsers.open("en-GB,en");
    Browser.signIn(cm, base, "banyan", "cm@banyan.test");
    cm.get(base + "daypasses/list.xhtml");
    assertEquals("Day passes · Atrium", cm.getTitle());
    Browser.choose(cm, "passes:centre", "BLR1");
    openDialog(cm);
    cm.findElement(By.cssSelector("[id='dayPass:userType'] label[for$='userType:1']")).click();
    Browser.await(cm, b -> b.findElements(By.id("dayPass:fullName")).isEmpty() ? null : true);
    String email = "walkin" + System.nanoTime() + "@example.test";
    cm.findElement(By.id("dayPass:fullName")).sendKeys("Kavya Iyer");
    cm.findElement(By.id("dayPass:email")).sendKeys(email);
    cm.findElement(By.id("dayPass:phone")).sendKeys("+91 98450 22003");
    // No company, contract or credits: a walk-in pays by invoice or payment link only.
    List<String> offered =
        Browser.await(
            cm,
            b -> {
              List<String> labels =
                  b.findElements(By.cssSelector("[id='dayPass:payment'] label")).stream()
                      .map(WebElement::getText)
                      .toList();
              return labels.contains("Credits") ? null : labels;
            });
    assertEquals(List.of("Invoice", "Payment link (mailed)"), offered);
    Browser.choose(cm, "dayPass:itemId", "Day pass");
    cm.findElement(By.cssSelector("[id='dayPass:payment'] label[for$='payment:1']")).click();
    cm.findElement(By.id("dayPass:save")).click();

    Browser.await(
        cm, b -> messages(b).contains("Day pass confirmed: its invoice is issued.") ? true : null);
    WebElement pass = row(cm, "Kavya Iyer");
    assertTrue(pass.getText().contains("824.82 INR"), pass.getText());
    assertTrue(pass.getText().contains("Payment link (mailed)"), pass.getText());
    assertTrue(pass.getText().contains("Confirmed"), pass.getText());
    assertTrue(pass.findElements(By.linkText("Open the invoice")).isEmpty(), "no invoices right");

    // The walk-in has no password: their activation mail sets one and lands on the invoice to pay.
    String mail =
        MailCatcher.await(email::equals, 3, Duration.ofSeconds(30)).stream()
            .filter(m -> m.subject().startsWith("Activate your account"))
            .findFirst()
            .orElseThrow()
            .body();
    Matcher link = Pattern.compile("http\\S*/account/activate\\.xhtml\\S*").matcher(mail);
    assertTrue(link.find(), mail);
    WebDriver walkIn = browsers.open("en-GB,en");
    walkIn.get(link.group());
    Browser.await(walkIn, b -> b.findElements(By.id("form:password")).isEmpty() ? null : true);
    walkIn.findElement(By.id("form:password")).sendKeys("walk in and pay 2027");
    walkIn.findElement(By.id("form:confirmation")).sendKeys("walk in and pay 2027");
    walkIn.findElement(By.id("form:save")).click();
    Browser.await(
        walkIn, b -> b.getCurrentUrl().contains("/portal/pay.xhtml?invoice=") ? true : null);
    assertTrue(walkIn.getTitle().startsWith("Pay "), walkIn.getTitle());
    assertTrue(
        walkIn.findElement(By.tagName("body")).getText().contains("824.82"),
        "the pass's invoice, to pay");
  }

  @Test
  void anExistingMemberBuysADayPassByInvoiceInFrench() {
    WebDriver admin = browsers.open("fr-FR,fr");
    Browser.signIn(admin, base, "lumiere", "admin@lumiere.test");
    admin.get(base + "daypasses/list.xhtml");
    assertEquals("Pass journée · Atrium", admin.getTitle());
    Browser.choose(admin, "passes:centre", "PAR1");
    openDialog(admin);
    Browser.choose(admin, "dayPass:memberId", "Chloé Bernard");
    Browser.choose(admin, "dayPass:itemId", "Pass journée");
    admin.findElement(By.id("dayPass:save")).click();

    Browser.await(
        admin,
        b -> messages(b).contains("Pass journée confirmé : sa facture est émise.") ? true : null);
    WebElement pass = row(admin, "Chloé Bernard");
    assertTrue(pass.getText().contains("30,00 EUR"), pass.getText());
    assertTrue(pass.getText().contains("Confirmé"), pass.getText());
    pass.findElement(By.linkText("Ouvrir la facture")).click();
    Browser.await(admin, b -> b.getCurrentUrl().contains("invoicing/invoice.xhtml") ? true : null);
  }

  private static void openDialog(WebDriver browser) {
    Browser.click(browser, By.id("passes:new"));
    Browser.await(browser, b -> b.findElement(By.id("dayPassDialog")).isDisplayed() ? true : null);
  }

  private static WebElement row(WebDriver browser, String who) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector("[id='passes:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(who))
                .findFirst()
                .orElse(null));
  }

  private static String messages(WebDriver browser) {
    return browser.findElement(By.id("messages")).getText();
  }
}
