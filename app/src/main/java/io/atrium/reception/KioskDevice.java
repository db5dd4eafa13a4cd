package io.atrium.reception;

import io.atrium.audit.Actor;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A visitor kiosk: a tablet at one centre's entrance. Life cycle: staff create it (WAITING, with a
 * one-time pairing code valid {@link #PAIRING_TIME}); the tablet pairs once with the code (PAIRED:
 * the code is spent and a device token is set); staff may revoke it at any time (REVOKED, final:
 * its token opens nothing any more). A code not used in time leaves the device EXPIRED; staff
 * revoke it and create another. Only hashes of the code and the token are kept.
 */
@Entity
@Table(name = "kiosk_device")
public class KioskDevice extends TenantEntity {

  private static final long serialVersionUID = 1L;

  /** Long enough to walk to the tablet, short enough that a leaked code soon opens nothing. */
  public static final Duration PAIRING_TIME = Duration.ofMinutes(30);

  public enum State {
    WAITING,
    EXPIRED,
    PAIRED,
    REVOKED;

    public String getLabelKey() {
      return "kiosk.device.state." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id")
  private Centre centre;

  private String name;

  @Column(name = "pairing_code_hash")
  private String pairingCodeHash;

  @Column(name = "pairing_expires_at")
  private Instant pairingExpiresAt;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_by_id")
  private long createdById;

  @Column(name = "created_by_name")
  private String createdByName;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "paired_at")
  private Instant pairedAt;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by_id")
  private Long revokedById;

  @Column(name = "revoked_by_name")
  private String revokedByName;

  protected KioskDevice() {}

  KioskDevice(
      Centre centre,
      String name,
      String pairingCodeHash,
      long createdById,
      String createdByName,
      Instant now) {
    this.centre = centre;
    this.name = name;
    this.pairingCodeHash = pairingCodeHash;
    this.pairingExpiresAt = now.plus(PAIRING_TIME);
    this.createdById = createdById;
    this.createdByName = createdByName;
    this.createdAt = now;
  }

  /** Whether the tablet may still pair with the code: waiting, and before the code expires. */
  boolean pairable(Instant now) {
    return state(now) == State.WAITING;
  }

  /** The tablet pairs: the code is spent, the device token is set. */
  void pair(String tokenHash, Instant now) {
    if (!pairable(now)) {
      throw new IllegalStateException("Kiosk " + getId() + " cannot pair: " + state(now));
    }
    this.pairingCodeHash = null;
    this.pairingExpiresAt = null;
    this.tokenHash = tokenHash;
    this.pairedAt = now;
    this.lastSeenAt = now;
  }

  /** Staff revoke the device: its token, or its code, opens nothing from now on. */
  void revoke(long staffId, String staffName, Instant now) {
    if (revokedAt != null) {
      return;
    }
    this.revokedAt = now;
    this.revokedById = staffId;
    this.revokedByName = staffName;
    this.pairingCodeHash = null;
  }

  void seen(Instant now) {
    this.lastSeenAt = now;
  }

  public State state(Instant now) {
    if (revokedAt != null) {
      return State.REVOKED;
    }
    if (tokenHash != null) {
      return State.PAIRED;
    }
    return pairingExpiresAt != null && now.isBefore(pairingExpiresAt)
        ? State.WAITING
        : State.EXPIRED;
  }

  public State getState() {
    return state(Instant.now());
  }

  /** How the audit log names the kiosk when it acts: as staff named it. */
  Actor actor() {
    return Actor.kiosk(getId(), name);
  }

  public Centre getCentre() {
    return centre;
  }

  public String getName() {
    return name;
  }

  public Instant getPairingExpiresAt() {
    return pairingExpiresAt;
  }

  public String getCreatedByName() {
    return createdByName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPairedAt() {
    return pairedAt;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedByName() {
    return revokedByName;
  }
}
