package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.WebSession;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a page shows follows the operator's country and the reader's language, as found trying the
 * back office and the client space of banyan (India, GST, INR) and lumiere (France, VAT, EUR): no
 * SIRET asked of an Indian operator nor GSTIN of a French one, no French law or SEPA mandate in
 * India, and counts and absent values worded in the page's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantCountryPagesIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  /** The company's page as its tenant's admin sees it. */
  private String companyPage(String tenant, String admin, String name) throws Exception {
    var api = new Api(base.toURI());
    var companies =
        api.get("api/companies?size=5&q=" + name.replace(" ", "%20"), api.token(tenant, admin));
    long id =
        Api.json(companies).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    return new WebSession(base.toURI())
        .signedIn(tenant, admin)
        .get("directory/companies/detail.xhtml?id=" + id)
        .body();
  }

  @Test
  void aCompanyIsAskedForItsCountrysTaxIdentifiers() throws Exception {
    String indian = companyPage("banyan", "admin@banyan.test", "Chai Labs");
    assertTrue(indian.contains(":details:gstin\""), "GSTIN in India");
    assertFalse(indian.contains(":details:siret\""), "no SIRET in India");
    assertFalse(indian.contains(":details:vatNumber\""), "no intra-EU VAT number in India");

    String french = companyPage("lumiere", "admin@lumiere.test", "Studio Kaolin");
    assertTrue(french.contains(":details:siret\""), "SIRET in France");
    assertFalse(french.contains(":details:gstin\""), "no GSTIN in France");
  }

  @Test
  void lateFeesCiteFrenchLawInFranceOnly() throws Exception {
    String indian =
        new WebSession(base.toURI())
            .signedIn("banyan", "admin@banyan.test")
            .get("collection/settings.xhtml")
            .body();
    assertTrue(indian.contains("counted from the day after the due date"), "the rule, plainly");
    assertFalse(indian.contains("Code de commerce") || indian.contains("€40"), "no French law");
    assertFalse(indian.contains("recoveryIndemnity"), "no French fixed indemnity");

    String french =
        new WebSession(base.toURI())
            .signedIn("lumiere", "admin@lumiere.test")
            .pickLanguage("fr")
            .get("collection/settings.xhtml")
            .body();
    assertTrue(french.contains("Code de commerce L441-10"), "the French rule");
    assertTrue(french.contains("settings:recoveryIndemnity"), "and its indemnity");
  }

  @Test
  void aSepaMandateIsOfferedForInvoicesInEurosOnly() throws Exception {
    long banyan = Api.tenantId(new Api(base.toURI()).token("banyan", "admin@banyan.test"));
    String invoice =
        TestDatabase.textFromClient(
            banyan,
            "SELECT min(i.id)::text FROM invoice i JOIN company c ON c.id = i.company_id"
                + " WHERE c.name = 'Chai Labs' AND i.status = 'ISSUED'");
    var member = new WebSession(base.toURI()).signedIn("banyan", "admin@chailabs.test");
    var page = member.get("portal/pay.xhtml?invoice=" + invoice);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("INR"), "the invoice's page");
    assertFalse(page.body().contains("mandateForm"), "no SEPA mandate for rupees");
    assertTrue(page.body().contains("charges no card"), "the built-in gateway says it is one");
  }

  @Test
  void sepaIsAmongTheWaysToPayWhereACentreBillsInEurosOnly() throws Exception {
    var banyan = new WebSession(base.toURI()).signedIn("banyan", "admin@banyan.test");
    for (String page : new String[] {"payments/record.xhtml", "contracts/contract.xhtml"}) {
      String indian = banyan.get(page).body();
      assertTrue(indian.contains("Bank transfer"), "the other ways: " + page);
      assertFalse(indian.contains("SEPA direct debit"), "no SEPA in India: " + page);
    }
    var lumiere = new WebSession(base.toURI()).signedIn("lumiere", "admin@lumiere.test");
    for (String page : new String[] {"payments/record.xhtml", "contracts/contract.xhtml"}) {
      assertTrue(lumiere.get(page).body().contains("SEPA direct debit"), "SEPA in France: " + page);
    }
  }

  @Test
  void countsAndAbsentValuesAreWordedInThePagesLanguage() throws Exception {
    var english = new WebSession(base.toURI()).signedIn("lumiere", "admin@lumiere.test");
    String queue = english.get("helpdesk/queue.xhtml").body();
    assertTrue(queue.contains(">Older than 1 day<"), "one day");
    assertTrue(queue.contains(">Older than 7 days<"), "seven days");
    var french =
        new WebSession(base.toURI()).signedIn("lumiere", "admin@lumiere.test").pickLanguage("fr");
    String file = french.get("helpdesk/queue.xhtml").body();
    assertTrue(file.contains("un jour<") && file.contains(">Plus de 7 jours<"), "French counts");
    String exports = french.get("collection/exports.xhtml").body();
    assertFalse(exports.contains(">none<"), "no English 'none' on a French page");
    assertTrue(exports.contains("aucun (les factures restent dans Atrium)"), exports.length() + "");
  }
}
