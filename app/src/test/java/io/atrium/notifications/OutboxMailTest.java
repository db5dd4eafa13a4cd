package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.i18n.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 3);

  private OutboxMail mail() {
    return new OutboxMail("a@b.test", "A", "en", "reset", "Subject", "Body", NOW);
  }

  @Test
  void aNewMailIsDueAtOnce() {
    OutboxMail mail = mail();
    assertEquals(OutboxMail.Status.PENDING, mail.getStatus());
    assertEquals(NOW, mail.getNextAttemptAt());
    assertEquals(0, mail.getAttempts());
  }

  @Test
  void aFailureIsCountedKeptAndRetriedLater() {
    OutboxMail mail = mail();
    mail.failed("Connection refused", NOW, backoff);
    assertEquals(OutboxMail.Status.PENDING, mail.getStatus());
    assertEquals(1, mail.getAttempts());
    assertEquals("Connection refused", mail.getLastError());
    assertEquals(NOW.plusSeconds(30), mail.getNextAttemptAt());
    mail.failed("Connection refused", NOW, backoff);
    assertEquals(NOW.plusSeconds(60), mail.getNextAttemptAt());
  }

  @Test
  void afterTheLastAttemptItHasFailedForGood() {
    OutboxMail mail = mail();
    for (int i = 0; i < 3; i++) {
      mail.failed("Connection refused", NOW, backoff);
    }
    assertEquals(OutboxMail.Status.FAILED, mail.getStatus());
    assertThrows(IllegalStateException.class, () -> mail.sent(NOW));
  }

  @Test
  void withoutAnSmtpServerAMailIsCapturedNotSent() {
    OutboxMail mail = mail();
    mail.captured(NOW);
    assertEquals(OutboxMail.Status.CAPTURED, mail.getStatus());
    assertThrows(IllegalStateException.class, () -> mail.sent(NOW));
    for (String language : List.of("en", "fr")) {
      var texts = Texts.bundle(Locale.forLanguageTag(language));
      for (OutboxMail.Status status : OutboxMail.Status.values()) {
        assertTrue(texts.containsKey("sentMail.status." + status), language + " " + status);
      }
    }
    assertEquals(
        "Not delivered: no SMTP server configured",
        Texts.bundle(Locale.ENGLISH).getString("sentMail.status.CAPTURED"));
  }

  @Test
  void aClaimLastsItsLeaseAndEndsWithTheOutcome() {
    OutboxMail mail = mail();
    mail.claim(NOW, Duration.ofMinutes(5));
    assertEquals(NOW.plus(Duration.ofMinutes(5)), mail.getClaimedUntil());
    mail.failed("Connection refused", NOW, backoff);
    assertNull(mail.getClaimedUntil(), "free for the next attempt");
    mail.claim(NOW, Duration.ofMinutes(5));
    mail.sent(NOW);
    assertNull(mail.getClaimedUntil());
    assertThrows(IllegalStateException.class, () -> mail.claim(NOW, Duration.ofMinutes(5)));
  }

  @Test
  void aSentMailIsNeverSentOrFailedAgain() {
    OutboxMail mail = mail();
    mail.sent(NOW);
    assertEquals(OutboxMail.Status.SENT, mail.getStatus());
    assertEquals(NOW, mail.getSentAt());
    assertNull(mail.getLastError());
    assertThrows(IllegalStateException.class, () -> mail.sent(NOW));
    assertThrows(IllegalStateException.class, () -> mail.failed("x", NOW, backoff));
  }

  @Test
  void longTextsAreCutToTheirColumns() {
    OutboxMail mail = new OutboxMail("a@b.test", null, "en", "reset", "s".repeat(400), "Body", NOW);
    assertEquals(300, mail.getSubject().length());
    mail.failed("e".repeat(2000), NOW, backoff);
    assertEquals(500, mail.getLastError().length());
  }

  @Test
  void anErrorIsDescribedByItsCausesWithoutStack() {
    var error =
        new IllegalStateException(
            "Could not connect to SMTP host: localhost, port: 3035",
            new java.net.ConnectException("Connection refused"));
    assertEquals(
        "Could not connect to SMTP host: localhost, port: 3035 ← Connection refused",
        MailDelivery.describe(error));
  }
}
