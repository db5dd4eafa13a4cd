package io.atrium.notifications;

import io.atrium.identity.AtriumPrincipal;
import java.util.Map;

/**
 * A notice for the bell of one person (staff or member), rendered in their language from {@code
 * notice.<template>.title} and {@code .body}; link is a page path of this site.
 */
public record InAppNotice(
    AtriumPrincipal.Kind recipientKind,
    long recipientId,
    String language,
    String template,
    Map<String, String> params,
    String link) {}
