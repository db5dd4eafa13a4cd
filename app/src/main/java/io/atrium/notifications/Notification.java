package io.atrium.notifications;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notice in one person's bell, rendered in their language when it was created. Unread until the
 * person opens it or marks all read; only its recipient may do either.
 */
@Entity
@Table(name = "notification")
public class Notification extends TenantEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_kind")
  private AtriumPrincipal.Kind recipientKind;

  @Column(name = "recipient_id")
  private long recipientId;

  private String title;
  private String body;
  private String link;

  @Column(name = "created_at")
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  @Column(name = "read_at")
  @Convert(converter = InstantConverter.class)
  private Instant readAt;

  protected Notification() {}

  Notification(
      AtriumPrincipal.Kind recipientKind,
      long recipientId,
      String title,
      String body,
      String link,
      Instant now) {
    this.recipientKind = recipientKind;
    this.recipientId = recipientId;
    this.title = title;
    this.body = body;
    this.link = link;
    this.createdAt = now;
  }

  public boolean isFor(AtriumPrincipal person) {
    return person.kind() == recipientKind && person.personId() == recipientId;
  }

  /** Idempotent: the first reading time stays. */
  void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public boolean isUnread() {
    return readAt == null;
  }

  public AtriumPrincipal.Kind getRecipientKind() {
    return recipientKind;
  }

  public long getRecipientId() {
    return recipientId;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
