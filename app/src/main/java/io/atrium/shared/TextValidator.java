package io.atrium.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Text}; null is valid (required-ness is {@code @NotBlank}'s business). */
public class TextValidator implements ConstraintValidator<Text, CharSequence> {

  private int max;
  private boolean multiline;

  @Override
  public void initialize(Text rule) {
    max = rule.max();
    multiline = rule.multiline();
  }

  @Override
  public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
    if (text == null) {
      return true;
    }
    if (!clean(text, multiline)) {
      return false;
    }
    if (Character.codePointCount(text, 0, text.length()) > max) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("{atrium.text.tooLong}")
          .addConstraintViolation();
      return false;
    }
    return true;
  }

  /** No control character (bar line breaks and tabs when multiline) and no lone surrogate. */
  public static boolean clean(CharSequence text, boolean multiline) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return false;
      }
      if (Character.isLowSurrogate(c)) {
        return false;
      }
      boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
      if (lineBreakOrTab ? !multiline : isControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isControl(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\uFFFE');
  }
}
