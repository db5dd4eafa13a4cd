package io.atrium.shared.api;

import io.atrium.shared.csv.ImportRefusedException;
import io.atrium.shared.i18n.Texts;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Builds problem details in the caller's language, for the mapper and for the sign-in layer. */
public final class Problems {

  private static final Jsonb JSON = JsonbBuilder.create();

  private Problems() {}

  public static Problem of(
      int status, String detailKey, Object[] args, Locale locale, String path) {
    return of(status, detailKey, args, locale, path, null);
  }

  public static Problem of(
      int status,
      String detailKey,
      Object[] args,
      Locale locale,
      String path,
      Map<String, String> fieldKeys) {
    Map<String, String> errors = null;
    if (fieldKeys != null && !fieldKeys.isEmpty()) {
      errors = new LinkedHashMap<>();
      for (var field : fieldKeys.entrySet()) {
        errors.put(field.getKey(), text(field.getValue(), null, locale, field.getValue()));
      }
    }
    return new Problem(
        "about:blank",
        text("problem.title." + status, null, locale, "problem.title.other"),
        status,
        text(detailKey, args, locale, "problem.detail.other"),
        path,
        errors,
        null);
  }

  /** A refused import: its message and each wrong line, with the column's name, in the language. */
  public static Problem of(ImportRefusedException refused, Locale locale, String path) {
    List<Problem.Line> lines =
        refused.errors().stream()
            .map(
                e ->
                    new Problem.Line(
                        e.line(),
                        e.column() == null
                            ? null
                            : text(refused.columnPrefix() + e.column(), null, locale, e.column()),
                        text(e.key(), null, locale, "problem.detail.other")))
            .toList();
    return of(400, refused.messageKey(), refused.arguments(), locale, path).withLines(lines);
  }

  public static String json(Problem problem) {
    return JSON.toJson(problem);
  }

  /** The first language of the caller's Accept-Language that Atrium speaks, else English. */
  public static Locale locale(List<Locale> acceptable) {
    return acceptable.stream()
        .map(locale -> Texts.byCode(locale.getLanguage()))
        .filter(locale -> locale != null)
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  static String text(String key, Object[] args, Locale locale, String fallbackKey) {
    ResourceBundle bundle = Texts.bundle(locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      if (fallbackKey.equals(key)) {
        return key;
      }
      pattern = bundle.getString(fallbackKey);
    }
    return args == null || args.length == 0
        ? pattern
        : new MessageFormat(pattern, locale).format(Texts.arguments(args, locale));
  }
}
