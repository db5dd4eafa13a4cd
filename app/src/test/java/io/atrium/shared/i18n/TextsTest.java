package io.atrium.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void everyEnglishTextHasAFrenchOneAndTheReverse() {
    Set<String> english = new TreeSet<>(Texts.bundle(Locale.ENGLISH).keySet());
    Set<String> french = new TreeSet<>(Texts.bundle(Locale.FRENCH).keySet());
    assertEquals(english, french);
  }

  @Test
  void frenchTextsAreTranslatedNotCopied() {
    var english = Texts.bundle(Locale.ENGLISH);
    var french = Texts.bundle(Locale.FRENCH);
    assertNotEquals(english.getString("login.title"), french.getString("login.title"));
    assertEquals("Connexion", french.getString("login.title"));
  }

  @Test
  void aRegionalVariantGetsItsLanguage() {
    assertEquals(Locale.FRENCH, Texts.supported(Locale.CANADA_FRENCH));
    assertEquals(Locale.ENGLISH, Texts.supported(Locale.UK));
  }

  @Test
  void anUnsupportedLanguageFallsBackToEnglish() {
    assertEquals(Locale.ENGLISH, Texts.supported(Locale.GERMAN));
    assertEquals(Locale.ENGLISH, Texts.supported(null));
    assertEquals("Sign in", Texts.bundle(Locale.JAPANESE).getString("login.title"));
  }

  @Test
  void onlyAtriumsLanguagesAreAcceptedAsCodes() {
    assertEquals(Locale.FRENCH, Texts.byCode("fr"));
    assertNull(Texts.byCode("de"));
    assertNull(Texts.byCode("fr'; DROP"));
  }
}
