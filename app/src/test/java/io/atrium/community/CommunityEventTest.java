package io.atrium.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.tenancy.Centre;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The life cycles of an event and of an answer to it, as their entities enforce them. */
class CommunityEventTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDate DAY = LocalDate.of(2026, 6, 18);
  private static final Instant BEFORE = at(DAY.minusDays(3), 12, 0);

  private static Instant at(LocalDate day, int hour, int minute) {
    return ZonedDateTime.of(day, LocalTime.of(hour, minute), PARIS).toInstant();
  }

  private static CommunityEvent event() {
    CommunityEvent event =
        new CommunityEvent(new Centre("PAR1", "Paris", "FR", "Europe/Paris", "EUR"));
    EventDetails details = new EventDetails();
    details.setTitle("Afterwork");
    details.setLocation("Rooftop");
    details.setCapacity(2);
    event.plan(details, at(DAY, 18, 30), at(DAY, 21, 0));
    return event;
  }

  @Test
  void aDraftIsPublishedThenCancelledAndCancelledIsFinal() {
    CommunityEvent event = event();
    assertTrue(event.isDraft());
    event.publish(BEFORE);
    assertTrue(event.isPublished());
    assertEquals(BEFORE, event.getPublishedAt());
    assertTrue(event.cancel(BEFORE), "it was published: those who answered are told");
    assertTrue(event.isCancelled());
    assertEquals(
        "event.cancelled.final",
        assertThrows(EventStateException.class, () -> event.publish(BEFORE)).messageKey());
    assertThrows(EventStateException.class, () -> event.cancel(BEFORE));
    EventDetails again = EventDetails.of(event);
    assertThrows(
        EventStateException.class, () -> event.plan(again, event.getStartsAt(), event.getEndsAt()));
  }

  @Test
  void aDraftCanBeWithdrawnAndAPublishedEventCannotBePublishedTwice() {
    CommunityEvent draft = event();
    assertFalse(draft.cancel(BEFORE), "nobody saw a draft: nobody to tell");
    CommunityEvent published = event();
    published.publish(BEFORE);
    assertEquals(
        "event.published.already",
        assertThrows(EventStateException.class, () -> published.publish(BEFORE)).messageKey());
  }

  @Test
  void anEventThatIsOverCannotBePublished() {
    CommunityEvent event = event();
    Instant after = at(DAY, 21, 0);
    assertEquals(
        "event.over",
        assertThrows(EventStateException.class, () -> event.publish(after)).messageKey());
    assertTrue(event.isDraft());
    event.publish(at(DAY, 20, 59));
    assertFalse(event.isOpen(after), "no answers once it is over");
  }

  @Test
  void aPublishedEventCanBeEditedButNeverEndsBeforeItStarts() {
    CommunityEvent event = event();
    event.publish(BEFORE);
    EventDetails details = EventDetails.of(event);
    details.setTitle("Summer afterwork");
    event.plan(details, at(DAY, 19, 0), at(DAY, 22, 0));
    assertEquals("Summer afterwork", event.getTitle());
    assertEquals(LocalTime.of(19, 0), event.getStartTime());
    assertThrows(
        IllegalArgumentException.class, () -> event.plan(details, at(DAY, 19, 0), at(DAY, 19, 0)));
    details.setCapacity(0);
    assertThrows(
        IllegalArgumentException.class, () -> event.plan(details, at(DAY, 19, 0), at(DAY, 22, 0)));
  }

  @Test
  void checkInIsOpenOnTheEventsDayOnTheCentresClock() {
    CommunityEvent event = event();
    assertFalse(event.isCheckInDay(at(DAY, 18, 0)), "not while a draft");
    event.publish(BEFORE);
    assertTrue(event.isCheckInDay(at(DAY, 0, 5)));
    assertTrue(event.isCheckInDay(at(DAY, 23, 55)));
    assertFalse(event.isCheckInDay(at(DAY.minusDays(1), 23, 55)));
    assertFalse(event.isCheckInDay(at(DAY.plusDays(1), 0, 5)));
  }

  @Test
  void anAnswerGoesWaitsIsPromotedWithdrawsAndIsCheckedInOnce() {
    CommunityEvent event = event();
    Rsvp waiting = new Rsvp(event, null, false, BEFORE);
    assertTrue(waiting.isWaitlisted());
    assertThrows(EventStateException.class, () -> waiting.checkIn(BEFORE), "not going yet");
    waiting.promote();
    assertTrue(waiting.isGoing());
    assertThrows(EventStateException.class, waiting::promote, "already going");
    waiting.checkIn(at(DAY, 18, 40));
    assertEquals(
        "rsvp.checkIn.already",
        assertThrows(EventStateException.class, () -> waiting.checkIn(at(DAY, 18, 45)))
            .messageKey());
    assertEquals(
        "rsvp.checkedIn", assertThrows(EventStateException.class, waiting::withdraw).messageKey());

    Rsvp going = new Rsvp(event, null, true, BEFORE);
    assertTrue(going.withdraw(), "a seat is freed");
    assertEquals(Rsvp.Status.CANCELLED, going.getStatus());
    assertThrows(EventStateException.class, going::withdraw);
    Instant later = BEFORE.plusSeconds(60);
    going.answerAgain(false, later);
    assertTrue(going.isWaitlisted(), "back, at the end of the waitlist");
    assertEquals(later, going.getAnsweredAt());
    going.answerAgain(true, later.plusSeconds(60));
    assertTrue(going.isWaitlisted(), "answering again while waiting changes nothing");
    assertEquals(later, going.getAnsweredAt());
  }
}
