/**
 * Pricing (001 §17 "Gestion du prix des bureaux"): each centre's reference price per m², price
 * grids by space kind, commitment length and service, discounts by staff status, the one pricing
 * service every priced document calls (a breakdown: base, grid adjustment, discount, net, tax per
 * rate, gross, rounding, each line with the rule that produced it), and price quotes saved from the
 * calculator, which go through discount approval above the author's role ceiling.
 *
 * <p>Entities: {@link io.atrium.pricing.CentrePricing}, {@link io.atrium.pricing.PriceGrid} with
 * its {@link io.atrium.pricing.PriceGridLine}s, {@link io.atrium.pricing.StaffDiscount}, {@link
 * io.atrium.pricing.PriceQuote} (CONFIRMED, or PENDING_APPROVAL → CONFIRMED | REJECTED).
 *
 * <p>Words: prix par centre → centre pricing; grille tarifaire → price grid; durée d'engagement →
 * commitment (months); réduction / remise → discount; plafond → ceiling; tarificateur → pricing
 * calculator; proposition tarifaire → price quote.
 *
 * <p>May call: shared, tenancy, identity, staff, directory, catalogue, spaces, approvals,
 * notifications, audit.
 */
package io.atrium.pricing;
