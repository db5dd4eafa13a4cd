/**
 * Collection (recouvrement) and accounting (001 §11; 000 "Financial Visibility"): overdue invoices,
 * reminders and late fees; the accounting exports (CSV, the French FEC, the Indian GSTR-1 summary);
 * the push of documents and payments to the tenant's accounting system (Zoho Books).
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>An invoice is overdue when it is issued, its due date is before today (in the tenant's time
 *       zone) and something is still due on it: its gross total less the payments allocated to it
 *       and the credit notes issued against it ({@link io.atrium.collection.Outstanding}). A
 *       corrected ("annule et remplace") invoice is never overdue.
 *   <li>A reminder has a level (friendly, formal, final) and is sent at most once per invoice and
 *       level (unique key), by hand (invoices:edit) or by the daily job when the tenant's "days
 *       after the due date" of that level is reached; the job sends one level per invoice and run,
 *       lowest first. The mail is queued through the outbox, in the language of the invoice (the
 *       buyer's), with the tenant's text of the level or the bundled one.
 *   <li>Late fees follow the tenant's billing settings: penalty = amount due × rate × days late /
 *       365, rounded half-up to the cent, plus the fixed recovery indemnity once per invoice (the
 *       €40 of L441-10, VAT tenants only). "Invoice late fees" issues a separate invoice through
 *       the invoicing core; a period of an invoice is billed once ({@code late_fee_billing} key).
 *   <li>Exports read only issued documents and recorded payments of the caller's centres
 *       (invoices:read), are streamed in batches, never loaded whole.
 *   <li>The accounting push never blocks issuing: issuing queues {@code accounting_sync} rows; a
 *       per-tenant job pushes them outside any business transaction and retries failures with
 *       exponential backoff; what failed is listed with "retry now".
 * </ol>
 *
 * <p>Words: relance → reminder (amiable → friendly, mise en demeure → final); pénalités de retard →
 * late penalties; indemnité forfaitaire de recouvrement → recovery indemnity; FEC → Fichier des
 * écritures comptables; écriture → entry; journal des ventes → sales journal (VE).
 *
 * <p>May call: shared, tenancy, identity, staff, directory, catalogue, invoicing, payments,
 * notifications, audit.
 */
package io.atrium.collection;
