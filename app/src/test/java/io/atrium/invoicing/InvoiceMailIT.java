package io.atrium.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.Poll;
import io.atrium.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail of an issued invoice, as the buyer receives it: queued by the issue without its PDF
 * (which a billing run of thousands of invoices must not render in its transactions), the PDF made
 * when the outbox sends it, attached under the document's number, and kept with the mail so that a
 * retry sends the same bytes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvoiceMailIT {

  private static final String KAOLIN = "bonjour@kaolin.test";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void smtp() {
    MailCatcher.start();
  }

  @AfterAll
  static void stopSmtp() {
    MailCatcher.stop();
  }

  @Test
  void theIssuedInvoiceReachesTheBuyerWithItsPdfMadeWhenSent() throws Exception {
    Api api = new Api(base.toURI());
    String accountant = api.token("lumiere", "accounts@lumiere.test");
    String admin = api.token("lumiere", "admin@lumiere.test");
    JsonObject kaolin =
        Api.json(api.get("api/companies?size=100&q=Kaolin", accountant))
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals(KAOLIN, kaolin.getString("email", ""), "the buyer's address");
    long company = kaolin.getJsonNumber("id").longValue();
    long centre =
        Api.json(api.get("api/companies/" + company, accountant))
            .getJsonNumber("homeCentreId")
            .longValue();
    long item =
        Api.json(api.get("api/catalogue?active=true&centre=" + centre, admin))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    var created =
        api.post(
            "api/invoices",
            accountant,
            "{\"centreId\":" + centre + ",\"companyId\":" + company + "}");
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    var line =
        api.post(
            "api/invoices/" + id + "/lines",
            accountant,
            "{\"itemId\":"
                + item
                + ",\"description\":\"Salle\",\"quantity\":\"1\","
                + "\"unitPrice\":\"80.00\"}");
    assertEquals(201, line.statusCode(), line.body());
    var issued =
        api.post(
            "api/invoices/" + id + "/issue",
            accountant,
            "{\"issueDate\":\"" + LocalDate.now(ZoneId.of("Europe/Paris")) + "\"}");
    assertEquals(200, issued.statusCode(), issued.body());
    String number = Api.json(issued).getString("number");

    List<MimeMessage> mails = new ArrayList<>();
    assertTrue(
        Poll.until(
            Duration.ofSeconds(60),
            Duration.ofMillis(200),
            () -> {
              mails.clear();
              for (MimeMessage mail : MailCatcher.messagesTo(KAOLIN::equals)) {
                if (mail.getSubject().contains(number)) {
                  mails.add(mail);
                }
              }
              return !mails.isEmpty();
            }),
        "the mail of " + number + " is sent");
    BodyPart pdf = null;
    Multipart parts = (Multipart) mails.get(0).getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).getContentType().startsWith("application/pdf")) {
        pdf = parts.getBodyPart(i);
      }
    }
    assertTrue(pdf != null, "a PDF is attached");
    assertEquals(number.replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf", pdf.getFileName());
    try (InputStream in = pdf.getInputStream()) {
      assertEquals(
          "%PDF", new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII));
    }

    long tenant = Api.tenantId(accountant);
    // The mail is marked sent in a transaction of its own once the SMTP server took it.
    assertTrue(
        Poll.until(
            Duration.ofSeconds(30),
            Duration.ofMillis(100),
            () ->
                TestDatabase.countFromClient(
                        tenant,
                        "SELECT count(*) FROM outbox_mail_attachment a JOIN outbox_mail m ON m.id"
                            + " = a.mail_id WHERE a.made_from = ? AND a.content IS NOT NULL AND"
                            + " m.status = 'SENT'",
                        "invoice:" + id)
                    == 1),
        "the PDF made at sending is kept with the mail");
  }
}
