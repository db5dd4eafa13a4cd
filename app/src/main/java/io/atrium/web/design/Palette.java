package io.atrium.web.design;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The colours every page draws from one tenant colour, each checked with the WCAG 2.1 contrast
 * ratio so that a tenant's brand never makes a page unreadable: a pale brand colour still gives
 * links and focus rings that can be seen on the page, and the text on a button is always legible.
 *
 * @param brand the tenant's colour as stored ({@code #rrggbb}), shown where it needs no contrast
 * @param primary the surface of primary buttons and the brand mark: the brand colour, darkened only
 *     when neither white nor near-black text reaches 4.5:1 on it
 * @param onPrimary the text on {@code primary}: white, else near-black, whichever reaches 4.5:1
 * @param link text links on the page background, at least 4.5:1
 * @param focus the focus ring on the page background, at least 3:1
 * @param soft a pale tint of the brand for hovers and selected rows, under text-coloured text
 */
public record Palette(
    String brand, String primary, String onPrimary, String link, String focus, String soft) {

  /** Atrium's own blue, for pages without a tenant (sign-in, platform, errors). */
  public static final String DEFAULT_BRAND = "#1f5f8b";

  static final String WHITE = "#ffffff";
  static final String NEAR_BLACK = "#111827";

  /** The page background (atrium.css {@code --atrium-bg}), darker than the cards' white. */
  static final String PAGE_BACKGROUND = "#f4f6f9";

  static final double TEXT = 4.5;
  static final double NON_TEXT = 3.0;

  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  /** The palette of a tenant colour; Atrium's own when the colour is missing or malformed. */
  public static Palette of(String brandColour) {
    String brand =
        brandColour != null && HEX.matcher(brandColour.strip()).matches()
            ? brandColour.strip().toLowerCase(Locale.ROOT)
            : DEFAULT_BRAND;
    String primary = brand;
    while (contrast(WHITE, primary) < TEXT && contrast(NEAR_BLACK, primary) < TEXT) {
      primary = mix(primary, "#000000", 0.05);
    }
    String onPrimary = contrast(WHITE, primary) >= TEXT ? WHITE : NEAR_BLACK;
    return new Palette(
        brand,
        primary,
        onPrimary,
        readableOn(brand, PAGE_BACKGROUND, TEXT),
        readableOn(brand, PAGE_BACKGROUND, NON_TEXT),
        mix(brand, WHITE, 0.88));
  }

  /** The CSS custom properties that atrium.css reads, for a {@code :root} rule. */
  public String cssVariables() {
    return "--atrium-brand:"
        + brand
        + ";--atrium-primary:"
        + primary
        + ";--atrium-on-primary:"
        + onPrimary
        + ";--atrium-link:"
        + link
        + ";--atrium-focus:"
        + focus
        + ";--atrium-primary-soft:"
        + soft
        + ";";
  }

  /**
   * The colour itself when it reaches the ratio on the background; else the same hue darkened step
   * by step until it does (black always does on a light background).
   */
  static String readableOn(String colour, String background, double ratio) {
    String result = colour;
    while (contrast(result, background) < ratio) {
      result = mix(result, "#000000", 0.05);
    }
    return result;
  }

  /** WCAG 2.1 contrast ratio of two colours, from 1 (same) to 21 (black on white). */
  public static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** WCAG 2.1 relative luminance of an sRGB {@code #rrggbb} colour. */
  static double luminance(String hex) {
    return 0.2126 * linear(channel(hex, 0))
        + 0.7152 * linear(channel(hex, 1))
        + 0.0722 * linear(channel(hex, 2));
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static int channel(String hex, int index) {
    return Integer.parseInt(hex.substring(1 + 2 * index, 3 + 2 * index), 16);
  }

  /** {@code colour} moved toward {@code target} by {@code amount} (0 to 1), per channel. */
  static String mix(String colour, String target, double amount) {
    StringBuilder out = new StringBuilder("#");
    for (int i = 0; i < 3; i++) {
      int from = channel(colour, i);
      int to = channel(target, i);
      int value = (int) Math.round(from + (to - from) * amount);
      if (value == from && from != to) {
        value += Integer.signum(to - from); // rounding must not stall the darkening loops
      }
      out.append(String.format(Locale.ROOT, "%02x", value));
    }
    return out.toString();
  }
}
