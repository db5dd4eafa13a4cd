package io.atrium.notifications.web;

import io.atrium.notifications.Outbox;
import io.atrium.notifications.OutboxAttachment;
import io.atrium.notifications.OutboxMail;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.format.Formats;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The Sent mail page: the tenant's outbox, newest first, a page at a time; clicking a subject shows
 * the mail as it was sent, with its attachments to download (and pictures shown). The service
 * refuses callers without {@code settings:read}, so the page shows the access-denied page to them.
 */
@Named
@ViewScoped
public class SentMailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Only types a browser shows as an image and never runs as a document (no SVG). */
  private static final Set<String> PICTURES = Set.of("image/png", "image/jpeg", "image/gif");

  @Inject Formats formats;

  @Inject Outbox outbox;

  private ZoneId zone;
  private boolean delivering;
  private LazyDataModel<OutboxMail> mails;
  private OutboxMail selected;

  /** Opens the page; people without the right get the access-denied page (403). */
  public void open() throws IOException {
    try {
      zone = outbox.zone();
    } catch (ForbiddenException e) {
      Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, e.messageKey());
      return;
    }
    delivering = outbox.delivering();
    mails = new OutboxMails(outbox);
  }

  public void show(long id) {
    selected = outbox.get(id);
  }

  /** An instant as the operator's clock showed it, in the page's language. */
  public String shown(Instant instant) {
    return formats.dateTime(instant, zone);
  }

  /** An attachment of the shown mail, as its file. */
  public StreamedContent download(int position) {
    OutboxAttachment file =
        selected.getAttachments().stream()
            .filter(a -> a.getPosition() == position)
            .findFirst()
            .orElseThrow(NotFoundException::new);
    byte[] bytes = file.getContent();
    return DefaultStreamedContent.builder()
        .name(file.getFileName())
        .contentType(file.getContentType())
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /**
   * A picture attachment (the QR code of an invitation) as a data URI, to show it in the mail as
   * received; null for other files, which are only downloaded.
   */
  public String picture(OutboxAttachment file) {
    return PICTURES.contains(file.getContentType())
        ? "data:"
            + file.getContentType()
            + ";base64,"
            + Base64.getEncoder().encodeToString(file.getContent())
        : null;
  }

  public LazyDataModel<OutboxMail> getMails() {
    return mails;
  }

  public OutboxMail getSelected() {
    return selected;
  }

  public boolean isDelivering() {
    return delivering;
  }
}
