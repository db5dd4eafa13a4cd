package io.atrium.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be: at least 12 characters (length beats composition rules), with a
 * letter and a digit, not containing the e-mail's name part.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordRules() {}

  /** The bundle key of the first rule broken, if any. */
  public static Optional<String> check(String password, String email) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("password.tooLong");
    }
    if (password.chars().noneMatch(Character::isLetter)
        || password.chars().noneMatch(Character::isDigit)) {
      return Optional.of("password.letterAndDigit");
    }
    String name = email == null ? "" : email.split("@")[0].toLowerCase(Locale.ROOT);
    if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
      return Optional.of("password.containsEmail");
    }
    return Optional.empty();
  }
}
