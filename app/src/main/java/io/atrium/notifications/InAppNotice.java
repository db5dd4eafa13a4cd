package io.atrium.notifications;

import io.atrium.identity.AtriumPrincipal;
import java.util.Map;

/**
 * A notice for the bell of one person (staff or member), rendered in their language from {@code
 * notice.<template>.title} and {@code .body}; link is a page path of this site. Its days and times
 * are {@code times}, written out in the language of the page showing the notice; a name in both
 * takes its time.
 */
public record InAppNotice(
    AtriumPrincipal.Kind recipientKind,
    long recipientId,
    String language,
    String template,
    Map<String, String> params,
    String link,
    Map<String, NoticeTime> times) {

  public InAppNotice {
    params = params == null ? Map.of() : params;
    times = times == null ? Map.of() : times;
  }

  /** A notice with no day or time in it. */
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
