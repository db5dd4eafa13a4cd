package io.atrium.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.IdPages;
import io.atrium.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory's pages as staff and members get them: what each sees, which buttons are there, and
 * the 404 and 403 pages for what they may not open.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryPagesIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private DemoDirectory demo;

  @BeforeEach
  void client() throws Exception {
    demo = new DemoDirectory(new Api(base.toURI()));
  }

  private WebSession signedIn(String workspace, String email) throws Exception {
    return new WebSession(base.toURI()).signedIn(workspace, email);
  }

  @Test
  void aParisCommunityManagerSeesOnlyParisCompaniesInTheList() throws Exception {
    var page = signedIn("lumiere", "cm@lumiere.test").get("directory/companies/list.xhtml");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("Studio Kaolin"), page.body());
    assertFalse(page.body().contains("Nordlys Conseil"), "a Lyon company");
    assertFalse(page.body().contains("Brique Rouge"), "a Lyon company");
    assertFalse(page.body().contains("LYO1"), "not even as a filter");
  }

  @Test
  void aLyonCompanyIsNotFoundForTheParisCommunityManager() throws Exception {
    var cm = signedIn("lumiere", "cm@lumiere.test");
    long nordlys = demo.company("lumiere", "Nordlys Conseil");
    assertNotFoundPage(cm.get("directory/companies/detail.xhtml?id=" + nordlys), "Nordlys");
    long lyonMember = demo.member("lumiere", "Nordlys Conseil", "admin@nordlys.test");
    assertNotFoundPage(cm.get("directory/members/detail.xhtml?id=" + lyonMember), "nordlys");
    var kaolin =
        cm.get("directory/companies/detail.xhtml?id=" + demo.company("lumiere", "Studio Kaolin"));
    assertEquals(200, kaolin.statusCode());
    assertTrue(kaolin.body().contains("admin@kaolin.test"), "its members tab");
  }

  @Test
  void anotherTenantsCompanyOrMemberIsNotFoundAndShowsNothingOfIt() throws Exception {
    var admin = signedIn("lumiere", "admin@lumiere.test");
    long chai = demo.company("banyan", "Chai Labs");
    long chaiAdmin = demo.member("banyan", "Chai Labs", "admin@chailabs.test");
    for (var page : IdPages.PAGES) {
      var response = admin.get(page.with(page.type() == Company.class ? chai : chaiAdmin));
      assertNotFoundPage(response, "Chai");
      assertFalse(response.body().contains("chailabs"), page.path());
      assertFalse(response.body().contains("Ananya"), page.path());
    }
    assertNotFoundPage(admin.get("directory/companies/detail.xhtml?id=abc"), "NumberFormat");
    assertNotFoundPage(admin.get("directory/members/detail.xhtml"), "NullPointer");
  }

  @Test
  void aReceptionistSeesTheCompanyFileWithoutAnyButtonToChangeIt() throws Exception {
    var reception = signedIn("lumiere", "reception@lumiere.test");
    var page =
        reception.get(
            "directory/companies/detail.xhtml?id=" + demo.company("lumiere", "Studio Kaolin"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("bonjour@kaolin.test"), "the company's details");
    assertFalse(page.body().contains("id=\"tabs:details:save\""), "no save button");
    assertFalse(page.body().contains("id=\"tabs:membersForm:newMember\""), "no new user button");
    assertFalse(page.body().contains("id=\"head:archive\""), "no archive button");
    assertTrue(page.body().contains("disabled"), "fields are read-only");
    var list = reception.get("directory/companies/list.xhtml");
    assertFalse(list.body().contains("id=\"companiesForm:new\""), "no + button");

    long invited = demo.member("lumiere", "Studio Kaolin", "nathan.rousseau@kaolin.test");
    var member = reception.get("directory/members/detail.xhtml?id=" + invited);
    assertEquals(200, member.statusCode());
    assertFalse(
        member.body().contains("id=\"head:activate\""), "no activation without companies:edit");
  }

  @Test
  void staffWhoMayEditSeeActivateOnlyForInvitedMembers() throws Exception {
    var cm = signedIn("lumiere", "cm@lumiere.test");
    long invited = demo.member("lumiere", "Studio Kaolin", "nathan.rousseau@kaolin.test");
    var page = cm.get("directory/members/detail.xhtml?id=" + invited);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"head:activate\""), page.body());
    long active = demo.member("lumiere", "Studio Kaolin", "admin@kaolin.test");
    assertFalse(
        cm.get("directory/members/detail.xhtml?id=" + active)
            .body()
            .contains("id=\"head:activate\""));
  }

  @Test
  void aTechnicianGetsTheAccessDeniedPage() throws Exception {
    var tech = signedIn("lumiere", "tech@lumiere.test");
    for (String path :
        new String[] {"directory/companies/list.xhtml", "directory/members/list.xhtml"}) {
      var page = tech.get(path);
      assertEquals(403, page.statusCode(), path);
      assertTrue(page.body().contains("data-status=\"403\""), page.body());
      assertFalse(page.body().contains("Studio Kaolin"));
    }
  }

  @Test
  void theMembersListShowsCompanyMembersAndOnDemandUsersOfTheCallersCentres() throws Exception {
    var cm = signedIn("lumiere", "cm@lumiere.test");
    var page = cm.get("directory/members/list.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("admin@kaolin.test"), "a Paris company's member");
    assertTrue(page.body().contains("ondemand@lumiere.test"), "a Paris on-demand user");
    assertFalse(page.body().contains("romain.blanc@lumiere.test"), "a Lyon on-demand user");
    assertFalse(page.body().contains("@nordlys.test"), "a Lyon company's member");
  }

  @Test
  void membersSeeTheirCompanyInTheirSpaceAndOnlyManagersMayInvite() throws Exception {
    var user = signedIn("lumiere", "user@kaolin.test");
    var page = user.get("portal/company.xhtml");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("Studio Kaolin"));
    assertTrue(page.body().contains("manager@kaolin.test"), "the colleagues");
    assertFalse(page.body().contains("id=\"membersForm:invite\""), "a user does not invite");
    var backOffice = user.get("directory/companies/list.xhtml");
    assertEquals(302, backOffice.statusCode(), "members stay in their space");

    var manager = signedIn("lumiere", "manager@kaolin.test").get("portal/company.xhtml");
    assertTrue(manager.body().contains("id=\"membersForm:invite\""), "a manager invites");
    assertFalse(manager.body().contains("Nordlys"));
  }

  private static void assertNotFoundPage(HttpResponse<String> response, String absent) {
    assertEquals(404, response.statusCode(), response.body());
    assertTrue(response.body().contains("data-status=\"404\""), response.body());
    assertFalse(response.body().contains(absent), response.body());
    assertFalse(response.body().contains("at io.atrium"), response.body());
  }
}
