package io.atrium.invoicing.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.invoicing.Invoice;
import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.IssuedDocuments;
import io.atrium.testing.PdfFiles;
import io.atrium.testing.TestTenants;
import io.atrium.testing.WebSession;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documents through the API as staff and members download them, and through the pages' servlet
 * with a session: rights by centre and company role, an on-demand member's own invoice, drafts,
 * documents an invoice does not have, and another tenant's ids. The server side issues the
 * documents in copies of both demo operators; the client side downloads them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoiceDocumentsApiIT {

  private static final String RUN = "documents-api";
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  @Inject InvoiceFixtures invoices;

  @Inject IssuedDocuments documents;

  @ArquillianResource URL base;

  @BeforeAll
  static void forgetEarlierRuns() {
    HandOver.clear(RUN);
  }

  @Test
  @Order(1)
  void theServerIssuesDocumentsInBothOperators() throws IOException {
    String lumiere = tenants.copyOf("lumiere");
    long l = tenants.idOf(lumiere);
    // The Paris community manager may read invoices, in Paris only.
    invoices.sql(
        l,
        "INSERT INTO staff_role_permission (role_id, permission) SELECT id, 'invoices:read'"
            + " FROM staff_role WHERE name = 'Community Manager'");
    IssuedDocuments.Order kaolin =
        IssuedDocuments.Order.to(c -> "Studio Kaolin".equals(c.getName()));
    IssuedDocuments.Order nordlys =
        IssuedDocuments.Order.to(c -> "Nordlys Conseil".equals(c.getName()));
    String banyan = tenants.copyOf("banyan");
    long b = tenants.idOf(banyan);
    IssuedDocuments.Order chai = IssuedDocuments.Order.to(c -> "Chai Labs".equals(c.getName()));
    Properties ids = new Properties();
    ids.setProperty("lumiere", lumiere);
    ids.setProperty("banyan", banyan);
    ids.setProperty(
        "kaolin", id(documents.issue(l, kaolin, Invoice.Kind.INVOICE, null, "1200", DAY)));
    ids.setProperty(
        "nordlys", id(documents.issue(l, nordlys, Invoice.Kind.INVOICE, null, "800", DAY)));
    ids.setProperty("draft", id(documents.draft(l, kaolin, "50")));
    ids.setProperty("ondemand", id(documents.issueToMember(l, "ondemand@lumiere.test", "25", DAY)));
    ids.setProperty("chai", id(documents.issue(b, chai, Invoice.Kind.INVOICE, null, "10000", DAY)));
    ids.setProperty(
        "banyanB2c", id(documents.issueToMember(b, "ondemand@banyan.test", "500", DAY)));
    StringWriter text = new StringWriter();
    ids.store(text, null);
    HandOver.write(RUN, "ids.properties", text.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @Order(2)
  @RunAsClient
  void staffDownloadThePdfAndTheFacturXOfAnIssuedInvoice() {
    Properties ids = ids();
    String token = token(ids, "lumiere", "accounts@lumiere.test");
    HttpResponse<byte[]> pdf =
        download("api/invoices/" + ids.getProperty("kaolin") + "/pdf", token);

    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String disposition = pdf.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.matches("attachment; filename=\"F-2026-\\d{6}\\.pdf\""), disposition);
    assertTrue(PdfFiles.isPdfA3(pdf.body(), "BU"));
    String text = PdfFiles.text(pdf.body());
    assertTrue(text.contains("1 440,00 €") || text.contains("€1,440.00"), text);
    HttpResponse<byte[]> facturX =
        download("api/invoices/" + ids.getProperty("kaolin") + "/facturx", token);
    assertEquals(200, facturX.statusCode());
    assertNotNull(PdfFiles.attachment(facturX.body(), "factur-x.xml"));
  }

  @Test
  @Order(3)
  @RunAsClient
  void aDraftHasNoDocumentYet() {
    Properties ids = ids();
    String token = token(ids, "lumiere", "admin@lumiere.test");
    assertProblem(409, get("api/invoices/" + ids.getProperty("draft") + "/pdf", token));
    assertProblem(409, get("api/invoices/" + ids.getProperty("draft") + "/facturx", token));
  }

  @Test
  @Order(4)
  @RunAsClient
  void staffSeeOnlyTheirCentresAndNeedTheInvoicesRight() {
    Properties ids = ids();
    String paris = token(ids, "lumiere", "cm@lumiere.test");
    assertEquals(
        200, download("api/invoices/" + ids.getProperty("kaolin") + "/pdf", paris).statusCode());
    assertProblem(404, get("api/invoices/" + ids.getProperty("nordlys") + "/pdf", paris));
    String technician = token(ids, "lumiere", "tech@lumiere.test");
    assertProblem(403, get("api/invoices/" + ids.getProperty("kaolin") + "/pdf", technician));
    assertProblem(401, get("api/invoices/" + ids.getProperty("kaolin") + "/pdf", null));
  }

  @Test
  @Order(5)
  @RunAsClient
  void membersSeeTheirCompanysDocumentsOnlyWithTheCompanyDocumentsRight() {
    Properties ids = ids();
    String admin = token(ids, "lumiere", "admin@kaolin.test");
    assertEquals(
        200, download("api/invoices/" + ids.getProperty("kaolin") + "/pdf", admin).statusCode());
    assertProblem(404, get("api/invoices/" + ids.getProperty("nordlys") + "/pdf", admin));
    assertProblem(404, get("api/invoices/" + ids.getProperty("draft") + "/pdf", admin));
    String manager = token(ids, "lumiere", "manager@kaolin.test");
    assertProblem(404, get("api/invoices/" + ids.getProperty("kaolin") + "/pdf", manager));
    String onDemand = token(ids, "lumiere", "ondemand@lumiere.test");
    assertEquals(
        200,
        download("api/invoices/" + ids.getProperty("ondemand") + "/pdf", onDemand).statusCode());
    assertProblem(404, get("api/invoices/" + ids.getProperty("kaolin") + "/pdf", onDemand));
  }

  @Test
  @Order(6)
  @RunAsClient
  void theGstEInvoiceIsForIndianB2bDocumentsOnly() {
    Properties ids = ids();
    String banyan = token(ids, "banyan", "admin@banyan.test");
    HttpResponse<String> eInvoice =
        get("api/invoices/" + ids.getProperty("chai") + "/einvoice", banyan);
    assertEquals(200, eInvoice.statusCode(), eInvoice.body());
    assertTrue(
        eInvoice.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("1.1", Api.json(eInvoice).getString("Version"));
    assertProblem(409, get("api/invoices/" + ids.getProperty("banyanB2c") + "/einvoice", banyan));
    assertProblem(409, get("api/invoices/" + ids.getProperty("chai") + "/facturx", banyan));
    HttpResponse<byte[]> pdf = download("api/invoices/" + ids.getProperty("chai") + "/pdf", banyan);
    assertEquals(200, pdf.statusCode());
    assertTrue(
        pdf.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .matches("attachment; filename=\"I29-2627-\\d{6}\\.pdf\""));
    String lumiere = token(ids, "lumiere", "admin@lumiere.test");
    assertProblem(409, get("api/invoices/" + ids.getProperty("kaolin") + "/einvoice", lumiere));
  }

  @Test
  @Order(7)
  @RunAsClient
  void anotherTenantsIdsAreNotFound() {
    Properties ids = ids();
    String lumiere = token(ids, "lumiere", "admin@lumiere.test");
    String banyan = token(ids, "banyan", "admin@banyan.test");
    for (String document : new String[] {"pdf", "facturx", "einvoice"}) {
      assertProblem(404, get("api/invoices/" + ids.getProperty("chai") + "/" + document, lumiere));
      assertProblem(404, get("api/invoices/" + ids.getProperty("kaolin") + "/" + document, banyan));
    }
    assertProblem(404, get("api/invoices/999999999999/pdf", lumiere));
  }

  @Test
  @Order(8)
  @RunAsClient
  void pagesDownloadWithTheSessionThroughTheDocumentsServlet() throws Exception {
    Properties ids = ids();
    var staff =
        new WebSession(base.toURI()).signedIn(ids.getProperty("lumiere"), "accounts@lumiere.test");
    HttpResponse<String> pdf =
        staff.get("invoicing/documents/" + ids.getProperty("kaolin") + "/pdf");
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.body().startsWith("%PDF-"));
    assertEquals(
        404, staff.get("invoicing/documents/" + ids.getProperty("chai") + "/pdf").statusCode());
    var member =
        new WebSession(base.toURI()).signedIn(ids.getProperty("lumiere"), "admin@kaolin.test");
    assertEquals(
        200, member.get("portal/documents/" + ids.getProperty("kaolin") + "/pdf").statusCode());
    assertEquals(
        404, member.get("portal/documents/" + ids.getProperty("nordlys") + "/pdf").statusCode());
  }

  private static String id(long id) {
    return Long.toString(id);
  }

  private static Properties ids() {
    Properties ids = new Properties();
    try {
      ids.load(
          new StringReader(
              new String(HandOver.read(RUN, "ids.properties"), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  private String token(Properties ids, String operator, String email) {
    return api().token(ids.getProperty(operator), email);
  }

  private Api api() {
    try {
      return new Api(base.toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> get(String path, String token) {
    return api().get(path, token);
  }

  private HttpResponse<byte[]> download(String path, String token) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(base.toURI().resolve(path))
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""), "problem");
  }
}
