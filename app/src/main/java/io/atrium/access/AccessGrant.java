package io.atrium.access;

import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * Access through one system (doors or Wi-Fi) for a booking's time, a day pass's day, or a card's
 * holding (doors only: the card's number is the credential), and where its provisioning stands.
 */
@Entity
@Table(name = "access_grant")
public class AccessGrant extends TenantEntity {

  private static final long serialVersionUID = 1L;

  /** The door controller or the Wi-Fi captive portal. */
  public enum System {
    DOOR,
    WIFI;

    public String getLabelKey() {
      return "access.system." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** Queued, made, refused (retried), taken away. */
  public enum Status {
    PENDING,
    ACTIVE,
    FAILED,
    REVOKED;

    public String getLabelKey() {
      return "access.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  @Column(name = "centre_id", updatable = false)
  private Long centreId;

  @Column(name = "booking_id", updatable = false)
  private Long bookingId;

  /** The day pass it opens the doors for, when not a booking. */
  @Column(name = "day_pass_id", updatable = false)
  private Long dayPassId;

  /** The visitor invited to the booking, when the grant is theirs and not the booking holder's. */
  @Column(name = "visitor_id", updatable = false)
  private Long visitorId;

  /** The card whose number opens the doors, while it is given to a person or lent. */
  @Column(name = "card_id", updatable = false)
  private Long cardId;

  /** The same card, to show its number (read only: {@link #cardId} is what is written). */
  @ManyToOne
  @JoinColumn(name = "card_id", insertable = false, updatable = false)
  private AccessCard card;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private System system;

  private String provider;

  @Column(updatable = false)
  private String holder;

  @Column(name = "valid_from")
  private Instant validFrom;

  @Column(name = "valid_until")
  private Instant validUntil;

  @Enumerated(EnumType.STRING)
  private Status status = Status.PENDING;

  @Column(name = "external_id")
  private String externalId;

  private String credential;

  private String failure;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "created_at", insertable = false, updatable = false)
  private Instant createdAt;

  protected AccessGrant() {}

  AccessGrant(
      long centreId,
      Long bookingId,
      Long dayPassId,
      System system,
      String holder,
      Instant validFrom,
      Instant validUntil,
      Instant now) {
    this.centreId = centreId;
    this.bookingId = bookingId;
    this.dayPassId = dayPassId;
    this.system = system;
    this.holder = holder.length() > 200 ? holder.substring(0, 200) : holder;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.nextAttemptAt = now;
    this.updatedAt = now;
  }

  /** The door credential of a card given to a person or lent, for its holding's time. */
  static AccessGrant forCard(
      long centreId,
      long cardId,
      String holder,
      Instant validFrom,
      Instant validUntil,
      Instant now) {
    AccessGrant grant =
        new AccessGrant(centreId, null, null, System.DOOR, holder, validFrom, validUntil, now);
    grant.cardId = cardId;
    return grant;
  }

  /** A visitor's own grant for the booking they are invited to. */
  void ofVisitor(long visitorId) {
    this.visitorId = visitorId;
  }

  /**
   * The grant ends now (its card left its holder, its booking or day pass was cancelled), and the
   * provisioning job revokes its credential.
   */
  void withdrawn(Instant now) {
    if (!validFrom.isBefore(now)) {
      this.validFrom = now.minusMillis(1);
    }
    this.validUntil = now;
    this.updatedAt = now;
  }

  /** The reference the systems know the credential by: ours, so retries meet the same one. */
  String reference() {
    return "A" + Long.toString(getId(), 36).toUpperCase(Locale.ROOT);
  }

  void attempting(String provider) {
    this.provider = provider;
    this.attempts++;
  }

  void active(AccessSystem.Credential made, Instant now) {
    this.status = Status.ACTIVE;
    this.externalId = made.externalId();
    this.credential = made.shown();
    this.failure = null;
    this.updatedAt = now;
  }

  void failed(String reason, Instant now, Instant retryAt) {
    this.status = Status.FAILED;
    this.failure = reason.length() > 300 ? reason.substring(0, 300) : reason;
    this.nextAttemptAt = retryAt;
    this.updatedAt = now;
  }

  /** The booking moved: the grant is made again for its new times (same reference). */
  void moved(Instant from, Instant until, Instant now) {
    this.validFrom = from;
    this.validUntil = until;
    if (status != Status.REVOKED) {
      this.status = Status.PENDING;
      this.attempts = 0;
      this.nextAttemptAt = now;
    }
    this.updatedAt = now;
  }

  void revoked(Instant now) {
    this.status = Status.REVOKED;
    this.updatedAt = now;
  }

  void revokeFailed(String reason, Instant now) {
    this.failure = reason.length() > 300 ? reason.substring(0, 300) : reason;
    this.updatedAt = now;
  }

  /** Queued or refused: "Give Access" (or the job) makes it. */
  public boolean isRetryable() {
    return status == Status.PENDING || status == Status.FAILED;
  }

  public Long getCentreId() {
    return centreId;
  }

  public Long getBookingId() {
    return bookingId;
  }

  public Long getDayPassId() {
    return dayPassId;
  }

  public Long getVisitorId() {
    return visitorId;
  }

  public Long getCardId() {
    return cardId;
  }

  public AccessCard getCard() {
    return card;
  }

  public System getSystem() {
    return system;
  }

  public String getProvider() {
    return provider;
  }

  public String getHolder() {
    return holder;
  }

  public Instant getValidFrom() {
    return validFrom;
  }

  public Instant getValidUntil() {
    return validUntil;
  }

  public Status getStatus() {
    return status;
  }

  public String getExternalId() {
    return externalId;
  }

  /** What the holder is shown (a door code, a Wi-Fi voucher) while the grant is active. */
  public String getCredential() {
    return status == Status.ACTIVE ? credential : null;
  }

  public String getFailure() {
    return failure;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
