package io.atrium.pricing.web;

import io.atrium.pricing.BreakdownLine;
import io.atrium.shared.i18n.Texts;
import java.text.MessageFormat;
import java.util.Locale;

/** A breakdown line's rule as a sentence in the page's language. */
final class QuoteLines {

  private QuoteLines() {}

  static String rule(BreakdownLine line, Locale locale) {
    Locale language = Texts.supported(locale);
    return new MessageFormat(Texts.bundle(language).getString(line.messageKey()), language)
        .format(line.getArgumentArray());
  }
}
