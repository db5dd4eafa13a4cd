package io.atrium.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import java.net.URL;
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
 * Finance pages in Chromium, as the French operator's administrator (who reads French): a
 * consumption is added in the dialog and billed with «Générer une facture»; the month is previewed
 * and run, the progress bar reaching 100 %. The demo's runs leave drafts (its billing settings), so
 * no number is taken by the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BillingBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  /** Unique to this run: the demo database outlives a run, with what earlier runs left in it. */
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aConsumptionIsAddedThenBilledOnAnIssuedInvoice() {
    WebDriver staff = browsers.open("fr-FR,fr");
    Browser.signIn(staff, base, "lumiere", "admin@lumiere.test");
    staff.get(base + "consumptions/list.xhtml");
    assertEquals("Consommations · Atrium", staff.getTitle());

    staff.findElement(By.id("consumptions:new")).click();
    Browser.await(
        staff, b -> b.findElement(By.id("consumptionDialog")).isDisplayed() ? true : null);
    Browser.choose(staff, "consumption:centreId", "PAR1");
    Browser.choose(staff, "consumption:companyId", "Studio Kaolin");
    Browser.choose(staff, "consumption:itemId", "Café barista");
    WebElement quantity = staff.findElement(By.id("consumption:quantity_input"));
    quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "7");
    staff.findElement(By.id("consumption:description")).sendKeys("Cafés réunion " + RUN);
    staff.findElement(By.id("consumption:save")).click();
    Browser.await(staff, b -> messages(b).contains("Consommation enregistrée.") ? true : null);

    WebElement row =
        Browser.await(
            staff,
            b ->
                b.findElements(By.cssSelector("[id='consumptions:table'] tbody tr")).stream()
                    .filter(r -> r.getText().contains("Cafés réunion " + RUN))
                    .findFirst()
                    .orElse(null));
    assertTrue(row.getText().contains("À facturer"), row.getText());
    row.findElement(By.cssSelector(".ui-chkbox-box")).click();
    Browser.click(staff, By.id("consumptions:invoice"));
    String done =
        Browser.await(staff, b -> messages(b).contains("Facture F-") ? messages(b) : null);
    assertTrue(done.contains("émise pour les consommations sélectionnées"), done);
    assertTrue(
        staff.findElements(By.cssSelector("[id='consumptions:table'] tbody tr")).stream()
            .noneMatch(r -> r.getText().contains("Cafés réunion " + RUN)),
        "billed: no longer among those to bill");
  }

  @Test
  void theMonthIsPreviewedThenRunWithItsProgressBarReachingTheEnd() {
    WebDriver staff = browsers.open("fr-FR,fr");
    Browser.signIn(staff, base, "lumiere", "admin@lumiere.test");
    staff.get(base + "billing/runs.xhtml");
    assertEquals("Facturation mensuelle · Atrium", staff.getTitle());

    staff.findElement(By.id("runs:preview")).click();
    String summary =
        Browser.await(
            staff,
            b ->
                b.findElements(By.id("previewSummary")).isEmpty()
                    ? null
                    : b.findElement(By.id("previewSummary")).getText());
    assertTrue(summary.contains("Rien n'est enregistré"), summary);
    int count = Integer.parseInt(summary.substring(0, summary.indexOf(' ')).replaceAll("\\D", ""));
    int rows =
        count == 0
            ? 0
            : staff
                .findElements(By.cssSelector("#runs\\:previewInvoices_data > tr[data-ri]"))
                .size();
    assertEquals(Math.min(count, 20), rows, "the preview's first page of invoices");

    staff.findElement(By.id("runs:run")).click();
    Browser.await(staff, b -> visibleYes(b)).click();
    String status =
        Browser.await(
            staff,
            b -> {
              var found = b.findElements(By.id("runStatus"));
              return !found.isEmpty() && found.get(0).getText().equals("Terminée")
                  ? found.get(0).getText()
                  : null;
            });
    assertEquals("Terminée", status);
    assertTrue(
        staff.findElement(By.id("runs:bar")).getText().contains("100"),
        staff.findElement(By.id("runs:bar")).getText());
    assertTrue(
        staff.findElement(By.id("runs:history")).getText().contains("Terminée"),
        "the run is in the history");
  }

  private static WebElement visibleYes(WebDriver browser) {
    return browser.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  private static String messages(WebDriver browser) {
    return browser.findElement(By.id("messages")).getText();
  }
}
