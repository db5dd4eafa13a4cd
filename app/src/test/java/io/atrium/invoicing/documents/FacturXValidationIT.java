package io.atrium.invoicing.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.invoicing.Invoice;
import io.atrium.testing.Deployments;
import io.atrium.testing.IssuedDocuments;
import io.atrium.testing.PdfFiles;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of French document, issued by the invoicing core in a copy of Ateliers Lumière (server
 * side), passes Mustang's validator (client side, where the test-scoped validator is): PDF/A-3, EN
 * 16931 and the French BR-FR rules. The validator reports BR-FR findings as warnings under a
 * "valid" summary, so a document passes only with no error and no BR-FR finding at all; a control
 * document with a forbidden number shows the BR-FR rules do run.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FacturXValidationIT {

  private static final String RUN = "facturx";
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  @Inject IssuedDocuments documents;

  @BeforeAll
  static void forgetEarlierRuns() {
    HandOver.clear(RUN);
  }

  @Test
  @Order(1)
  void theServerIssuesAnInvoiceADepositACreditNoteAndACorrectiveInvoice() {
    long tenant = tenants.idOf(tenants.copyOf("lumiere"));
    IssuedDocuments.Order kaolin =
        IssuedDocuments.Order.to(c -> "Studio Kaolin".equals(c.getName()));
    long invoice = documents.issue(tenant, kaolin, Invoice.Kind.INVOICE, null, "1850", DAY);
    long deposit = documents.issue(tenant, kaolin, Invoice.Kind.DEPOSIT, null, "3700", DAY);
    long credit =
        documents.issue(tenant, kaolin, Invoice.Kind.CREDIT_NOTE, invoice, "185", DAY.plusDays(1));
    long corrective =
        documents.issue(tenant, kaolin, Invoice.Kind.CORRECTIVE, invoice, "1665", DAY.plusDays(1));
    HandOver.write(RUN, "INVOICE.pdf", documents.facturX(tenant, invoice));
    HandOver.write(RUN, "DEPOSIT.pdf", documents.facturX(tenant, deposit));
    HandOver.write(RUN, "CREDIT_NOTE.pdf", documents.facturX(tenant, credit));
    HandOver.write(RUN, "CORRECTIVE.pdf", documents.facturX(tenant, corrective));
  }

  @Test
  @Order(2)
  @RunAsClient
  void theInvoiceIsValid() {
    String pdf = "INVOICE.pdf";
    assertValid(pdf, FacturXReport.of(HandOver.read(RUN, pdf), pdf));
    assertTrue(xml(pdf).contains("<ram:TypeCode>380</ram:TypeCode>"));
  }

  @Test
  @Order(3)
  @RunAsClient
  void theDepositInvoiceOutsideTheScopeOfVatIsValid() {
    String pdf = "DEPOSIT.pdf";
    assertValid(pdf, FacturXReport.withoutArithmetics(HandOver.read(RUN, pdf), pdf));
    String xml = xml(pdf);
    assertTrue(xml.contains("<ram:TypeCode>386</ram:TypeCode>"), xml);
    assertTrue(xml.contains("<ram:CategoryCode>O</ram:CategoryCode>"), xml);
    assertFalse(xml.contains("schemeID=\"VA\""), "no VAT identifiers on an O document (BR-O-2)");
  }

  @Test
  @Order(4)
  @RunAsClient
  void theCreditNoteReferencingTheInvoiceIsValid() {
    String pdf = "CREDIT_NOTE.pdf";
    assertValid(pdf, FacturXReport.of(HandOver.read(RUN, pdf), pdf));
    String xml = xml(pdf);
    assertTrue(xml.contains("<ram:TypeCode>381</ram:TypeCode>"), xml);
    assertTrue(xml.contains("<ram:InvoiceReferencedDocument>"), "BT-25: " + xml);
  }

  @Test
  @Order(5)
  @RunAsClient
  void theCorrectiveInvoiceReplacingTheInvoiceIsValid() {
    String pdf = "CORRECTIVE.pdf";
    assertValid(pdf, FacturXReport.of(HandOver.read(RUN, pdf), pdf));
    String xml = xml(pdf);
    assertTrue(xml.contains("<ram:TypeCode>384</ram:TypeCode>"), xml);
    assertTrue(xml.contains("<ram:InvoiceReferencedDocument>"), "BT-25: " + xml);
  }

  @Test
  @Order(6)
  @RunAsClient
  void theFrenchRulesRunAndCatchANumberTheyForbid() {
    String xml = xml("INVOICE.pdf");
    String number =
        xml.replaceAll("(?s).*?<rsm:ExchangedDocument>\\s*<ram:ID>([^<]+)</ram:ID>.*", "$1");
    String broken = xml.replace("<ram:ID>" + number + "</ram:ID>", "<ram:ID>F 2026#1</ram:ID>");
    String report = FacturXReport.of(broken.getBytes(StandardCharsets.UTF_8), "factur-x.xml");
    assertTrue(report.contains("BR-FR-02"), report);
  }

  private static String xml(String pdf) {
    return PdfFiles.attachment(HandOver.read(RUN, pdf), "factur-x.xml");
  }

  private static void assertValid(String name, String report) {
    assertTrue(report.contains("<summary status=\"valid\"/>"), name + ": " + report);
    assertFalse(report.contains("<summary status=\"invalid\"/>"), name + ": " + report);
    assertFalse(report.contains("<error"), name + ": " + report);
    assertFalse(report.contains("<exception"), name + ": " + report);
    assertFalse(report.contains("BR-FR"), name + " breaks a French rule: " + report);
  }
}
