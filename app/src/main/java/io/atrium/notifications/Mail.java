package io.atrium.notifications;

import java.util.List;
import java.util.Map;

/**
 * An e-mail to send: to whom, in which language, with which template ({@code mail.<template>.
 * subject} and {@code .body} in the message bundles, {@code {name}} placeholders from params), and
 * optional files attached (a QR code, a calendar invitation), and the page of this site it is
 * about.
 */
public record Mail(
    String toEmail,
    String toName,
    String language,
    String template,
    Map<String, String> params,
    List<MailAttachment> attachments,
    String page) {

  public Mail {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A mail with files attached and no page to link to. */
  public Mail(
      String toEmail,
      String toName,
      String language,
      String template,
      Map<String, String> params,
      List<MailAttachment> attachments) {
    this(toEmail, toName, language, template, params, attachments, null);
  }

  /** A mail with no attachment. */
  public Mail(
      String toEmail, String toName, String language, String template, Map<String, String> params) {
    this(toEmail, toName, language, template, params, List.of(), null);
  }

  /**
   * The same mail leading to a page of this site (a path such as {@code
   * /portal/ticket.xhtml?id=7}): its template reads the full address, {@code PUBLIC_URL} first, as
   * {@code {link}}.
   */
  public Mail linkingTo(String path) {
    return new Mail(toEmail, toName, language, template, params, attachments, path);
  }
}
