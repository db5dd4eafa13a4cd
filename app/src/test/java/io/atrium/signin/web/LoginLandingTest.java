package io.atrium.signin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the sign-in sends a person: the page asked for, if it is a path of this site. */
class LoginLandingTest {

  private static final String STAFF_HOME = "/index.xhtml";
  private static final String MEMBER_HOME = "/portal/index.xhtml";

  @Test
  void aPageOfThisSiteIsKept() {
    assertEquals(
        "/helpdesk/ticket.xhtml?id=5",
        LoginBacking.landing("/helpdesk/ticket.xhtml?id=5", STAFF_HOME, true));
    assertEquals(
        "/portal/tickets.xhtml", LoginBacking.landing("/portal/tickets.xhtml", MEMBER_HOME, false));
    assertEquals(MEMBER_HOME, LoginBacking.landing("/helpdesk/queue.xhtml", MEMBER_HOME, false));
  }

  @Test
  void anotherSiteIsNeverTheLanding() {
    for (String next :
        new String[] {
          "https://evil.example", "//evil.example", "/\\evil.example", "evil.example", null
        }) {
      assertEquals(STAFF_HOME, LoginBacking.landing(next, STAFF_HOME, true), String.valueOf(next));
    }
  }

  /** Browsers drop tabs and line breaks from a Location: "/\t/evil.example" is "//evil.example". */
  @Test
  void controlCharactersCannotMakeAnotherSitesAddress() {
    for (String next :
        new String[] {"/\t/evil.example", "/\n/evil.example", "/\r\nX-Injected: 1", "/ /x"}) {
      assertEquals(STAFF_HOME, LoginBacking.landing(next, STAFF_HOME, true), next);
    }
    assertEquals(MEMBER_HOME, LoginBacking.landing("/portal/\t/x", MEMBER_HOME, false));
  }
}
