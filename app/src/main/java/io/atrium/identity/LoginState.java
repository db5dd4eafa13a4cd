package io.atrium.identity;

import io.atrium.shared.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The password and the failed-attempt count of someone who signs in. Five wrong passwords in a row
 * lock the account for fifteen minutes, which turns online guessing into years of work while a
 * locked-out user only waits.
 */
@Embeddable
public class LoginState implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK = Duration.ofMinutes(15);

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  @Convert(converter = InstantConverter.class)
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  @Convert(converter = InstantConverter.class)
  private Instant lastLoginAt;

  public boolean hasPassword() {
    return passwordHash != null;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public void recordFailure(Instant now) {
    failedLogins++;
    if (failedLogins >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCK);
      failedLogins = 0;
    }
  }

  public void recordSuccess(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /** A new password also lifts a lock: the owner proved they hold the mailbox. */
  public void changePassword(String hash) {
    passwordHash = hash;
    failedLogins = 0;
    lockedUntil = null;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
