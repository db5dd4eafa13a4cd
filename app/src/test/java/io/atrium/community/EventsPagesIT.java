package io.atrium.community;

import static io.atrium.community.DemoEvents.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.WebSession;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The events pages as staff and members get them: the Paris community manager's list, attendees and
 * export hold no Lyon event; Lyon's pages are not found for them; members see their own centre's
 * events only; a wrong form names its field and writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsPagesIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private DemoEvents demo;

  @BeforeEach
  void client() throws Exception {
    demo = new DemoEvents(base.toURI());
  }

  private WebSession signedIn(String email) throws Exception {
    return new WebSession(base.toURI()).signedIn("lumiere", email);
  }

  @Test
  void theParisCommunityManagerNeverMeetsALyonEventInPagesOrExports() throws Exception {
    String lyonTitle = "Masterclass Lyon " + RUN;
    long lyon = demo.published(DemoEvents.form(demo.lyon(), lyonTitle, 25), false);
    String parisTitle = "Masterclass Paris " + RUN;
    long paris = demo.published(DemoEvents.form(demo.paris(), parisTitle, 25), false);
    demo.rsvp(paris, "user@kaolin.test");
    var cm = signedIn("cm@lumiere.test");

    var list = cm.get("community/events/list.xhtml");
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.body().contains(parisTitle), list.body());
    assertFalse(list.body().contains(lyonTitle));
    assertFalse(list.body().contains("LYO1"), "no Lyon event, nor a Lyon filter");
    for (String path :
        List.of(
            "community/events/edit.xhtml?id=" + lyon,
            "community/events/attendees.xhtml?id=" + lyon,
            "community/events/cover?id=" + lyon)) {
      var page = cm.get(path);
      assertEquals(404, page.statusCode(), path);
      assertFalse(page.body().contains(lyonTitle), path);
    }

    var attendees = cm.get("community/events/attendees.xhtml?id=" + paris);
    assertEquals(200, attendees.statusCode());
    assertTrue(attendees.body().contains("Chloé Bernard"), "the member going");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("attendeesForm_SUBMIT", "1");
    form.put("attendeesForm:export", "");
    form.put("jakarta.faces.ViewState", WebSession.viewState(attendees.body()));
    var csv = cm.post("community/events/attendees.xhtml?id=" + paris, form);
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        csv.body().startsWith("\uFEFFFull name,E-mail,Company,Status,Answered at,Checked in\r\n"),
        csv.body());
    assertTrue(
        csv.body().contains("Chloé Bernard,user@kaolin.test,Studio Kaolin,Going,"), csv.body());

    // French Excel: headers and statuses in French, semicolons, dates as the pages show them.
    var french = new WebSession(base.toURI(), "Accept-Language", "fr-FR,fr");
    french.signedIn("lumiere", "cm@lumiere.test");
    var frenchPage = french.get("community/events/attendees.xhtml?id=" + paris);
    form.put("jakarta.faces.ViewState", WebSession.viewState(frenchPage.body()));
    String frenchCsv = french.post("community/events/attendees.xhtml?id=" + paris, form).body();
    assertTrue(
        frenchCsv.startsWith("\uFEFFNom complet;E-mail;Entreprise;Statut;Réponse le;Présent\r\n"),
        frenchCsv);
    assertTrue(
        frenchCsv.matches(
            "(?s).*\r\nChloé Bernard;user@kaolin.test;Studio Kaolin;Inscrit;"
                + "\\d{1,2} [a-zéû]{3,4}\\.? \\d{4}, \\d{2}:\\d{2};\r\n.*"),
        frenchCsv);
    demo.api().post("api/events/" + lyon + "/cancel", demo.admin(), "{}");
    demo.api().post("api/events/" + paris + "/cancel", demo.admin(), "{}");
  }

  @Test
  void membersSeeTheirCentresPublishedEventsOnly() throws Exception {
    String lyonTitle = "Pique-nique Lyon " + RUN;
    long lyon = demo.published(DemoEvents.form(demo.lyon(), lyonTitle, 25), false);
    String parisDraft = "Brouillon Paris " + RUN;
    demo.create(demo.admin(), DemoEvents.form(demo.paris(), parisDraft, 25));

    String kaolin = signedIn("user@kaolin.test").get("portal/events.xhtml").body();
    assertFalse(kaolin.contains(lyonTitle), "a Lyon event");
    assertFalse(kaolin.contains(parisDraft), "a draft");
    String nordlys = signedIn("user@nordlys.test").get("portal/events.xhtml").body();
    assertTrue(nordlys.contains(lyonTitle), nordlys);
    assertTrue(nordlys.contains("25 seats left"), nordlys);
    assertTrue(nordlys.contains("I will come"), "the RSVP button");
    demo.api().post("api/events/" + lyon + "/cancel", demo.admin(), "{}");
  }

  @Test
  void staffWithoutEventsRightsGetTheAccessDeniedPageAndNoMenuEntry() throws Exception {
    var tech = signedIn("tech@lumiere.test");
    assertFalse(tech.get("index.xhtml").body().contains("/community/events/list.xhtml"));
    var page = tech.get("community/events/list.xhtml");
    assertEquals(403, page.statusCode());
    assertTrue(page.body().contains("data-status=\"403\""));
    assertEquals(403, tech.get("community/events/edit.xhtml").statusCode());
    assertTrue(
        signedIn("cm@lumiere.test")
            .get("index.xhtml")
            .body()
            .contains("/community/events/list.xhtml"),
        "the community manager's menu has Events");
  }

  @Test
  void aFormWithTheEndBeforeTheStartNamesTheFieldAndWritesNothing() throws Exception {
    String title = "Mauvais horaire " + RUN;
    var cm = signedIn("cm@lumiere.test");
    var page = cm.get("community/events/edit.xhtml");
    assertEquals(200, page.statusCode(), page.body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("form_SUBMIT", "1");
    form.put("form:title", title);
    form.put("form:centreId_input", Long.toString(demo.paris()));
    form.put(
        "form:date_input",
        DemoEvents.today()
            .plusDays(1)
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    form.put("form:startTime", "19:00");
    form.put("form:endTime", "18:00");
    form.put("form:location", "Salle Lumière");
    form.put("form:capacity", "30");
    form.put("form:description", "");
    form.put("form:save", "");
    form.put("jakarta.faces.ViewState", WebSession.viewState(page.body()));
    var refused = cm.post("community/events/edit.xhtml", form);
    assertEquals(200, refused.statusCode(), refused.body());
    assertTrue(
        refused.body().contains("The end must be after the start, the same day."), refused.body());
    assertFalse(
        demo.list("admin@lumiere.test", "&from=" + DemoEvents.today()).contains(title),
        "no event was written");
  }
}
