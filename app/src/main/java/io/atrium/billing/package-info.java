/**
 * The monthly billing run (001 §9–11): for a centre and a calendar month, every contract due is
 * billed (its main services and options, prorated by days for a partial month) with the payer's
 * unbilled consumptions up to the month's end, on one invoice per payer and centre (or one per
 * contract, as the billing settings say); a preview shows the same invoices, lines, discounts and
 * taxes before anything is written.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Which contracts: SIGNED, ACTIVE, NOTICE_GIVEN or ENDED whose days overlap the service
 *       period. Billed in advance: the service period is the run's month; in arrears: the month
 *       before it. A line's days are its own dates within the contract's; a partial month is
 *       prorated by calendar days, the unit price × days ÷ days of the month rounded half up to the
 *       cent, the rule written on the line.
 *   <li>A contract is billed once per service period: {@code contract_billing} (unique per contract
 *       and period start) is written in the same transaction as its invoice; a consumption once:
 *       its unique invoice line.
 *   <li>A run is one {@code billing_run} row and the list of its payers ({@code billing_run_payer},
 *       written when it opens), processed in chunks of payers, each its own transaction that bills
 *       them, advances the cursor (the last payer's id: company and member ids come from one
 *       sequence) and commits. A server holds a run under a lease renewed per chunk; a run whose
 *       server died is resumed from its cursor by another (or by "Resume").
 *   <li>A payer whose invoice cannot be issued (a mandatory fact missing) is reported and skipped;
 *       the run goes on.
 *   <li>Audit: the start and the end of a run (RUN_BILLING, with counts, amount and number range),
 *       and one entry per chunk (its counts), not one per invoice.
 * </ol>
 *
 * <p>Words: facturation mensuelle → billing run; prorata → proration; à échoir → in advance; à
 * terme échu → in arrears.
 *
 * <p>May call: shared, tenancy, identity, staff, directory, catalogue, contracts, consumptions,
 * invoicing, notifications, audit.
 */
package io.atrium.billing;
