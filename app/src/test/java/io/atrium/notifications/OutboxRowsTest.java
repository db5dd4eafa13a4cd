package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.testing.MappedColumns;
import org.junit.jupiter.api.Test;

/**
 * The set-based writer names every column the outbox entities map: a field added to {@link
 * OutboxMail} or {@link OutboxAttachment} and not to {@link OutboxRows} would be left empty on
 * every mail a billing run queues.
 */
class OutboxRowsTest {

  @Test
  void mailRowsWriteEveryColumnAMailMaps() {
    assertEquals(MappedColumns.of(OutboxMail.class), MappedColumns.written(OutboxRows.MAIL));
  }

  @Test
  void attachmentRowsWriteEveryColumnAnAttachmentMaps() {
    assertEquals(
        MappedColumns.of(OutboxAttachment.class), MappedColumns.written(OutboxRows.ATTACHMENT));
  }
}
