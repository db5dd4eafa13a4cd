package io.atrium.web.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaletteTest {

  @Test
  void theContrastRatioIsWcags() {
    assertEquals(21.0, Palette.contrast("#000000", "#ffffff"), 0.01);
    assertEquals(1.0, Palette.contrast("#777777", "#777777"), 0.001);
    // The figure the issue measured: white on PrimeFaces' #2196F3.
    assertEquals(3.12, Palette.contrast("#ffffff", "#2196f3"), 0.01);
    assertEquals(4.48, Palette.contrast("#ffffff", "#777777"), 0.01);
  }

  @Test
  void whiteTextFailsOnPrimeFacesBlueSoItsTextIsNearBlack() {
    Palette blue = Palette.of("#2196F3");
    assertEquals("#2196f3", blue.primary());
    assertEquals(Palette.NEAR_BLACK, blue.onPrimary());
    assertTrue(Palette.contrast(blue.onPrimary(), blue.primary()) >= 4.5);
  }

  @Test
  void aDarkBrandKeepsWhiteTextAndItsOwnColourForLinks() {
    Palette banyan = Palette.of("#2E6B4F");
    assertEquals("#ffffff", banyan.onPrimary());
    assertEquals("#2e6b4f", banyan.primary());
    assertEquals("#2e6b4f", banyan.link());
    assertEquals("#2e6b4f", banyan.focus());
  }

  @Test
  void aMidToneBrandIsDarkenedForButtonsWhenNeitherTextColourReaches4point5() {
    // Ateliers Lumière's terracotta: white reaches 4.35:1 on it, near-black 4.1:1.
    assertTrue(Palette.contrast("#ffffff", "#c8553d") < 4.5);
    assertTrue(Palette.contrast(Palette.NEAR_BLACK, "#c8553d") < 4.5);
    Palette lumiere = Palette.of("#C8553D");
    assertEquals("#c8553d", lumiere.brand());
    assertEquals("#ffffff", lumiere.onPrimary());
    assertTrue(Palette.contrast("#ffffff", lumiere.primary()) >= 4.5);
    assertTrue(Palette.contrast("#ffffff", lumiere.primary()) < 5.2, "barely darker");
  }

  @Test
  void aPaleBrandGetsDarkerLinksAndFocusRingsThatReadOnThePage() {
    Palette yellow = Palette.of("#ffe14d");
    assertEquals(Palette.NEAR_BLACK, yellow.onPrimary());
    assertTrue(Palette.contrast(yellow.link(), Palette.PAGE_BACKGROUND) >= 4.5);
    assertTrue(Palette.contrast(yellow.focus(), Palette.PAGE_BACKGROUND) >= 3.0);
    assertTrue(
        Palette.contrast(yellow.focus(), Palette.PAGE_BACKGROUND) < 4.0,
        "the ring stays as close to the brand as 3:1 allows");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"#2196F3", "#C8553D", "#2E6B4F", "#ffffff", "#000000", "#00ff00", "#808080"})
  void everyBrandGivesReadableColours(String brand) {
    Palette palette = Palette.of(brand);
    assertTrue(Palette.contrast(palette.onPrimary(), palette.primary()) >= 4.5, "button text");
    assertTrue(Palette.contrast(palette.link(), "#ffffff") >= 4.5, "links on cards");
    assertTrue(
        Palette.contrast(palette.link(), Palette.PAGE_BACKGROUND) >= 4.5, "links on the page");
    assertTrue(Palette.contrast(palette.focus(), Palette.PAGE_BACKGROUND) >= 3.0, "focus ring");
  }

  @Test
  void withoutATenantColourThePagesUseAtriumsOwn() {
    assertEquals(Palette.DEFAULT_BRAND, Palette.of(null).brand());
    assertEquals(Palette.DEFAULT_BRAND, Palette.of("red; } body { display:none").brand());
    assertTrue(Palette.of(null).cssVariables().startsWith("--atrium-brand:#1f5f8b;"));
  }
}
