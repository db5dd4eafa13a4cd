/**
 * Notifications: telling people something, by e-mail and in the application's bell, for every other
 * capability.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A message is written in the same transaction as the change that causes it ({@link
 *       io.atrium.notifications.Notifications}, which requires a transaction): it exists exactly
 *       when the change commits, and a rollback leaves none.
 *   <li>Texts are rendered when the message is written, in the recipient's language (English or
 *       French), from {@code mail.<template>.subject/.body} and {@code
 *       notice.<template>.title/.body} with {@code {name}} placeholders; a missing template or
 *       parameter fails that transaction. A notice is rendered again when shown, in the language of
 *       the page showing it, days, times, numbers, amounts and words from the bundles (a ticket's
 *       status) included: they are kept as values ({@link io.atrium.notifications.NoticeValue}:
 *       instants with the zone of the centre they concern, decimals, bundle keys), never as text.
 *   <li>E-mails are delivered after commit by the {@link io.atrium.notifications.OutboxWorker}, a
 *       tenant job ({@code tenancy.jobs}) run on every server: nudged by the commit, and polling
 *       every {@code outbox.poll.seconds}. A failed attempt waits {@code
 *       outbox.retry.base.seconds}, doubled each time up to one hour; after {@code
 *       outbox.max.attempts} the mail is FAILED. Nothing is lost while the SMTP server is down.
 *   <li>Delivery is at least once and never concurrent: a worker claims a mail ({@code FOR UPDATE
 *       SKIP LOCKED}, then a {@code claimed_until} lease of five minutes) and commits, sends it
 *       with no transaction open, then records the outcome in a new transaction. No row lock or
 *       transaction is held while the SMTP server is talked to; a worker that dies mid-send leaves
 *       a claim that lapses with its lease, and the mail is sent then (perhaps twice).
 *   <li>With no {@code smtp.host} (try-it-out, embedded mode) mails are CAPTURED, not delivered,
 *       and shown so ("Not delivered: no SMTP server configured") on the Sent mail page, with their
 *       attachments to download, which staff with {@code settings:read} see.
 *   <li>The worker reads which tenants have mail due through {@code atrium_tenants_with_due_mail()}
 *       (ids only), then works each tenant in its own {@code runAsTenant}.
 *   <li>A mail may carry small generated files ({@link io.atrium.notifications.MailAttachment}, at
 *       most 1 MB each: a QR code, a calendar file), stored with it in the outbox so every attempt
 *       sends the same bytes, and sent as attachments after the text part.
 *   <li>A notice is read and marked read by its recipient only; another person's id is not found.
 *       It is pushed after commit to the recipient's open pages (OmniFaces socket, channel {@code
 *       notices}, user {@code tenant:kind:person}).
 *   <li>Every mail and notice about something leads to it: a notice stores the path of its page (a
 *       path of this site only, {@code /portal/ticket.xhtml?id=7}), and a mail about a page ({@link
 *       io.atrium.notifications.Mail#linkingTo}) gets its full address as {@code {link}}, built
 *       only from {@code PUBLIC_URL} ({@link io.atrium.notifications.SiteAddress}, which sign-in
 *       provides), never from a request's {@code Host}.
 * </ol>
 *
 * <p>States: {@code OutboxMail} PENDING → SENT | CAPTURED | FAILED; {@code Notification} unread →
 * read.
 *
 * <p>Words: Courriel envoyé → sent mail; Notification → {@code Notification} (a notice in the
 * bell); Boîte d'envoi → outbox.
 *
 * <p>May call: {@code tenancy}, {@code identity}, {@code shared}.
 */
package io.atrium.notifications;
