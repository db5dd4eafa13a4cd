package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NotificationsTest {

  @Test
  void aNoticeLinksOnlyToPagesOfThisSite() {
    assertTrue(Notifications.isSitePath("/helpdesk/ticket.xhtml?id=12"));
    assertFalse(Notifications.isSitePath("https://evil.example/"));
    assertFalse(Notifications.isSitePath("//evil.example/"));
    assertFalse(Notifications.isSitePath("/\\evil.example"));
    assertFalse(Notifications.isSitePath("javascript:alert(1)"));
  }
}
