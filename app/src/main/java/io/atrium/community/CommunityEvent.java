package io.atrium.community;

import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.Centre;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A community event (Évènement client) of one centre: a conference, an afterwork, a workshop.
 *
 * <p>Life cycle: DRAFT (staff prepare it, members do not see it) → PUBLISHED (the centre's members
 * see it and answer) → CANCELLED. A draft can be cancelled too (withdrawn). CANCELLED is final: the
 * members who answered were told, so it is never published again (staff create a new event). A
 * published event can still be edited; an event that is over cannot be published. Its times are
 * instants; its day and hours are those of its centre's zone. It ends the day it starts.
 */
@Entity
@Table(name = "community_event")
public class CommunityEvent extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum State {
    DRAFT,
    PUBLISHED,
    CANCELLED;

    public String getLabelKey() {
      return "event.state." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id")
  private Centre centre;

  private String title;

  private String description;

  @Column(name = "starts_at")
  @Convert(converter = InstantConverter.class)
  private Instant startsAt;

  @Column(name = "ends_at")
  @Convert(converter = InstantConverter.class)
  private Instant endsAt;

  private String location;

  /** One of its centre's event spaces, or null (checked by the planner). */
  @Column(name = "space_id")
  private Long spaceId;

  private int capacity;

  @Column(name = "cover_key")
  private String coverKey;

  @Column(name = "cover_type")
  private String coverType;

  @Column(name = "cover_name")
  private String coverName;

  @Enumerated(EnumType.STRING)
  private State state = State.DRAFT;

  @Column(name = "published_at")
  @Convert(converter = InstantConverter.class)
  private Instant publishedAt;

  @Column(name = "cancelled_at")
  @Convert(converter = InstantConverter.class)
  private Instant cancelledAt;

  @Column(name = "created_at", insertable = false, updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  protected CommunityEvent() {}

  public CommunityEvent(Centre centre) {
    this.centre = centre;
  }

  /**
   * Takes what staff typed, already checked by the service (end after start, capacity positive).
   *
   * @throws EventStateException once the event is cancelled
   */
  void plan(EventDetails details, Instant startsAt, Instant endsAt) {
    requireNotCancelled();
    if (!endsAt.isAfter(startsAt) || details.getCapacity() == null || details.getCapacity() < 1) {
      throw new IllegalArgumentException("An event ends after it starts and has a seat");
    }
    title = details.getTitle().strip();
    description = blankToNull(details.getDescription());
    location = details.getLocation().strip();
    capacity = details.getCapacity();
    spaceId = details.getSpaceId();
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /** Staff make it visible to the centre's members. */
  public void publish(Instant now) {
    if (state != State.DRAFT) {
      throw new EventStateException(
          state == State.PUBLISHED ? "event.published.already" : "event.cancelled.final");
    }
    if (isOver(now)) {
      throw new EventStateException("event.over");
    }
    state = State.PUBLISHED;
    publishedAt = now;
  }

  /**
   * Calls the event off.
   *
   * @return whether it was published, so that those who answered must be told
   */
  public boolean cancel(Instant now) {
    requireNotCancelled();
    boolean wasPublished = state == State.PUBLISHED;
    state = State.CANCELLED;
    cancelledAt = now;
    return wasPublished;
  }

  void showCover(String key, String contentType, String name) {
    requireNotCancelled();
    coverKey = key;
    coverType = contentType;
    coverName = name;
  }

  private void requireNotCancelled() {
    if (state == State.CANCELLED) {
      throw new EventStateException("event.cancelled.final");
    }
  }

  public boolean isOver(Instant now) {
    return !endsAt.isAfter(now);
  }

  /** Members may answer, change their mind or be promoted from the waitlist. */
  public boolean isOpen(Instant now) {
    return state == State.PUBLISHED && !isOver(now);
  }

  /** Check-in happens on the event's day, in its centre's zone, once it is published. */
  public boolean isCheckInDay(Instant now) {
    return state == State.PUBLISHED && now.atZone(zone()).toLocalDate().equals(getDate());
  }

  public ZoneId zone() {
    return centre.zone();
  }

  public LocalDate getDate() {
    return startsAt.atZone(zone()).toLocalDate();
  }

  public LocalTime getStartTime() {
    return startsAt.atZone(zone()).toLocalTime();
  }

  public LocalTime getEndTime() {
    return endsAt.atZone(zone()).toLocalTime();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Centre getCentre() {
    return centre;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getLocation() {
    return location;
  }

  public Long getSpaceId() {
    return spaceId;
  }

  public int getCapacity() {
    return capacity;
  }

  public boolean hasCover() {
    return coverKey != null;
  }

  String getCoverKey() {
    return coverKey;
  }

  String getCoverType() {
    return coverType;
  }

  public String getCoverName() {
    return coverName;
  }

  public State getState() {
    return state;
  }

  public boolean isDraft() {
    return state == State.DRAFT;
  }

  public boolean isPublished() {
    return state == State.PUBLISHED;
  }

  public boolean isCancelled() {
    return state == State.CANCELLED;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
