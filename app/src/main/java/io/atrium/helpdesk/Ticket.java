package io.atrium.helpdesk;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.shared.InstantConverter;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A support ticket of one centre, numbered within it (PAR1-00042).
 *
 * <p>Life cycle (document 002): NEW (received, nobody assigned) → IN_PROGRESS (assigned: {@link
 * #assignTo} moves a new ticket there, and is the only way out of NEW) → SOLVED → CLOSED (final). A
 * SOLVED ticket goes back to IN_PROGRESS by {@link #reopen} within the tenant's reopen window, and
 * is closed at the end of it ({@link #closeAfterWindow}) or earlier by staff. Escalation is a level
 * from 0 to {@link #MAX_ESCALATION} beside the status, raised and lowered while the ticket is open.
 * The first response is the first thing staff do on it that the requester sees (assignment, status
 * change, public comment); the SLA due times are fixed at creation from the type's targets.
 */
@Entity
public class Ticket extends TenantEntity {

  public static final int MAX_ESCALATION = 3;

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id")
  private Centre centre;

  private int seq;
  private String number;

  @Enumerated(EnumType.STRING)
  private TicketType type;

  @Enumerated(EnumType.STRING)
  private TicketPriority priority = TicketPriority.NORMAL;

  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  private TicketStatus status = TicketStatus.NEW;

  @Column(name = "escalation_level")
  private int escalationLevel;

  @ManyToOne
  @JoinColumn(name = "requester_member_id")
  private Member requesterMember;

  @ManyToOne
  @JoinColumn(name = "requester_staff_id")
  private StaffMember requesterStaff;

  @ManyToOne
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne
  @JoinColumn(name = "assignee_id")
  private StaffMember assignee;

  @Column(name = "created_at")
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  @Column(name = "first_response_due")
  @Convert(converter = InstantConverter.class)
  private Instant firstResponseDue;

  @Column(name = "resolution_due")
  @Convert(converter = InstantConverter.class)
  private Instant resolutionDue;

  @Column(name = "first_response_at")
  @Convert(converter = InstantConverter.class)
  private Instant firstResponseAt;

  @Column(name = "solved_at")
  @Convert(converter = InstantConverter.class)
  private Instant solvedAt;

  @Column(name = "closed_at")
  @Convert(converter = InstantConverter.class)
  private Instant closedAt;

  protected Ticket() {}

  /** A new ticket raised by a member (for themselves) or a staff member (for the building). */
  public Ticket(
      Centre centre,
      TicketType type,
      TicketPriority priority,
      String title,
      String description,
      TicketActor requester,
      Instant now,
      SlaTarget target) {
    this.centre = centre;
    this.type = type;
    this.priority = priority == null ? TicketPriority.NORMAL : priority;
    this.title = title;
    this.description = description;
    this.requesterMember = requester.member();
    this.requesterStaff = requester.staff();
    this.company = requester.member() == null ? null : requester.member().getCompany();
    this.createdAt = now;
    this.firstResponseDue = now.plus(Duration.ofHours(target.getFirstResponseHours()));
    this.resolutionDue = now.plus(Duration.ofHours(target.getResolutionHours()));
  }

  /** Gives the ticket its number within its centre: PAR1-00042. */
  void number(int seq) {
    this.seq = seq;
    this.number = String.format("%s-%05d", centre.getCode(), seq);
  }

  /**
   * Gives the ticket to a staff member of its centre; a new ticket is then in progress.
   *
   * @throws TicketRuleException once the ticket is solved or closed, or for someone who does not
   *     work in the centre
   */
  public void assignTo(StaffMember staff, Instant now) {
    requireOpen();
    if (staff == null || !staff.isActive() || !staff.worksIn(centre)) {
      throw new TicketRuleException("ticket.assignee.invalid");
    }
    assignee = staff;
    if (status == TicketStatus.NEW) {
      status = TicketStatus.IN_PROGRESS;
    }
    responded(now);
  }

  /** The statuses this ticket may be moved to now (reopening has its own verb). */
  public Set<TicketStatus> allowedTargets() {
    return switch (status) {
      case IN_PROGRESS -> EnumSet.of(TicketStatus.SOLVED);
      case SOLVED -> EnumSet.of(TicketStatus.CLOSED);
      case NEW, CLOSED -> EnumSet.noneOf(TicketStatus.class);
    };
  }

  /**
   * Moves the ticket along its life cycle.
   *
   * @throws TicketRuleException for a move {@link #allowedTargets} does not list
   */
  public void moveTo(TicketStatus target, Instant now) {
    if (target == null || !allowedTargets().contains(target)) {
      throw refused(target);
    }
    status = target;
    if (target == TicketStatus.SOLVED) {
      solvedAt = now;
    } else if (target == TicketStatus.CLOSED) {
      closedAt = now;
    }
    responded(now);
  }

  /** Whether the requester or staff may still reopen the solved ticket. */
  public boolean reopenable(Instant now, int windowDays) {
    return status == TicketStatus.SOLVED
        && now.isBefore(solvedAt.plus(Duration.ofDays(windowDays)));
  }

  /**
   * Puts a solved ticket back in progress, with its assignee.
   *
   * @throws TicketRuleException unless the ticket is solved and its reopen window still runs
   */
  public void reopen(Instant now, int windowDays) {
    if (status != TicketStatus.SOLVED) {
      throw refused(TicketStatus.IN_PROGRESS);
    }
    if (!reopenable(now, windowDays)) {
      throw new TicketRuleException("ticket.reopen.expired", windowDays);
    }
    status = TicketStatus.IN_PROGRESS;
    solvedAt = null;
  }

  /** Closes a solved ticket whose reopen window has ended; false when it is not one. */
  public boolean closeAfterWindow(Instant now, int windowDays) {
    if (status != TicketStatus.SOLVED || reopenable(now, windowDays)) {
      return false;
    }
    status = TicketStatus.CLOSED;
    closedAt = now;
    return true;
  }

  /**
   * Raises the escalation level by one.
   *
   * @throws TicketRuleException when the ticket is no longer open or already at the top level
   */
  public void escalate(Instant now) {
    requireOpen();
    if (escalationLevel >= MAX_ESCALATION) {
      throw new TicketRuleException("ticket.escalation.max", MAX_ESCALATION);
    }
    escalationLevel++;
    responded(now);
  }

  /**
   * @throws TicketRuleException when the ticket is no longer open or not escalated
   */
  public void deescalate() {
    requireOpen();
    if (escalationLevel == 0) {
      throw new TicketRuleException("ticket.escalation.none");
    }
    escalationLevel--;
  }

  /**
   * Checks that a comment may be added: not on a closed ticket. A public staff comment counts as a
   * response.
   */
  public void commented(TicketActor author, boolean internal, Instant now) {
    if (status == TicketStatus.CLOSED) {
      throw new TicketRuleException("ticket.closed");
    }
    if (author.isStaff() && !internal) {
      responded(now);
    }
  }

  private void responded(Instant now) {
    if (firstResponseAt == null) {
      firstResponseAt = now;
    }
  }

  private void requireOpen() {
    if (!status.open()) {
      throw new TicketRuleException("ticket.notOpen");
    }
  }

  private TicketRuleException refused(TicketStatus target) {
    return new TicketRuleException(
        "ticket.transition.refused", status.name(), target == null ? "-" : target.name());
  }

  /** No first response yet, and its due time has passed. */
  public boolean firstResponseOverdue(Instant now) {
    return status.open() && firstResponseAt == null && now.isAfter(firstResponseDue);
  }

  /** Still open after its resolution due time. */
  public boolean resolutionOverdue(Instant now) {
    return status.open() && now.isAfter(resolutionDue);
  }

  public boolean overdue(Instant now) {
    return firstResponseOverdue(now) || resolutionOverdue(now);
  }

  public boolean isEscalated() {
    return escalationLevel > 0;
  }

  /** The member who raised it, or null for a staff member's (building) ticket. */
  public Member getRequesterMember() {
    return requesterMember;
  }

  public StaffMember getRequesterStaff() {
    return requesterStaff;
  }

  public String getRequesterName() {
    return requesterMember != null ? requesterMember.getFullName() : requesterStaff.getFullName();
  }

  public TicketActor requester() {
    return new TicketActor(requesterStaff, requesterMember);
  }

  public Centre getCentre() {
    return centre;
  }

  public int getSeq() {
    return seq;
  }

  public String getNumber() {
    return number;
  }

  public TicketType getType() {
    return type;
  }

  public TicketPriority getPriority() {
    return priority;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public int getEscalationLevel() {
    return escalationLevel;
  }

  public Company getCompany() {
    return company;
  }

  public StaffMember getAssignee() {
    return assignee;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFirstResponseDue() {
    return firstResponseDue;
  }

  public Instant getResolutionDue() {
    return resolutionDue;
  }

  public Instant getFirstResponseAt() {
    return firstResponseAt;
  }

  public Instant getSolvedAt() {
    return solvedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
