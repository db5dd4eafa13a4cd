package io.atrium.notifications;

import static io.atrium.shared.database.SetInsert.column;

import io.atrium.shared.database.SetInsert;
import io.atrium.shared.database.SetInsert.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes many queued mails and their attachments in two statements ({@link SetInsert}): a billing
 * run's chunk queues a thousand, which the persistence context flushed row by row. OutboxRowsTest
 * holds the column lists to the entities.
 */
@ApplicationScoped
class OutboxRows {

  static final List<Column<OutboxMail>> MAIL =
      List.of(
          column("id", "bigint", OutboxMail::getId),
          column("to_email", "text", OutboxMail::getToEmail),
          column("to_name", "text", OutboxMail::getToName),
          column("language", "text", OutboxMail::getLanguage),
          column("template", "text", OutboxMail::getTemplate),
          column("subject", "text", OutboxMail::getSubject),
          column("body", "text", OutboxMail::getBody),
          column("status", "text", OutboxMail::getStatus),
          column("attempts", "integer", OutboxMail::getAttempts),
          column("next_attempt_at", "timestamptz", OutboxMail::getNextAttemptAt),
          column("claimed_until", "timestamptz", OutboxMail::getClaimedUntil),
          column("last_error", "text", OutboxMail::getLastError),
          column("created_at", "timestamptz", OutboxMail::getCreatedAt),
          column("sent_at", "timestamptz", OutboxMail::getSentAt));

  static final List<Column<OutboxAttachment>> ATTACHMENT =
      List.of(
          column("id", "bigint", OutboxAttachment::getId),
          column("mail_id", "bigint", a -> a.getMail().getId()),
          column("position", "integer", OutboxAttachment::getPosition),
          column("file_name", "text", OutboxAttachment::getFileName),
          column("content_type", "text", OutboxAttachment::getContentType),
          column("content", "bytea", a -> a.awaitsContent() ? null : a.getContent()),
          column("made_from", "text", OutboxAttachment::getMadeFrom));

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Inserts mails never saved, with their attachments, in the caller's transaction. */
  void insert(List<OutboxMail> mails) {
    List<OutboxAttachment> attachments = new ArrayList<>();
    mails.forEach(m -> attachments.addAll(m.getAttachments()));
    Connection connection = em.unwrap(Connection.class);
    try {
      Iterator<Long> ids = SetInsert.ids(connection, mails.size() + attachments.size()).iterator();
      mails.forEach(m -> m.writtenAs(ids.next()));
      attachments.forEach(a -> a.writtenAs(ids.next()));
      SetInsert.insert(connection, "outbox_mail", MAIL, mails);
      SetInsert.insert(connection, "outbox_mail_attachment", ATTACHMENT, attachments);
    } catch (SQLException e) {
      throw new IllegalStateException("Queuing the mails failed: " + e.getMessage(), e);
    }
  }
}
