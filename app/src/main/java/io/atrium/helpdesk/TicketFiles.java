package io.atrium.helpdesk;

import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.files.FileKind;
import io.atrium.shared.files.FileStore;
import io.atrium.shared.files.StoredFile;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Photos and videos of tickets (package rule 5): kept by the shared {@link FileStore} (kind read
 * from the content, size limit, removed when the transaction rolls back), and given back only to
 * people who may read the ticket; an internal note's files only to staff.
 */
@ApplicationScoped
public class TicketFiles {

  /** At most this many files in one go. */
  public static final int MAX_FILES = 10;

  /** The form field that carries the files, where refusals are shown. */
  public static final String FIELD = "attachments";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject FileStore store;

  @Inject Tenancy tenancy;

  @Inject Tickets tickets;

  @Inject Caller caller;

  /**
   * Stores the uploads and attaches them to the ticket (or to one of its comments).
   *
   * @throws InvalidFieldsException on {@value #FIELD} for too many files, or a file that is not a
   *     photo or video, empty or over the limit; the transaction then rolls back with its files
   */
  @Transactional(TxType.MANDATORY)
  public List<TicketAttachment> attach(
      Ticket ticket, TicketComment comment, List<Upload> uploads, Instant now) {
    if (uploads.size() > MAX_FILES) {
      throw InvalidFieldsException.of(FIELD, "ticket.attachments.tooMany");
    }
    long tenantId = tenancy.currentTenantId().orElseThrow();
    List<TicketAttachment> attached = new ArrayList<>();
    for (Upload upload : uploads) {
      StoredFile file =
          store.store(tenantId, FIELD, upload.name(), upload.content(), FileKind.imagesAndVideos());
      TicketAttachment attachment = new TicketAttachment(ticket, comment, file, now);
      em.persist(attachment);
      attached.add(attachment);
    }
    return attached;
  }

  /**
   * An attachment the caller may see.
   *
   * @throws NotFoundException for anyone who may not read its ticket, or a member asking for an
   *     internal note's file
   */
  @Transactional
  public TicketAttachment get(long attachmentId) {
    TicketAttachment attachment = em.find(TicketAttachment.class, attachmentId);
    if (attachment == null
        || tickets.find(attachment.getTicket().getId()).isEmpty()
        || (attachment.isInternal() && !caller.isStaff())) {
      throw new NotFoundException();
    }
    return attachment;
  }

  /** The content of an attachment returned by {@link #get}. */
  public InputStream open(TicketAttachment attachment) throws IOException {
    return store.open(attachment.getFileKey());
  }

  public long maxMegabytes() {
    return store.maxMegabytes();
  }
}
