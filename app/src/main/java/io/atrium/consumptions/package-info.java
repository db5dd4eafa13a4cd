/**
 * Consumptions (001 §10, §11): what a company or member used, by the unit (prints, drinks, a
 * booking), at a centre; billed once, by the monthly billing run or on demand ("Générer une
 * facture" on the selected ones).
 *
 * <p>Rules: a consumption is on at most one invoice (a unique index on its invoice line); a billed
 * one cannot be changed or removed; its price is the catalogue's on the day it was consumed unless
 * staff typed one.
 *
 * <p>A consumption's contract is checked as a row, not through its module, which calls this one (a
 * contract's tab of consumptions).
 *
 * <p>May call: shared, tenancy, identity, staff, directory, catalogue, invoicing, audit.
 */
package io.atrium.consumptions;
