package io.atrium.notifications;

import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An e-mail in the outbox, rendered when it was queued so it says what was true then. Life cycle:
 * PENDING until the delivery worker hands it to the SMTP server (SENT) or, when no SMTP server is
 * configured, keeps it undelivered (CAPTURED, shown on the Sent mail page as not delivered). While
 * a worker sends it, it is claimed until a lease ends, so other workers leave it alone and a
 * crashed worker's claim lapses. Each failed attempt waits longer before the next ({@link
 * Backoff}); after the last one it is FAILED and stays visible with its last error.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends TenantEntity {

  public enum Status {
    PENDING,
    SENT,
    CAPTURED,
    FAILED
  }

  static final int SUBJECT_MAX = 300;
  static final int ERROR_MAX = 500;

  @Column(name = "to_email")
  private String toEmail;

  @Column(name = "to_name")
  private String toName;

  private String language;
  private String template;
  private String subject;
  private String body;

  @Enumerated(EnumType.STRING)
  private Status status = Status.PENDING;

  private int attempts;

  @Column(name = "next_attempt_at")
  @Convert(converter = InstantConverter.class)
  private Instant nextAttemptAt;

  @Column(name = "claimed_until")
  @Convert(converter = InstantConverter.class)
  private Instant claimedUntil;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at")
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  @Column(name = "sent_at")
  @Convert(converter = InstantConverter.class)
  private Instant sentAt;

  @OneToMany(mappedBy = "mail", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<OutboxAttachment> attachments = new ArrayList<>();

  protected OutboxMail() {}

  /** Written by {@link OutboxRows} under this id, at the version a first insert gives. */
  void writtenAs(long id) {
    written(id, 1);
  }

  OutboxMail(
      String toEmail,
      String toName,
      String language,
      String template,
      String subject,
      String body,
      Instant now) {
    this.toEmail = toEmail;
    this.toName = toName;
    this.language = language;
    this.template = template;
    this.subject = cut(subject, SUBJECT_MAX);
    this.body = body;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** Adds the files in the given order; they are written with the mail. */
  void attach(List<MailAttachment> files) {
    for (MailAttachment file : files) {
      attachments.add(new OutboxAttachment(this, attachments.size(), file));
    }
  }

  /** Taken by one worker until {@code now + lease}; after that it is due again. */
  void claim(Instant now, Duration lease) {
    requirePending();
    claimedUntil = now.plus(lease);
  }

  /** Handed to the SMTP server. */
  void sent(Instant now) {
    requirePending();
    status = Status.SENT;
    sentAt = now;
    claimedUntil = null;
  }

  /** Kept, not delivered: there is no SMTP server to hand it to. */
  void captured(Instant now) {
    requirePending();
    status = Status.CAPTURED;
    sentAt = now;
    claimedUntil = null;
  }

  /** One more failed attempt: wait before the next one, or give up after the last. */
  void failed(String error, Instant now, Backoff backoff) {
    requirePending();
    attempts++;
    claimedUntil = null;
    lastError = cut(error, ERROR_MAX);
    if (backoff.exhausted(attempts)) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = backoff.nextAttempt(attempts, now);
    }
  }

  private void requirePending() {
    if (status != Status.PENDING) {
      throw new IllegalStateException("Mail " + getId() + " is already " + status);
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public String getToEmail() {
    return toEmail;
  }

  public String getToName() {
    return toName;
  }

  public String getLanguage() {
    return language;
  }

  public String getTemplate() {
    return template;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClaimedUntil() {
    return claimedUntil;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public List<OutboxAttachment> getAttachments() {
    return List.copyOf(attachments);
  }
}
