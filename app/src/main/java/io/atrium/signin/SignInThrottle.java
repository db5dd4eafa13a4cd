package io.atrium.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows down password guessing without letting anyone lock someone else out. Failures are counted
 * per source address and per (source address, workspace, e-mail); past a few free failures each
 * further one doubles the wait before that key may try again, up to {@link #MAX_DELAY}. An account
 * is never locked as such: a stranger guessing from one address slows only themselves, and the
 * owner signs in from theirs. The keys are the typed words, whether an account exists or not, so
 * the answers cannot tell a real account from an unknown one. Rows live in the database, not in one
 * server's memory, so every server applies the same count.
 */
@ApplicationScoped
public class SignInThrottle {

  /**
   * One address on one account: five free failures, and the count lasts an hour, so a guesser who
   * waits out the longest delay is still at the longest delay.
   */
  static final Policy ACCOUNT = new Policy(5, Duration.ofHours(1));

  /**
   * One address on any accounts (password spraying): more free failures, as an office or a mobile
   * network shares one address among many people who mistype, and a shorter memory.
   */
  static final Policy ADDRESS = new Policy(50, Duration.ofMinutes(15));

  static final Duration FIRST_DELAY = Duration.ofSeconds(30);
  static final Duration MAX_DELAY = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Whether this address, or this address on this account, must still wait. */
  @Transactional
  public boolean mustWait(String address, String workspace, String email) {
    Number waiting =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM sign_in_throttle"
                        + " WHERE key_hash IN (?1, ?2) AND blocked_until > now()")
                .setParameter(1, addressKey(address))
                .setParameter(2, accountKey(address, workspace, email))
                .getSingleResult();
    return waiting.longValue() > 0;
  }

  /** Counts a failure; true when it makes this address (or this pair) wait from now on. */
  @Transactional
  public boolean failed(String address, String workspace, String email) {
    boolean account = count(accountKey(address, workspace, email), ACCOUNT);
    boolean any = count(addressKey(address), ADDRESS);
    forgetOldRows();
    return account || any;
  }

  /** The right password from this address clears its count on that account, not the address's. */
  @Transactional
  public void succeeded(String address, String workspace, String email) {
    em.createNativeQuery("DELETE FROM sign_in_throttle WHERE key_hash = ?1")
        .setParameter(1, accountKey(address, workspace, email))
        .executeUpdate();
  }

  /** The wait after the given number of failures in a row: none, then 30 s, 1 min, 2 min... */
  static Duration delayAfter(int failures, int freeFailures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 10);
    Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private boolean count(String key, Policy policy) {
    int failures =
        ((Number)
                em.createNativeQuery(
                        "INSERT INTO sign_in_throttle (key_hash, failures, last_failure_at)"
                            + " VALUES (?1, 1, now()) ON CONFLICT (key_hash) DO UPDATE SET"
                            + " failures = CASE WHEN sign_in_throttle.last_failure_at < now() - ?2"
                            + " * interval '1 second' THEN 1 ELSE sign_in_throttle.failures + 1 END,"
                            + " last_failure_at = now() RETURNING failures")
                    .setParameter(1, key)
                    .setParameter(2, policy.forgetAfter().toSeconds())
                    .getSingleResult())
            .intValue();
    Duration delay = delayAfter(failures, policy.freeFailures());
    if (delay.isZero()) {
      return false;
    }
    em.createNativeQuery(
            "UPDATE sign_in_throttle SET blocked_until = now() + ?2 * interval '1 second'"
                + " WHERE key_hash = ?1")
        .setParameter(1, key)
        .setParameter(2, delay.toSeconds())
        .executeUpdate();
    return true;
  }

  /** Keeps the table small: a few old rows go with every failure. */
  private void forgetOldRows() {
    em.createNativeQuery(
            "DELETE FROM sign_in_throttle WHERE key_hash IN (SELECT key_hash FROM sign_in_throttle"
                + " WHERE last_failure_at < now() - interval '1 day' LIMIT 100)")
        .executeUpdate();
  }

  /** Failures allowed before the delays start, and how long a quiet key keeps its count. */
  record Policy(int freeFailures, Duration forgetAfter) {}

  static String addressKey(String address) {
    return AccountLinks.sha256("address|" + address);
  }

  static String accountKey(String address, String workspace, String email) {
    return AccountLinks.sha256(
        String.join("|", "account", address, normal(workspace), normal(email)));
  }

  private static String normal(String typed) {
    return typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
  }
}
