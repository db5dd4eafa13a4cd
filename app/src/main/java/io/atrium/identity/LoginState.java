package io.atrium.identity;

import io.atrium.shared.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * The password and the failed-attempt count of someone who signs in. Failures never lock the
 * account: a lock anyone can trigger by typing a wrong password is a way to shut its owner out.
 * Guessers are slowed per source address instead (the sign-in throttle). {@code locked_until} is no
 * longer set; a new password still clears it, for rows written before.
 */
@Embeddable
public class LoginState implements Serializable {

  private static final long serialVersionUID = 1L;

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

  /** One more wrong password in a row, for administrators to see. */
  public void recordFailure() {
    failedLogins++;
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
