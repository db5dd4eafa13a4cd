-- An attachment may be made when its mail is sent rather than when it is queued: an invoice's PDF,
-- so that a billing run issuing thousands of documents queues their mails without rendering
-- thousands of PDFs in its transactions. made_from names what makes it ("invoice:123"); the
-- content is stored at the first claim, so a retry sends the same bytes.
ALTER TABLE outbox_mail_attachment ALTER COLUMN content DROP NOT NULL;
ALTER TABLE outbox_mail_attachment ADD COLUMN made_from varchar(60);
ALTER TABLE outbox_mail_attachment ADD CONSTRAINT outbox_mail_attachment_content_or_maker
  CHECK (content IS NOT NULL OR made_from IS NOT NULL);
