package io.atrium.community;

import io.atrium.directory.Member;
import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
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
 * A member's answer to an event (RSVP), one per member and event. Life cycle: GOING when a seat was
 * free, else WAITLISTED (the waitlist is ordered by {@code answeredAt}); WAITLISTED → GOING when
 * promoted; GOING or WAITLISTED → CANCELLED when the member withdraws; CANCELLED → GOING or
 * WAITLISTED when they answer again, at the end of the waitlist. A member who is GOING is checked
 * in once, on the event's day; a checked-in answer is no longer withdrawn.
 */
@Entity
@Table(name = "event_rsvp")
public class Rsvp extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Status {
    GOING,
    WAITLISTED,
    CANCELLED;

    public String getLabelKey() {
      return "rsvp.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "event_id")
  private CommunityEvent event;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "answered_at")
  @Convert(converter = InstantConverter.class)
  private Instant answeredAt;

  @Column(name = "checked_in_at")
  @Convert(converter = InstantConverter.class)
  private Instant checkedInAt;

  @Column(name = "created_at", insertable = false, updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  protected Rsvp() {}

  /** A first answer: a seat when one is free, else the end of the waitlist. */
  public Rsvp(CommunityEvent event, Member member, boolean seatFree, Instant now) {
    this.event = event;
    this.member = member;
    status = seatFree ? Status.GOING : Status.WAITLISTED;
    answeredAt = now;
  }

  /**
   * Answers again: nothing changes while the member is still going or waiting; after a withdrawal
   * they get a free seat or join the end of the waitlist.
   */
  public void answerAgain(boolean seatFree, Instant now) {
    if (status == Status.CANCELLED) {
      status = seatFree ? Status.GOING : Status.WAITLISTED;
      answeredAt = now;
    }
  }

  /** A seat freed up for the first in the waitlist. */
  public void promote() {
    if (status != Status.WAITLISTED) {
      throw new EventStateException("rsvp.notWaitlisted");
    }
    status = Status.GOING;
  }

  /**
   * The member withdraws.
   *
   * @return whether they held a seat, which the first of the waitlist may now take
   */
  public boolean withdraw() {
    if (status == Status.CANCELLED) {
      throw new EventStateException("rsvp.none");
    }
    if (checkedInAt != null) {
      throw new EventStateException("rsvp.checkedIn");
    }
    boolean heldSeat = status == Status.GOING;
    status = Status.CANCELLED;
    return heldSeat;
  }

  /** Staff record the member's arrival at the event. */
  public void checkIn(Instant now) {
    if (status != Status.GOING) {
      throw new EventStateException("rsvp.checkIn.notGoing");
    }
    if (checkedInAt != null) {
      throw new EventStateException("rsvp.checkIn.already");
    }
    checkedInAt = now;
  }

  public boolean isActive() {
    return status != Status.CANCELLED;
  }

  public boolean isGoing() {
    return status == Status.GOING;
  }

  public boolean isWaitlisted() {
    return status == Status.WAITLISTED;
  }

  public boolean isCheckedIn() {
    return checkedInAt != null;
  }

  public CommunityEvent getEvent() {
    return event;
  }

  public Member getMember() {
    return member;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getCheckedInAt() {
    return checkedInAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
