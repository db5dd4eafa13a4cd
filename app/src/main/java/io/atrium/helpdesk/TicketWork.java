package io.atrium.helpdesk;

import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working on tickets (package rules 3, 6, 7 and 9): assigning, moving along the life cycle,
 * escalating, reopening and commenting. Staff need tickets:edit and the ticket's centre; members
 * comment on tickets they may read and reopen their own. Each command writes the activity, the
 * audit entry and the notices in its transaction.
 */
@ApplicationScoped
public class TicketWork {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Tickets tickets;

  @Inject TicketFiles files;

  @Inject TicketLog log;

  @Inject TicketNotifier notifier;

  @Inject SupportSettings settings;

  /**
   * Gives the ticket to a staff member who works on the centre's tickets; a new ticket is then in
   * progress.
   *
   * @throws InvalidFieldsException on {@code assignee} for someone who may not be given it
   */
  @Transactional
  public Ticket assign(long ticketId, long staffId) {
    Ticket ticket = editable(ticketId);
    TicketActor actor = log.actor();
    StaffMember assignee = em.find(StaffMember.class, staffId);
    if (assignee == null || !settings.assignable(ticket.getCentre()).contains(assignee)) {
      throw InvalidFieldsException.of("assignee", "ticket.assignee.invalid");
    }
    TicketStatus before = ticket.getStatus();
    String previous = ticket.getAssignee() == null ? null : ticket.getAssignee().getFullName();
    ticket.assignTo(assignee, log.now());
    log.record(
        ticket,
        TicketActivity.Kind.ASSIGNED,
        actor,
        assignee.getFullName(),
        "ASSIGN",
        Changes.of()
            .field("assignee", previous, assignee.getFullName())
            .field("status", before, ticket.getStatus()));
    notifier.assigned(ticket, actor);
    if (before != ticket.getStatus()) {
      statusLine(ticket, actor);
    }
    return ticket;
  }

  /**
   * @throws TicketRuleException for a move the ticket's life cycle does not allow
   */
  @Transactional
  public Ticket changeStatus(long ticketId, TicketStatus target) {
    Ticket ticket = editable(ticketId);
    TicketActor actor = log.actor();
    TicketStatus before = ticket.getStatus();
    ticket.moveTo(target, log.now());
    log.record(
        ticket,
        TicketActivity.Kind.STATUS_CHANGED,
        actor,
        ticket.getStatus().name(),
        "STATUS",
        Changes.of().field("status", before, ticket.getStatus()));
    notifier.statusChanged(ticket, actor);
    return ticket;
  }

  @Transactional
  public Ticket escalate(long ticketId) {
    Ticket ticket = editable(ticketId);
    int before = ticket.getEscalationLevel();
    ticket.escalate(log.now());
    return escalation(ticket, before, TicketActivity.Kind.ESCALATED, "ESCALATE");
  }

  @Transactional
  public Ticket deescalate(long ticketId) {
    Ticket ticket = editable(ticketId);
    int before = ticket.getEscalationLevel();
    ticket.deescalate();
    return escalation(ticket, before, TicketActivity.Kind.DEESCALATED, "DEESCALATE");
  }

  /**
   * Puts a solved ticket back in progress, within the reopen window: its requester or staff.
   *
   * @throws TicketRuleException when it is not solved or the window has ended
   */
  @Transactional
  public Ticket reopen(long ticketId) {
    Ticket ticket = tickets.get(ticketId);
    TicketActor actor = log.actor();
    if (caller.isMember()) {
      if (!actor.is(ticket.getRequesterMember())) {
        throw new ForbiddenException();
      }
    } else {
      caller.require(Area.TICKETS, Action.EDIT);
    }
    ticket.reopen(log.now(), settings.reopenDays());
    log.record(
        ticket,
        TicketActivity.Kind.REOPENED,
        actor,
        ticket.getStatus().name(),
        "REOPEN",
        Changes.of().field("status", TicketStatus.SOLVED, ticket.getStatus()));
    notifier.statusChanged(ticket, actor);
    return ticket;
  }

  /**
   * Adds a comment, or an internal note (staff only), with its files.
   *
   * @throws InvalidFieldsException on {@code body} when it is empty or too long, or on {@code
   *     attachments} for a refused file; nothing is then written
   */
  @Transactional
  public TicketComment comment(long ticketId, String body, boolean internal, List<Upload> uploads) {
    Ticket ticket = caller.isMember() ? memberTicket(ticketId) : editable(ticketId);
    TicketActor actor = log.actor();
    Map<String, String> invalid = new HashMap<>();
    TicketIntake.text(invalid, "body", body, TicketIntake.MAX_TEXT);
    if (!invalid.isEmpty()) {
      throw new InvalidFieldsException(invalid);
    }
    Instant now = log.now();
    ticket.commented(actor, internal, now);
    TicketComment comment = new TicketComment(ticket, actor, body.strip(), internal, now);
    em.persist(comment);
    files.attach(ticket, comment, uploads == null ? List.of() : uploads, now);
    log.record(
        ticket,
        internal ? TicketActivity.Kind.NOTE_ADDED : TicketActivity.Kind.COMMENTED,
        actor,
        null,
        internal ? "NOTE" : "COMMENT",
        Changes.of().field("comment", null, comment.getId()));
    notifier.commented(ticket, comment, actor);
    return comment;
  }

  /**
   * Attaches files to the ticket itself (the API's upload).
   *
   * @throws InvalidFieldsException on {@code attachments} for a refused file
   */
  @Transactional
  public List<TicketAttachment> attach(long ticketId, List<Upload> uploads) {
    Ticket ticket = caller.isMember() ? memberTicket(ticketId) : editable(ticketId);
    if (ticket.getStatus() == TicketStatus.CLOSED) {
      throw new TicketRuleException("ticket.closed");
    }
    List<TicketAttachment> attached = files.attach(ticket, null, uploads, log.now());
    log.record(
        ticket,
        TicketActivity.Kind.COMMENTED,
        log.actor(),
        attached.size() + " file(s)",
        "ATTACH",
        Changes.of().field("attachments", null, attached.size()));
    return attached;
  }

  private Ticket escalation(Ticket ticket, int before, TicketActivity.Kind kind, String action) {
    TicketActor actor = log.actor();
    log.record(
        ticket,
        kind,
        actor,
        Integer.toString(ticket.getEscalationLevel()),
        action,
        Changes.of().field("escalationLevel", before, ticket.getEscalationLevel()));
    notifier.escalationChanged(ticket, actor);
    return ticket;
  }

  private void statusLine(Ticket ticket, TicketActor actor) {
    log.record(
        ticket,
        TicketActivity.Kind.STATUS_CHANGED,
        actor,
        ticket.getStatus().name(),
        "STATUS",
        Changes.of().field("status", TicketStatus.NEW, ticket.getStatus()));
    notifier.statusChanged(ticket, actor);
  }

  /** A ticket of the caller's centres that they may work on. */
  private Ticket editable(long ticketId) {
    caller.require(Area.TICKETS, Action.EDIT);
    return tickets.get(ticketId);
  }

  private Ticket memberTicket(long ticketId) {
    caller.require(ClientRight.INCIDENTS);
    return tickets.get(ticketId);
  }
}
