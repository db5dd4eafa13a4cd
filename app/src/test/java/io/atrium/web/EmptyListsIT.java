package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An empty list says what to do next, in the reader's language, and shows no pager for a page that
 * does not exist: the reception dashboard of a day with no visitor, and the events list of a month
 * with no event (both beyond the two years ahead anything may be planned).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmptyListsIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @ParameterizedTest
  @CsvSource({
    "en, No visitor expected this day. Invite one with “Invite Visitor”., No event matches.",
    "fr, Aucun visiteur attendu ce jour. Invitez-en un avec « Inviter un visiteur »., Aucun"
        + " évènement ne correspond."
  })
  void anEmptyListSaysTheNextStepAndHasNoPager(String language, String noVisitor, String noEvent)
      throws Exception {
    WebSession staff =
        new WebSession(base.toURI())
            .pickLanguage(language)
            .signedIn("lumiere", "admin@lumiere.test");

    HttpResponse<String> day = staff.get("reception/dashboard.xhtml?day=2029-06-15");
    assertEquals(200, day.statusCode());
    assertTrue(day.body().contains(noVisitor), "the next step on an empty day");
    assertFalse(day.body().contains("ui-paginator-page"), "no pager on an empty day");

    HttpResponse<String> month =
        staff.get("community/events/list.xhtml?from=2029-06-01&to=2029-06-30");
    assertEquals(200, month.statusCode());
    assertTrue(month.body().contains(noEvent), "the empty events list says so");
    assertFalse(month.body().contains("ui-paginator-page"), "no pager for no event");
  }
}
