package io.atrium.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Passwords are hashed with OWASP's count unless a server is configured otherwise, never below
 * NIST's minimum, and every hash is checked with the count stored in it.
 */
class PasswordHashingTest {

  @Test
  void withoutConfigurationAPasswordIsHashedWithOwaspsCountAndMatchesOnlyItself() {
    String stored = PasswordHashing.hash("Correct-horse-2026");

    assertTrue(stored.startsWith("pbkdf2-sha512$210000$"), stored);
    assertTrue(PasswordHashing.matches("Correct-horse-2026", stored));
    assertFalse(PasswordHashing.matches("correct-horse-2026", stored));
    assertNotEquals(stored, PasswordHashing.hash("Correct-horse-2026"), "a salt of its own");
  }

  @Test
  void aConfiguredCountIsUsedButNeverBelowNistsMinimum() {
    assertEquals(210_000, PasswordHashing.countFor(null));
    assertEquals(1_000, PasswordHashing.countFor(1_000));
    assertEquals(1_000, PasswordHashing.countFor(1), "raised to the minimum");
    assertEquals(600_000, PasswordHashing.countFor(600_000), "OWASP's newer advice may be set");
  }

  @Test
  void aHashIsCheckedWithTheCountStoredInIt() {
    // "Atrium-2026!" hashed with 1,000 iterations, as a test server stores it.
    String salt = "AAECAwQFBgcICQoLDA0ODw==";
    String stored =
        "pbkdf2-sha512$1000$"
            + salt
            + "$"
            + PasswordHashingTest.derived("Atrium-2026!", salt, 1000);

    assertTrue(PasswordHashing.matches("Atrium-2026!", stored));
    assertFalse(PasswordHashing.matches("Atrium-2026?", stored));
    assertFalse(
        PasswordHashing.matches("Atrium-2026!", stored.replace("$1000$", "$2000$")),
        "the count is part of what is checked");
  }

  private static String derived(String password, String salt, int iterations) {
    try {
      var spec =
          new javax.crypto.spec.PBEKeySpec(
              password.toCharArray(), java.util.Base64.getDecoder().decode(salt), iterations, 512);
      return java.util.Base64.getEncoder()
          .encodeToString(
              javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                  .generateSecret(spec)
                  .getEncoded());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
