package io.atrium.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A ticket's life cycle as document 002 gives it, and the moves it refuses. */
class TicketTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final Centre paris = new Centre("PAR1", "Paris", "FR", "Europe/Paris", "EUR");
  private final StaffMember tech = new StaffMember("Marc Dubois", "tech@lumiere.test", "fr");
  private final StaffMember requester = new StaffMember("Hélène Garnier", "admin@x.test", "fr");

  private Ticket ticket() {
    tech.workInAllCentres();
    Ticket ticket =
        new Ticket(
            paris,
            TicketType.INTERNET,
            null,
            "Wi-Fi down",
            "No Wi-Fi on the 2nd floor",
            TicketActor.of(requester),
            T0,
            SlaTarget.defaultFor(TicketType.INTERNET));
    ticket.number(42);
    return ticket;
  }

  @Test
  void numbersAreTheCentreCodeAndFiveDigits() {
    assertEquals("PAR1-00042", ticket().getNumber());
  }

  @Test
  void aNewTicketOnlyLeavesNewByBeingAssigned() {
    Ticket ticket = ticket();
    assertEquals(TicketStatus.NEW, ticket.getStatus());
    assertEquals(Set.of(), ticket.allowedTargets());
    for (TicketStatus target : TicketStatus.values()) {
      assertThrows(TicketRuleException.class, () -> ticket.moveTo(target, T0));
    }
    ticket.assignTo(tech, T0.plusSeconds(60));
    assertEquals(TicketStatus.IN_PROGRESS, ticket.getStatus());
    assertEquals(T0.plusSeconds(60), ticket.getFirstResponseAt(), "assignment is a response");
  }

  @Test
  void theWholeLifeCycleWithReopeningInsideTheWindow() {
    Ticket ticket = ticket();
    ticket.assignTo(tech, T0);
    assertEquals(Set.of(TicketStatus.SOLVED), ticket.allowedTargets());
    ticket.moveTo(TicketStatus.SOLVED, T0.plus(Duration.ofHours(2)));
    assertNotNull(ticket.getSolvedAt());
    assertTrue(ticket.reopenable(T0.plus(Duration.ofDays(6)), 7));
    ticket.reopen(T0.plus(Duration.ofDays(6)), 7);
    assertEquals(TicketStatus.IN_PROGRESS, ticket.getStatus());
    assertNull(ticket.getSolvedAt());
    assertSame(tech, ticket.getAssignee(), "reopened with its assignee");
    ticket.moveTo(TicketStatus.SOLVED, T0.plus(Duration.ofDays(6)));
    ticket.moveTo(TicketStatus.CLOSED, T0.plus(Duration.ofDays(7)));
    assertEquals(TicketStatus.CLOSED, ticket.getStatus());
  }

  @Test
  void closedIsFinal() {
    Ticket ticket = ticket();
    ticket.assignTo(tech, T0);
    ticket.moveTo(TicketStatus.SOLVED, T0);
    ticket.moveTo(TicketStatus.CLOSED, T0);
    for (TicketStatus target : TicketStatus.values()) {
      assertThrows(TicketRuleException.class, () -> ticket.moveTo(target, T0));
    }
    assertThrows(TicketRuleException.class, () -> ticket.reopen(T0, 7));
    assertThrows(TicketRuleException.class, () -> ticket.assignTo(tech, T0));
    assertThrows(TicketRuleException.class, () -> ticket.escalate(T0));
    assertThrows(
        TicketRuleException.class, () -> ticket.commented(TicketActor.of(tech), false, T0));
  }

  @Test
  void reopeningAfterTheWindowIsRefusedAndTheJobClosesTheTicket() {
    Ticket ticket = ticket();
    ticket.assignTo(tech, T0);
    ticket.moveTo(TicketStatus.SOLVED, T0);
    Instant later = T0.plus(Duration.ofDays(8));
    TicketRuleException refused =
        assertThrows(TicketRuleException.class, () -> ticket.reopen(later, 7));
    assertEquals("ticket.reopen.expired", refused.messageKey());
    assertFalse(ticket.closeAfterWindow(T0.plus(Duration.ofDays(3)), 7), "window still runs");
    assertTrue(ticket.closeAfterWindow(later, 7));
    assertEquals(TicketStatus.CLOSED, ticket.getStatus());
  }

  @Test
  void onlyASolvedTicketIsReopenedAndSolvedNeverGoesBackToNew() {
    Ticket ticket = ticket();
    assertThrows(TicketRuleException.class, () -> ticket.reopen(T0, 7));
    ticket.assignTo(tech, T0);
    assertThrows(TicketRuleException.class, () -> ticket.reopen(T0, 7));
    ticket.moveTo(TicketStatus.SOLVED, T0);
    assertThrows(TicketRuleException.class, () -> ticket.moveTo(TicketStatus.NEW, T0));
    assertThrows(TicketRuleException.class, () -> ticket.moveTo(TicketStatus.SOLVED, T0));
  }

  @Test
  void escalationIsALevelWhileOpen() {
    Ticket ticket = ticket();
    assertThrows(TicketRuleException.class, ticket::deescalate);
    for (int level = 1; level <= Ticket.MAX_ESCALATION; level++) {
      ticket.escalate(T0);
      assertEquals(level, ticket.getEscalationLevel());
    }
    assertThrows(TicketRuleException.class, () -> ticket.escalate(T0));
    ticket.deescalate();
    assertEquals(Ticket.MAX_ESCALATION - 1, ticket.getEscalationLevel());
    assertTrue(ticket.isEscalated());
  }

  @Test
  void assigneesMustWorkInTheCentre() {
    Ticket ticket = ticket();
    StaffMember lyon = new StaffMember("Léon Mercier", "lyon@x.test", "fr");
    lyon.workIn(Set.of(new Centre("LYO1", "Lyon", "FR", "Europe/Paris", "EUR")));
    assertThrows(TicketRuleException.class, () -> ticket.assignTo(lyon, T0));
    assertEquals(TicketStatus.NEW, ticket.getStatus());
  }

  @Test
  void slaDueTimesComeFromTheTypesTargetsAndOverdueNeedsAnOpenTicket() {
    Ticket ticket = ticket();
    assertEquals(T0.plus(Duration.ofHours(2)), ticket.getFirstResponseDue());
    assertEquals(T0.plus(Duration.ofHours(8)), ticket.getResolutionDue());
    Instant late = T0.plus(Duration.ofHours(3));
    assertTrue(ticket.firstResponseOverdue(late));
    ticket.assignTo(tech, late);
    assertFalse(ticket.firstResponseOverdue(late), "responded, late");
    assertTrue(ticket.resolutionOverdue(T0.plus(Duration.ofHours(9))));
    ticket.moveTo(TicketStatus.SOLVED, T0.plus(Duration.ofHours(9)));
    assertFalse(ticket.overdue(T0.plus(Duration.ofDays(1))), "solved tickets are not overdue");
  }

  @Test
  void onlyStaffWriteInternalNotes() {
    Ticket ticket = ticket();
    var member =
        new TicketActor(null, new io.atrium.directory.Member(paris, "Chloé", "c@x.test", "fr"));
    assertThrows(
        TicketRuleException.class, () -> new TicketComment(ticket, member, "psst", true, T0));
  }
}
