package io.atrium.notifications;

import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file sent with an outbox mail, kept with it so a retry sends the same bytes. */
@Entity
@Table(name = "outbox_mail_attachment")
public class OutboxAttachment extends TenantEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "mail_id")
  private OutboxMail mail;

  private int position;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  /** What makes the content when the mail is first claimed; null when queued with its bytes. */
  @Column(name = "made_from")
  private String madeFrom;

  protected OutboxAttachment() {}

  /** Written by {@link OutboxRows} under this id, at the version a first insert gives. */
  void writtenAs(long id) {
    written(id, 1);
  }

  OutboxMail getMail() {
    return mail;
  }

  OutboxAttachment(OutboxMail mail, int position, MailAttachment attachment) {
    this.mail = mail;
    this.position = position;
    this.fileName = attachment.fileName();
    this.contentType = attachment.contentType();
    this.content = attachment.content();
    this.madeFrom = attachment.source();
  }

  /** Not made yet: queued to be made when sent. */
  boolean awaitsContent() {
    return content == null;
  }

  String getMadeFrom() {
    return madeFrom;
  }

  /** The bytes made at the first claim, kept so a retry sends the same. */
  void made(byte[] bytes) {
    this.content = bytes.clone();
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public int getPosition() {
    return position;
  }
}
