package io.atrium.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Atrium's two languages and the bundle of user-facing texts. */
public final class Texts {

  public static final String BUNDLE = "i18n.messages";

  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

  private Texts() {}

  /** The supported language closest to the one asked for; English when there is none. */
  public static Locale supported(Locale wanted) {
    if (wanted == null) {
      return Locale.ENGLISH;
    }
    return LANGUAGES.stream()
        .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  /** The supported language named by a code such as "fr", or null when it is not one. */
  public static Locale byCode(String code) {
    return LANGUAGES.stream().filter(l -> l.getLanguage().equals(code)).findFirst().orElse(null);
  }

  /** A message's arguments as this language writes them: each {@link Label} as its word. */
  public static Object[] arguments(Object[] args, Locale language) {
    if (args == null) {
      return null;
    }
    Object[] written = args.clone();
    for (int i = 0; i < written.length; i++) {
      if (written[i] instanceof Label label) {
        written[i] = label.in(language);
      }
    }
    return written;
  }

  public static ResourceBundle bundle(Locale wanted) {
    return ResourceBundle.getBundle(BUNDLE, supported(wanted));
  }
}
