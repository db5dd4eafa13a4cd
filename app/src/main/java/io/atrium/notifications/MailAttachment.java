package io.atrium.notifications;

import java.util.regex.Pattern;

/**
 * A file attached to a mail: its name as the recipient sees it, its MIME type (e.g. {@code
 * image/png}, {@code text/calendar; method=PUBLISH; charset=UTF-8}) and its bytes, at most {@link
 * #MAX_BYTES}: mails carry small generated files, never uploads. Or, instead of the bytes, what
 * makes them when the mail is first sent ({@link #madeFrom}, an {@link AttachmentMaker}'s source).
 */
public record MailAttachment(String fileName, String contentType, byte[] content, String source) {

  private static final Pattern SOURCE = Pattern.compile("[a-z]{1,20}:[0-9]{1,19}");

  public static final int MAX_BYTES = 1024 * 1024;

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

  public MailAttachment {
    if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
      throw new IllegalArgumentException("Not an attachment name: " + fileName);
    }
    if (contentType == null || contentType.isBlank() || contentType.length() > 120) {
      throw new IllegalArgumentException("An attachment needs a content type");
    }
    if (source != null) {
      if (!SOURCE.matcher(source).matches() || content != null) {
        throw new IllegalArgumentException("Not an attachment source: " + source);
      }
    } else if (content == null || content.length == 0 || content.length > MAX_BYTES) {
      throw new IllegalArgumentException("An attachment holds 1 byte to 1 MB");
    } else {
      content = content.clone();
    }
  }

  /** A file with its bytes. */
  public MailAttachment(String fileName, String contentType, byte[] content) {
    this(fileName, contentType, content, null);
  }

  /** A file made when the mail is first sent, by the {@link AttachmentMaker} of the source. */
  public static MailAttachment madeFrom(String fileName, String contentType, String source) {
    return new MailAttachment(fileName, contentType, null, source);
  }

  @Override
  public byte[] content() {
    return content == null ? null : content.clone();
  }
}
