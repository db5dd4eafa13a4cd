package io.atrium.helpdesk;

import io.atrium.audit.Changes;
import io.atrium.directory.Member;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.TextValidator;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raising tickets (package rules 1, 4 and 5): members with the INCIDENTS right for themselves, in
 * their home centre; staff with tickets:create in one of their centres, for a member or for the
 * building. One transaction: number, ticket, files, activity, audit and notices, or nothing.
 */
@ApplicationScoped
public class TicketIntake {

  public static final int MAX_TITLE = 120;
  public static final int MAX_TEXT = 5000;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject TicketNumbers numbers;

  @Inject TicketFiles files;

  @Inject TicketLog log;

  @Inject TicketNotifier notifier;

  @Inject SupportSettings settings;

  /**
   * Raises a ticket with its attachments.
   *
   * @throws InvalidFieldsException for a missing or too long field, a centre or requester the
   *     caller may not use, or a refused file; nothing is then written
   */
  @Transactional
  public Ticket create(NewTicket draft, List<Upload> uploads) {
    TicketActor actor;
    TicketActor requester;
    Centre centre;
    if (caller.isMember()) {
      caller.require(ClientRight.INCIDENTS);
      actor = log.actor();
      requester = actor;
      centre = actor.member().getHomeCentre();
    } else {
      caller.require(Area.TICKETS, Action.CREATE);
      actor = log.actor();
      centre = centre(draft.getCentreId());
      requester =
          draft.getRequesterMemberId() == null
              ? actor
              : member(draft.getRequesterMemberId(), centre);
    }
    check(draft);
    Instant now = log.now();
    Ticket ticket =
        new Ticket(
            centre,
            draft.getType(),
            draft.getPriority(),
            draft.getTitle().strip(),
            draft.getDescription().strip(),
            requester,
            now,
            settings.target(draft.getType()));
    ticket.number(numbers.next(centre.getId()));
    em.persist(ticket);
    files.attach(ticket, null, uploads == null ? List.of() : uploads, now);
    log.record(
        ticket,
        TicketActivity.Kind.CREATED,
        actor,
        ticket.getNumber(),
        "CREATE",
        Changes.of()
            .field("number", null, ticket.getNumber())
            .field("type", null, ticket.getType())
            .field("priority", null, ticket.getPriority())
            .field("status", null, ticket.getStatus())
            .field("requester", null, ticket.getRequesterName()));
    notifier.created(ticket, actor);
    return ticket;
  }

  private Centre centre(Long id) {
    Centre centre = id == null ? null : em.find(Centre.class, id);
    if (centre == null || !caller.centres().allows(id)) {
      throw InvalidFieldsException.of("centre", "ticket.centre.unknown");
    }
    return centre;
  }

  /**
   * A requester of the ticket's centre (a member raises tickets in their home centre, rule 3): one
   * message whether the id is unknown, another tenant's, of another centre or disabled, so the
   * answer tells nothing about members the caller may not see.
   */
  private TicketActor member(long id, Centre centre) {
    Member member = em.find(Member.class, id);
    if (member == null
        || member.getStatus() == Member.Status.DISABLED
        || !member.getHomeCentre().equals(centre)) {
      throw InvalidFieldsException.of("requester", "ticket.requester.unknown");
    }
    return TicketActor.of(member);
  }

  private static void check(NewTicket draft) {
    Map<String, String> invalid = new LinkedHashMap<>();
    if (draft.getType() == null) {
      invalid.put("type", "ticket.type.required");
    }
    text(invalid, "title", draft.getTitle(), MAX_TITLE);
    text(invalid, "description", draft.getDescription(), MAX_TEXT);
    if (!invalid.isEmpty()) {
      throw new InvalidFieldsException(invalid);
    }
  }

  /** A required text within its length; the key names what is wrong. */
  static void text(Map<String, String> invalid, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      invalid.put(field, "ticket." + field + ".required");
    } else if (value.strip().length() > max) {
      invalid.put(field, "ticket." + field + ".tooLong");
    } else if (!TextValidator.clean(value, !"title".equals(field))) {
      invalid.put(field, "atrium.text.control");
    }
  }
}
