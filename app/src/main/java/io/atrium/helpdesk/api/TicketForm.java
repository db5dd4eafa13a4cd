package io.atrium.helpdesk.api;

import io.atrium.helpdesk.NewTicket;
import io.atrium.helpdesk.TicketPriority;
import io.atrium.helpdesk.TicketType;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new ticket. Members leave centreId and requesterMemberId out (their home centre, themselves);
 * staff give the centre and, for a member, the member's id (none: a ticket for the building).
 * Attach photos and videos afterwards with {@code POST /api/tickets/{id}/attachments}.
 *
 * @param type one of GET /api/tickets/types
 * @param priority LOW, NORMAL (default), HIGH or URGENT
 */
public record TicketForm(
    @Schema(description = "staff: one of their centres; members: leave out") Long centreId,
    @Schema(required = true, description = "one of GET /api/tickets/types") @Text(max = 40)
        String type,
    @Schema(enumeration = {"LOW", "NORMAL", "HIGH", "URGENT"}) @Text(max = 20) String priority,
    @Schema(required = true, maxLength = 120) @Text(max = 120) String title,
    @Schema(required = true, maxLength = 5000, description = "line breaks allowed")
        @Text(max = 5000, multiline = true)
        String description,
    @Schema(description = "staff: the member it is for; none for the building")
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
