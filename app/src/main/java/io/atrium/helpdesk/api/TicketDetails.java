package io.atrium.helpdesk.api;

import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketActivity;
import io.atrium.helpdesk.TicketAttachment;
import io.atrium.helpdesk.TicketComment;
import io.atrium.helpdesk.TicketStatus;
import java.time.Instant;
import java.util.List;

/**
 * A ticket with its comments, attachments and activity, as the caller may see them: members never
 * get internal notes, their files or their activity.
 *
 * @param allowedStatuses the statuses it may be moved to now (staff with tickets:edit)
 * @param reopenable whether it is solved and its reopen window still runs
 */
public record TicketDetails(
    TicketSummary ticket,
    String description,
    String company,
    List<String> allowedStatuses,
    boolean reopenable,
    List<CommentEntry> comments,
    List<AttachmentLink> attachments,
    List<ActivityEntry> activity) {

  /** A comment; internal is true for a staff note. */
  public record CommentEntry(
      long id, String author, boolean byStaff, boolean internal, String body, Instant at) {

    static CommentEntry of(TicketComment c) {
      return new CommentEntry(
          c.getId(),
          c.getAuthorName(),
          c.isByStaff(),
          c.isInternal(),
          c.getBody(),
          c.getCreatedAt());
    }
  }

  /**
   * A file; download it from {@code href} with the same token.
   *
   * @param kind the type read from its content (image/jpeg, video/mp4...)
   * @param commentId the comment it came with, if any
   */
  public record AttachmentLink(
      long id, String name, String kind, long size, Long commentId, String href) {

    static AttachmentLink of(TicketAttachment a) {
      return new AttachmentLink(
          a.getId(),
          a.getOriginalName(),
          a.getKind().contentType(),
          a.getSizeBytes(),
          a.getComment() == null ? null : a.getComment().getId(),
          "/api/tickets/" + a.getTicket().getId() + "/attachments/" + a.getId());
    }
  }

  /**
   * One line of the activity.
   *
   * @param kind CREATED, ASSIGNED, STATUS_CHANGED, COMMENTED, NOTE_ADDED, ESCALATED, DEESCALATED or
   *     REOPENED
   * @param actor who did it; null for the system
   */
  public record ActivityEntry(String kind, String actor, String detail, Instant at) {

    static ActivityEntry of(TicketActivity a) {
      return new ActivityEntry(a.getKind().name(), a.getActorName(), a.getDetail(), a.getAt());
    }
  }

  static TicketDetails of(
      Ticket ticket,
      Instant now,
      boolean mayWork,
      boolean reopenable,
      List<TicketComment> comments,
      List<TicketAttachment> attachments,
      List<TicketActivity> activity) {
    return new TicketDetails(
        TicketSummary.of(ticket, now),
        ticket.getDescription(),
        ticket.getCompany() == null ? null : ticket.getCompany().getName(),
        mayWork ? ticket.allowedTargets().stream().map(TicketStatus::name).toList() : List.of(),
        reopenable,
        comments.stream().map(CommentEntry::of).toList(),
        attachments.stream().map(AttachmentLink::of).toList(),
        activity.stream().map(ActivityEntry::of).toList());
  }
}
