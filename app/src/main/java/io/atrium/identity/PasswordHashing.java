package io.atrium.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (the OWASP 2023 floor for this function), a 16-byte
 * random salt and the parameters stored with the hash, so they can be raised later without
 * invalidating stored passwords.
 *
 * <p>{@code password.hash.iterations} (env {@code PASSWORD_HASH_ITERATIONS}) sets the count for new
 * hashes and for the decoy, never below NIST SP 800-132's 1,000. The integration tests' servers use
 * 1,000: their hundreds of sign-ins spent a third of the test server's CPU in PBKDF2. A check reads
 * the count stored with the hash, so a password hashed with one count is checked with it.
 */
public final class PasswordHashing {

  public static final int ITERATIONS = 210_000;

  /** NIST SP 800-132's minimum: a lower configured count is raised to it. */
  static final int MINIMUM_ITERATIONS = 1_000;

  private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());
  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final String PREFIX = "pbkdf2-sha512";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int IN_USE = inUse();

  /** Compared against when the e-mail is unknown, so both answers take the same time. */
  private static final String DECOY = hash("decoy-password-never-matches");

  private PasswordHashing() {}

  public static String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return PREFIX
        + "$"
        + IN_USE
        + "$"
        + Base64.getEncoder().encodeToString(salt)
        + "$"
        + Base64.getEncoder().encodeToString(derive(password, salt, IN_USE));
  }

  public static boolean matches(String password, String stored) {
    if (stored == null) {
      matches(password, DECOY);
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time of one check, for unknown accounts. */
  public static void decoy(String password) {
    matches(password, DECOY);
  }

  /** The count for new hashes: the configured one, or the default outside a server. */
  private static int inUse() {
    Integer configured;
    try {
      configured =
          ConfigProvider.getConfig()
              .getOptionalValue("password.hash.iterations", Integer.class)
              .orElse(null);
    } catch (IllegalStateException noConfigOutsideAServer) {
      configured = null;
    } catch (IllegalArgumentException notANumber) {
      // A typo in the setting must not stop every sign-in: the stronger default, said in the log.
      LOG.severe(
          () ->
              "password.hash.iterations is not a whole number ("
                  + notANumber.getMessage()
                  + "): passwords are hashed with "
                  + ITERATIONS
                  + " iterations");
      configured = null;
    }
    int used = countFor(configured);
    if (used < ITERATIONS) {
      LOG.warning(
          () ->
              "Passwords are hashed with "
                  + used
                  + " PBKDF2 iterations, below the "
                  + ITERATIONS
                  + " production needs: for test servers only (password.hash.iterations)");
    }
    return used;
  }

  /** The default when nothing is configured; never below the minimum. */
  static int countFor(Integer configured) {
    return configured == null ? ITERATIONS : Math.max(MINIMUM_ITERATIONS, configured);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 512);
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 unavailable", e);
    }
  }
}
