package io.atrium.helpdesk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The response headers an attachment is served with, by the page servlet and the API alike: the
 * type read from the content at upload (never the uploader's claim), shown inline only for photos
 * and videos, the uploader's name made safe for a header, no sniffing, no caching by proxies.
 */
public final class AttachmentHeaders {

  private AttachmentHeaders() {}

  public static String contentType(TicketAttachment attachment) {
    return attachment.getKind().contentType();
  }

  public static String contentDisposition(TicketAttachment attachment) {
    boolean media = attachment.getKind().isImage() || attachment.getKind().isVideo();
    String name = attachment.getOriginalName();
    String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return (media ? "inline" : "attachment")
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + encoded;
  }

  /** Headers every served file carries, besides its type and disposition. */
  public static final String[][] FIXED = {
    {"X-Content-Type-Options", "nosniff"},
    {"Cache-Control", "private, no-store"},
    {"Content-Security-Policy", "default-src 'none'; sandbox"}
  };
}
