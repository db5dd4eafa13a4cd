package io.atrium.notifications;

import io.atrium.identity.AtriumPrincipal;
import java.util.Map;

/**
 * A notice for the bell of one person (staff or member), rendered in their language from {@code
 * notice.<template>.title} and {@code .body}; link is a page path of this site. Its days, times,
 * numbers and words from the bundles are {@code values}, written out in the language of the page
 * showing the notice; a name in both {@code params} and {@code values} takes its value.
 */
public record InAppNotice(
    AtriumPrincipal.Kind recipientKind,
    long recipientId,
    String language,
    String template,
    Map<String, String> params,
    String link,
    Map<String, ? extends NoticeValue> values) {

  public InAppNotice {
    params = params == null ? Map.of() : params;
    values = values == null ? Map.of() : Map.copyOf(values);
  }

  /** A notice whose parameters are all plain text (names). */
  public InAppNotice(
      AtriumPrincipal.Kind recipientKind,
      long recipientId,
      String language,
      String template,
      Map<String, String> params,
      String link) {
    this(recipientKind, recipientId, language, template, params, link, Map.of());
  }
}
