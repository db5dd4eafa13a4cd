/**
 * Contracts (001 §6, §10; client space §1): a client company or on-demand member at a centre, its
 * main services and spaces, monthly options, commitment, notice, billing terms, deposit and payment
 * method.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Life cycle: DRAFT → SENT → SIGNED → ACTIVE → NOTICE_GIVEN → ENDED; CANCELLED from DRAFT or
 *       SENT. A signature is recorded by staff here: who signed, how and when, and who recorded it.
 *   <li>Lines are priced by the pricing service and kept as priced; a discount above the author's
 *       ceiling waits for approval before the contract can be sent.
 *   <li>A space is held by one signed contract at a time (exclusion constraint on space_hold); the
 *       space's status follows its contract.
 *   <li>Signing issues the deposit invoice and the first-month invoice in the same transaction.
 * </ol>
 *
 * <p>Decisions where the issue is silent:
 *
 * <ul>
 *   <li>A signature may be recorded on a draft as well as on a sent contract (signed in person
 *       without sending); never while its discount waits for approval or was rejected.
 *   <li>The invoices of a staff signature are dated the day it is recorded, on the centre's clock
 *       (the series' chronology forbids back-dating); the first period runs from the start date to
 *       the end of its month (or the end date), prorated by days used over days in the month, half
 *       up to the cent, whatever the billing timing; later periods are the billing run's.
 *   <li>A contract signed before its start is SIGNED (its spaces held) and becomes ACTIVE on its
 *       start date by {@link ContractDatesJob}, hourly on each centre's clock; a running contract
 *       whose end date has passed becomes ENDED the same way. "End" ends it today.
 *   <li>Notice: the end date becomes the later of the commitment's last day (start + commitment − 1
 *       day) and the notice day + notice months.
 *   <li>Rights: contracts:read to read, :create to make drafts, :edit to change a draft and move it
 *       through its life (send, sign, notice, end), :delete to cancel.
 *   <li>A space is OCCUPIED while an active contract holds it; AVAILABLE again when it ends (an
 *       OUT_OF_SERVICE space keeps its status).
 * </ul>
 *
 * <p>Words: contrat → contract; engagement → commitment; préavis → notice; dépôt de garantie →
 * deposit; options mensuelles → monthly options.
 *
 * <p>May call: shared, tenancy, identity, staff, directory, catalogue, spaces, pricing, approvals,
 * invoicing, consumptions, notifications, audit.
 */
package io.atrium.contracts;
