package io.atrium.notifications;

/**
 * Makes the bytes of an attachment queued as "made when sent" ({@link MailAttachment#madeFrom}),
 * inside the claiming transaction of the mail's tenant. The module that owns the document
 * implements it (the invoices' PDF), so the outbox knows no document.
 */
public interface AttachmentMaker {

  /** True when {@code source} (e.g. {@code invoice:123}) is this maker's. */
  boolean makes(String source);

  /** The bytes, at most {@link MailAttachment#MAX_BYTES}. */
  byte[] make(String source);
}
