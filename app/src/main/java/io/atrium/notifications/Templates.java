package io.atrium.notifications;

import io.atrium.shared.i18n.Texts;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders message templates from the bundles in the recipient's language: {@code {name}}
 * placeholders are replaced by the named parameter. A missing template or parameter fails at once,
 * in the transaction that queues the message, rather than sending a half-filled e-mail later.
 */
final class Templates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9-]*(\\.[a-z][A-Za-z0-9-]*)*");

  private Templates() {}

  /** The supported language for a person's language code: "fr" or "en" (the fallback). */
  static Locale language(String code) {
    return Texts.supported(code == null ? null : Locale.forLanguageTag(code));
  }

  /**
   * The text of {@code key} in the language, with its placeholders filled.
   *
   * @throws IllegalArgumentException when the key is not in the bundle or a placeholder has no
   *     parameter
   */
  static String render(String key, Locale language, Map<String, String> params) {
    return fill(key, text(key, language), params);
  }

  /** Like {@link #render}, for a text that may be absent: null when the key is not there. */
  static String renderOptional(String key, Locale language, Map<String, String> params) {
    ResourceBundle bundle = Texts.bundle(language);
    return bundle.containsKey(key) ? fill(key, bundle.getString(key), params) : null;
  }

  /** One line: a subject or title never carries a line break into a mail header. */
  static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  static void checkName(String template) {
    if (template == null || !NAME.matcher(template).matches()) {
      throw new IllegalArgumentException("Not a template name: " + template);
    }
  }

  private static String text(String key, Locale language) {
    try {
      return Texts.bundle(language).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("No text " + key + " in the message bundles", e);
    }
  }

  private static String fill(String key, String text, Map<String, String> params) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      String value = params == null ? null : params.get(name);
      if (value == null) {
        throw new IllegalArgumentException(key + " needs the parameter " + name);
      }
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(filled);
    return filled.toString();
  }
}
