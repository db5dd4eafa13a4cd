package io.atrium.helpdesk;

import io.atrium.directory.Member;
import io.atrium.shared.InstantConverter;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comment on a ticket by staff or its requester (or a colleague allowed to follow it). An
 * internal note is written by staff for staff: never shown to members, in pages or the API.
 */
@Entity
@Table(name = "ticket_comment")
public class TicketComment extends TenantEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @ManyToOne
  @JoinColumn(name = "author_staff_id")
  private StaffMember authorStaff;

  @ManyToOne
  @JoinColumn(name = "author_member_id")
  private Member authorMember;

  private String body;
  private boolean internal;

  @Column(name = "created_at")
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  protected TicketComment() {}

  /**
   * @throws TicketRuleException for an internal note by someone who is not staff
   */
  public TicketComment(
      Ticket ticket, TicketActor author, String body, boolean internal, Instant at) {
    if (internal && !author.isStaff()) {
      throw new TicketRuleException("ticket.note.staffOnly");
    }
    this.ticket = ticket;
    this.authorStaff = author.staff();
    this.authorMember = author.member();
    this.body = body;
    this.internal = internal;
    this.createdAt = at;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public String getAuthorName() {
    return authorStaff != null ? authorStaff.getFullName() : authorMember.getFullName();
  }

  public boolean isByStaff() {
    return authorStaff != null;
  }

  public String getBody() {
    return body;
  }

  public boolean isInternal() {
    return internal;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
