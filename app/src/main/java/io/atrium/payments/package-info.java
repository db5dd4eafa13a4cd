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
 * </ol>
 *
 * <p>May call: shared, tenancy, identity, staff, directory, invoicing, notifications, audit.
 */
package io.atrium.payments;
