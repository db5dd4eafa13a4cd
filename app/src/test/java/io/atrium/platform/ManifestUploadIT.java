package io.atrium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.WebSession;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The manifest upload of the platform's tenants page, posted as a browser posts it but with the
 * file names and sizes a browser would not send: each is refused on the page with why, and nothing
 * else happens (the page answers, no tenant is created).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManifestUploadIT {

  private static final String PAGE = "platform/tenants.xhtml";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private WebSession platform;

  @BeforeEach
  void signIn() throws Exception {
    platform = new WebSession(base.toURI()).signedIn("platform", "platform@atrium.test");
  }

  /** The upload form posted with one file, as the page's "Create the tenant" button does. */
  private HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
    String viewState = WebSession.viewState(platform.get(PAGE).body());
    String boundary = "----AtriumUpload" + System.nanoTime();
    var body = new ByteArrayOutputStream();
    field(body, boundary, "upload_SUBMIT", "1");
    field(body, boundary, "upload:import", "");
    field(body, boundary, "jakarta.faces.ViewState", viewState);
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/x-yaml\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    URI page = base.toURI().resolve(PAGE);
    return platform.send(
        HttpRequest.newBuilder(page)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void field(
      ByteArrayOutputStream body, String boundary, String name, String value) {
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"\r\n\r\n"
                + value
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] manifestOf(int size) {
    byte[] content = new byte[size];
    Arrays.fill(content, (byte) '#');
    return content;
  }

  @Test
  void aFileOverTheLimitIsRefusedWithTheLimitBeforeItIsRead() throws Exception {
    for (int megabytes : new int[] {4, 30}) {
      var response = upload("tenant.yaml", manifestOf(megabytes * 1024 * 1024));
      assertEquals(200, response.statusCode(), megabytes + " MB");
      assertTrue(response.body().contains("over 256 kB"), megabytes + " MB: " + response.body());
    }
  }

  @Test
  void fileNamesWithAPathControlCharactersOrMarkupAreRefusedSayingWhy() throws Exception {
    byte[] manifest = "slug: never-created\n".getBytes(StandardCharsets.UTF_8);
    for (String name :
        new String[] {"tenant\u0000.yaml", "../tenant.yaml", "a/b.yaml", "<b>.yaml"}) {
      var response = upload(name, manifest);
      assertEquals(200, response.statusCode(), name + ": " + response.body());
      assertTrue(
          response.body().contains("The file name is refused"), name + ": " + response.body());
    }
    assertTrue(!platform.get(PAGE).body().contains("never-created"), "no tenant was created");
  }
}
