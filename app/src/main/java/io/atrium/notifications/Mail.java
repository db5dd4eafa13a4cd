package io.atrium.notifications;

import java.util.List;
import java.util.Map;

/**
 * An e-mail to send: to whom, in which language, with which template ({@code mail.<template>.
 * subject} and {@code .body} in the message bundles, {@code {name}} placeholders from params), and
 * optional files attached (a QR code, a calendar invitation).
 */
public record Mail(
    String toEmail,
    String toName,
    String language,
    String template,
    Map<String, String> params,
    List<MailAttachment> attachments) {

  public Mail {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A mail with no attachment. */
  public Mail(
      String toEmail, String toName, String language, String template, Map<String, String> params) {
    this(toEmail, toName, language, template, params, List.of());
  }
}
