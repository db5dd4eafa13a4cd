package io.atrium.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Texts with a count agree with it in both languages: "1 seat left", "2 seats left"; in French one
 * and zero are singular ("1 place restante", "0 module ouvert"). Formatted as pages and problems
 * format them, with {@link MessageFormat}.
 */
class CountTextsTest {

  private static String format(Locale locale, String key, Object... counts) {
    return new MessageFormat(Texts.bundle(locale).getString(key), locale).format(counts);
  }

  @Test
  void seatsLeftAgreeWithTheirNumber() {
    assertEquals("1 seat left", format(Locale.ENGLISH, "portal.events.seatsLeft", 1));
    assertEquals("25 seats left", format(Locale.ENGLISH, "portal.events.seatsLeft", 25));
    assertEquals("No seats left", format(Locale.ENGLISH, "portal.events.seatsLeft", 0));
    assertEquals("1 place restante", format(Locale.FRENCH, "portal.events.seatsLeft", 1));
    assertEquals("25 places restantes", format(Locale.FRENCH, "portal.events.seatsLeft", 25));
    assertEquals("Plus aucune place", format(Locale.FRENCH, "portal.events.seatsLeft", 0));
  }

  @Test
  void otherCountsAgreeToo() {
    assertEquals("1 of 1 module open", format(Locale.ENGLISH, "home.modulesReady", 1, 1));
    assertEquals("1 of 12 modules open", format(Locale.ENGLISH, "home.modulesReady", 1, 12));
    assertEquals("1 module ouvert sur 12", format(Locale.FRENCH, "home.modulesReady", 1, 12));
    assertEquals("3 modules ouverts sur 12", format(Locale.FRENCH, "home.modulesReady", 3, 12));
    assertEquals("Chain intact: 1 entry checked.", format(Locale.ENGLISH, "audit.verify.ok", 1));
    assertEquals(
        "Chaîne intacte : 40 entrées vérifiées.", format(Locale.FRENCH, "audit.verify.ok", 40));
    assertTrue(format(Locale.ENGLISH, "ticket.reopen.expired", 1).endsWith("within 1 day."));
    assertTrue(format(Locale.ENGLISH, "ticket.reopen.expired", 7).endsWith("within 7 days."));
    assertTrue(format(Locale.FRENCH, "ticket.reopen.expired", 1).endsWith("pendant 1 jour."));
    assertEquals("open ticket", format(Locale.ENGLISH, "portal.home.openTickets", 1));
    assertEquals("open tickets", format(Locale.ENGLISH, "portal.home.openTickets", 0));
    assertEquals("tickets ouverts", format(Locale.FRENCH, "portal.home.openTickets", 2));
    assertEquals(
        "visiteur attendu aujourd’hui", format(Locale.FRENCH, "portal.home.expectedToday", 0));
  }

  /** "visitor(s)" reads badly in both languages: a count picks its form with a choice instead. */
  @Test
  void noTextHedgesItsPlural() {
    List<String> hedged = new ArrayList<>();
    for (Locale locale : Texts.LANGUAGES) {
      var bundle = Texts.bundle(locale);
      for (String key : bundle.keySet()) {
        if (bundle.getString(key).matches("(?s).*\\w\\(s\\).*")) {
          hedged.add(locale + " " + key + "=" + bundle.getString(key));
        }
      }
    }
    assertTrue(hedged.isEmpty(), String.join("\n", hedged));
  }
}
