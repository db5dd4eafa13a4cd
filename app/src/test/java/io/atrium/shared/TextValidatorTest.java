package io.atrium.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one text rule: what a person can type passes, what breaks storage and e-mails does not. */
class TextValidatorTest {

  @Test
  void ordinaryTextInAnyScriptPasses() {
    assertTrue(TextValidator.clean("Zoé Nouvelle — 東京 😀", false));
    assertTrue(TextValidator.clean("line one\nline two\r\n\tindented", true));
  }

  @Test
  void controlCharactersAndBrokenSurrogatesAreRefused() {
    assertFalse(TextValidator.clean("nul\u0000", true), "PostgreSQL cannot store NUL");
    assertFalse(TextValidator.clean("esc\u001b[31m", true));
    assertFalse(TextValidator.clean("c1\u0085", true));
    assertFalse(TextValidator.clean("lone \ud800 high", true));
    assertFalse(TextValidator.clean("lone \udc00 low", true));
    assertFalse(TextValidator.clean("two\nlines", false), "one-line fields take no line break");
    assertFalse(TextValidator.clean("header\r\nBcc: x", false));
  }
}
