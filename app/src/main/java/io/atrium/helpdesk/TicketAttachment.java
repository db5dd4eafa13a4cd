package io.atrium.helpdesk;

import io.atrium.shared.InstantConverter;
import io.atrium.shared.files.FileKind;
import io.atrium.shared.files.StoredFile;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A photo or video of a ticket, or of one of its comments. The content is in the file store under
 * {@code fileKey}; its kind was read from the content at upload. An attachment of an internal note
 * is as private as the note.
 */
@Entity
@Table(name = "ticket_attachment")
public class TicketAttachment extends TenantEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @ManyToOne
  @JoinColumn(name = "comment_id")
  private TicketComment comment;

  @Column(name = "file_key")
  private String fileKey;

  @Enumerated(EnumType.STRING)
  private FileKind kind;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "original_name")
  private String originalName;

  @Column(name = "created_at")
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  protected TicketAttachment() {}

  public TicketAttachment(Ticket ticket, TicketComment comment, StoredFile file, Instant at) {
    this.ticket = ticket;
    this.comment = comment;
    this.fileKey = file.key();
    this.kind = file.kind();
    this.sizeBytes = file.size();
    this.originalName = file.originalName();
    this.createdAt = at;
  }

  /** Seen by members only when it is not part of an internal note. */
  public boolean isInternal() {
    return comment != null && comment.isInternal();
  }

  public Ticket getTicket() {
    return ticket;
  }

  public TicketComment getComment() {
    return comment;
  }

  public String getFileKey() {
    return fileKey;
  }

  public FileKind getKind() {
    return kind;
  }

  public boolean isImage() {
    return kind.isImage();
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getOriginalName() {
    return originalName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
