package io.atrium.helpdesk;

import io.atrium.directory.Member;
import io.atrium.shared.InstantConverter;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * One line of a ticket's Activity section (document 002): what happened, who did it (no one for the
 * system) and when. Never changed once written.
 */
@Entity
@Table(name = "ticket_activity")
public class TicketActivity extends TenantEntity {

  public enum Kind {
    CREATED,
    ASSIGNED,
    STATUS_CHANGED,
    COMMENTED,
    NOTE_ADDED,
    ESCALATED,
    DEESCALATED,
    REOPENED;

    public String getLabelKey() {
      return "ticket.activity." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Activity members never see: internal notes. */
    public boolean staffOnly() {
      return this == NOTE_ADDED;
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @ManyToOne
  @JoinColumn(name = "actor_staff_id")
  private StaffMember actorStaff;

  @ManyToOne
  @JoinColumn(name = "actor_member_id")
  private Member actorMember;

  private String detail;

  @Convert(converter = InstantConverter.class)
  private Instant at;

  protected TicketActivity() {}

  public TicketActivity(Ticket ticket, Kind kind, TicketActor actor, String detail, Instant at) {
    this.ticket = ticket;
    this.kind = kind;
    this.actorStaff = actor.staff();
    this.actorMember = actor.member();
    this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
    this.at = at;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public Kind getKind() {
    return kind;
  }

  /** The person's name, or null for the system. */
  public String getActorName() {
    return actorStaff != null
        ? actorStaff.getFullName()
        : actorMember != null ? actorMember.getFullName() : null;
  }

  /** The new status, the assignee's name or the escalation level, depending on the kind. */
  public String getDetail() {
    return detail;
  }

  /** For a status change or reopening, the new status's label key; otherwise null. */
  public String getDetailKey() {
    if ((kind == Kind.STATUS_CHANGED || kind == Kind.REOPENED) && detail != null) {
      return TicketStatus.valueOf(detail).getLabelKey();
    }
    return null;
  }

  public Instant getAt() {
    return at;
  }
}
