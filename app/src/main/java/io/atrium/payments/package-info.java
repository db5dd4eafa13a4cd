/**
 * Payments and collection (001 §7; client space §2; 000 Financial Visibility): payments received
 * (transfer, cheque, cash, card, SEPA direct debit) allocated to one or several invoices, partial
 * payments and credit, the payment gateway (built-in test gateway, Stripe-style HTTP adapter and
 * its webhook), the B2C payment journal, outstanding balances, reminders and late fees.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Payments and allocations are append-only; what a payment does not allocate is the payer's
 *       credit; refunds are credit notes.
 *   <li>An Idempotency-Key, or the gateway's payment id, makes a retried request or a webhook
 *       delivered again find the payment already recorded.
 *   <li>An invoice is unpaid, partially paid, paid or overdue as its allocations and due date say.
 *   <li>Credit is applied by allocating more of the payment that brought it (one more {@code
 *       payment_allocation} row): no CREDIT payment is written, so money is never counted twice and
 *       each euro can be traced to the day it was received.
 *   <li>Cash-register rule (CGI art. 286 I 3° bis): every payment from a private customer (a B2C
 *       payment: a member with no company) also enters the B2C payment journal in the same
 *       transaction: numbered without gaps per tenant, each row's SHA-256 footprint chained to the
 *       previous one, append-only in the database, closed with the periods. {@link
 *       io.atrium.payments.B2cJournal#firstBroken} verifies it. Keeping these payments apart is
 *       what lets the software be certified (NF525 or LNE) later.
 *   <li>Gateways ({@code gateway.PaymentGateway}) are chosen by {@code PAYMENT_GATEWAY}; their
 *       webhooks bind the tenant from the charge's metadata, trusted only once the signature holds,
 *       and apply a payment exactly once (unique gateway and gateway reference).
 *   <li>Outstanding balances are shown only to staff whose role may see balances, and to a
 *       company's members holding the company-documents right.
 *   <li>What a correction leaves paid on an invoice beyond what it still owes goes back to the
 *       payments that paid it, in the issuing transaction ({@link
 *       io.atrium.payments.CorrectionSettlement}): a credit note taking back more than was still
 *       due gives the excess back, latest payment first; a corrective invoice takes the payments of
 *       the one it replaces, up to its total, and gives back the rest. Giving back is one more
 *       allocation of the payment, negative: the money is the payer's credit again, applied like
 *       any credit, and an invoice's payments never exceed its total less its credit notes.
 * </ol>
 *
 * <p>May call: shared, tenancy, identity, staff, directory, invoicing, notifications, audit.
 */
package io.atrium.payments;
