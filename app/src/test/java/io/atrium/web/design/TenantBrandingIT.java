package io.atrium.web.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
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
 * Every page's head carries the design tokens of the signed-in person's operator (its stored colour
 * and the contrast-checked variants), in the back office and the client space alike, and never
 * another operator's; pages without a tenant carry Atrium's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantBrandingIT {

  private static final String LUMIERE = "#c8553d";
  private static final String BANYAN = "#2e6b4f";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void aMembersPagesCarryTheirOperatorsColoursInTheHead() throws Exception {
    WebSession member = new WebSession(base.toURI()).signedIn("lumiere", "user@kaolin.test");
    for (String page : new String[] {"portal/index.xhtml", "portal/events.xhtml"}) {
      String head = head(member, page);
      assertTrue(head.contains("--atrium-brand:" + LUMIERE + ";"), page + ": " + head);
      assertTrue(head.contains(Palette.of(LUMIERE).cssVariables()), page + ": " + head);
      assertTrue(head.contains("--atrium-on-primary:#ffffff;"), "white on the darkened terracotta");
      assertFalse(head.contains(BANYAN), "never another operator's colour");
    }
  }

  @Test
  void staffPagesCarryTheirOperatorsColoursAndNameInsteadOfAtriums() throws Exception {
    WebSession staff = new WebSession(base.toURI()).signedIn("banyan", "admin@banyan.test");
    var page = staff.get("index.xhtml");
    assertEquals(200, page.statusCode());
    String head = head(page.body());
    assertTrue(head.contains("--atrium-brand:" + BANYAN + ";"), head);
    assertTrue(head.contains("--atrium-link:" + BANYAN + ";"), "dark enough for links as it is");
    assertFalse(head.contains(LUMIERE), head);
    assertTrue(
        page.body().contains("<span class=\"brand-name\" id=\"tenantName\">Banyan Works"),
        "the header names the operator");
  }

  @Test
  void pagesWithoutATenantCarryAtriumsOwnPalette() throws Exception {
    String head = head(new WebSession(base.toURI()), "login.xhtml");
    assertTrue(head.contains(Palette.of(null).cssVariables()), head);
    assertTrue(head.contains("--atrium-brand:" + Palette.DEFAULT_BRAND + ";"), head);
  }

  private static String head(WebSession session, String page) {
    var response = session.get(page);
    assertEquals(200, response.statusCode(), page);
    return head(response.body());
  }

  /** The page's head, where the tokens must be so that the first paint already uses them. */
  private static String head(String html) {
    int end = html.indexOf("</head>");
    assertTrue(end > 0, "a head");
    String head = html.substring(0, end);
    assertTrue(head.contains("<style id=\"tenantTokens\">html:root{"), head);
    return head;
  }
}
