package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The order of the language sources after the switch's cookie (which {@code LanguageIT} covers with
 * the rest): a profile always has a language in the data, so the tenant's default is only reached
 * when it does not (a language Atrium no longer speaks, say).
 */
class UserLocaleTest {

  private static final List<Locale> ENGLISH_BROWSER = List.of(Locale.UK, Locale.ENGLISH);

  @Test
  void theProfileComesFirst() {
    assertEquals(Locale.FRENCH, UserLocale.first("fr", "en", ENGLISH_BROWSER));
  }

  @Test
  void thenTheTenantsDefault() {
    assertEquals(Locale.FRENCH, UserLocale.first(null, "fr", ENGLISH_BROWSER));
    assertEquals(Locale.FRENCH, UserLocale.first("de", "fr", ENGLISH_BROWSER));
  }

  @Test
  void thenTheFirstBrowserLanguageAtriumSpeaksElseEnglish() {
    assertEquals(
        Locale.FRENCH, UserLocale.first(null, null, List.of(Locale.GERMAN, Locale.FRANCE)));
    assertEquals(Locale.ENGLISH, UserLocale.first(null, null, List.of(Locale.GERMAN)));
  }
}
