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
 * <p>Words: contrat → contract; engagement → commitment; préavis → notice; dépôt de garantie →
 * deposit; options mensuelles → monthly options.
 *
 * <p>May call: shared, tenancy, identity, staff, directory, catalogue, spaces, pricing, approvals,
 * invoicing, consumptions, notifications, audit.
 */
package io.atrium.contracts;
