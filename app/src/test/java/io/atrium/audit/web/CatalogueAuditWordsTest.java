package io.atrium.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.audit.Changes;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue's audit entries in plain words, in both languages (i12-catalogue). */
class CatalogueAuditWordsTest {

  private static final Map<String, String> NAMES = Map.of("CatalogueItem:5", "Bureau privatif");

  private final AuditWords french = new AuditWords(Texts.bundle(Locale.FRENCH), NAMES);
  private final AuditWords english = new AuditWords(Texts.bundle(Locale.ENGLISH), NAMES);

  @Test
  void aNewPriceSaysWhoChangedThePriceOfWhichItemAndWhereFromWhen() {
    var price =
        Changes.of()
            .field("centre", null, "PAR1 · Lumière Faubourg Saint-Denis")
            .field("effectiveFrom", null, "2027-01-01")
            .field("unitPrice", "1200 EUR", "1250.5 EUR")
            .getList();
    assertEquals(
        "Hélène Martin a modifié le prix de l’article « Bureau privatif »",
        french.sentence("Hélène Martin", "CatalogueItem", "5", "PRICE", price));
    assertEquals(
        "Hélène Martin changed the price of the item \"Bureau privatif\"",
        english.sentence("Hélène Martin", "CatalogueItem", "5", "PRICE", price));
    assertEquals("Prix unitaire : 1200 EUR → 1250.5 EUR", french.change(price.get(2)));
    // A day as the page's other dates show it, not as ISO-8601.
    assertEquals(
        "À partir du : " + Formats.of(Locale.FRENCH, "FR").date(LocalDate.of(2027, 1, 1)),
        french.change(price.get(1)));
  }

  @Test
  void oneChangedFieldOfAnItemIsNamed() {
    var name = Changes.of().field("nameFr", "Bureau", "Bureau privatif").getList();
    assertEquals(
        "Hélène Martin a modifié le nom en français de l’article « Bureau privatif »",
        french.sentence("Hélène Martin", "CatalogueItem", "5", "UPDATE", name));
    assertEquals(
        "Hélène Martin a créé l’article « Bureau privatif »",
        french.sentence("Hélène Martin", "CatalogueItem", "5", "CREATE", java.util.List.of()));
  }
}
