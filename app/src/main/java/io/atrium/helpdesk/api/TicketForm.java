package io.atrium.helpdesk.api;

import io.atrium.helpdesk.NewTicket;
import io.atrium.helpdesk.TicketPriority;
import io.atrium.helpdesk.TicketType;
import io.atrium.shared.InvalidFieldsException;
import java.util.Locale;

/**
 * A new ticket. Members leave centreId and requesterMemberId out (their home centre, themselves);
 * staff give the centre and, for a member, the member's id (none: a ticket for the building).
 * Attach photos and videos afterwards with {@code POST /api/tickets/{id}/attachments}.
 *
 * @param type one of GET /api/tickets/types
 * @param priority LOW, NORMAL (default), HIGH or URGENT
 */
public record TicketForm(
    Long centreId,
    String type,
    String priority,
    String title,
    String description,
    Long requesterMemberId) {

  NewTicket toNewTicket() {
    NewTicket draft = new NewTicket();
    draft.setCentreId(centreId);
    draft.setType(parse(TicketType.class, type, "type", "ticket.type.invalid"));
    TicketPriority chosen =
        parse(TicketPriority.class, priority, "priority", "ticket.priority.invalid");
    draft.setPriority(chosen == null ? TicketPriority.NORMAL : chosen);
    draft.setTitle(title);
    draft.setDescription(description);
    draft.setRequesterMemberId(requesterMemberId);
    return draft;
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String key) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldsException.of(field, key);
    }
  }
}
