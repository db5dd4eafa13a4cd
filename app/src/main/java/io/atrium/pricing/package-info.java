/**
 * Pricing (001 §17 "Gestion du prix des bureaux"): each centre's reference price per m², price
 * grids by space kind, commitment length and service, discounts by staff status, the one pricing
 * service every priced document calls (a breakdown: base, grid adjustment, discount, net, tax per
 * rate, gross, rounding, each line with the rule that produced it), and price quotes saved from the
 * calculator, which go through discount approval above the author's role ceiling.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>The base of an item is its unit price in the centre on the period's first day (the latest
 *       effective on or before it, {@code CataloguePrices.on}); of a space, its item's price, or,
 *       when that item is sold by the m² or the space has none, the centre's reference price per m²
 *       times the space's area. The period's end is checked (not before its start) but the amount
 *       follows the quantity, not the days.
 *   <li>The grid is the active one assigned to the centre (at most one per centre). Its line is the
 *       most specific that matches (item and space kind, then item, then space kind, then any; an
 *       item quoted alone matches the space kind its service is sold as), and among those the
 *       longest commitment the requested one reaches (0, 3, 6, 12, 24 or 36 months). A coefficient
 *       multiplies the base; an amount is added per unit. Without a line the base stands.
 *   <li>The discount (0–100 %) applies to the price after the grid.
 *   <li>Every line is rounded to the currency's minor unit, half up; totals are sums of rounded
 *       lines. Tax is computed per rate on the sum of the net lines of that rate (EN 16931). VAT
 *       centres: one line per rate and category. GST centres: CGST + SGST at half the rate each
 *       when the item is supplied at the property or the buyer (the first two digits of its
 *       company's GSTIN) is in the centre's state or unknown; IGST at the full rate otherwise. The
 *       rounding line is the gross minus the exact computation rounded once.
 *   <li>What cannot be priced is refused naming the field: no centre, not exactly one of item and
 *       space, unknown commitment, no first day, an end before the start, a quantity not above
 *       zero, a discount outside 0–100, an inactive item, an item the centre does not offer, no
 *       price that day, a space of another centre, no area, no reference price, a grid taking the
 *       price below zero.
 *   <li>Staff read the rules and quotes with pricing:read, create grids and discounts with
 *       pricing:create and change them (reference prices too) with pricing:edit. Staff limited to
 *       some centres price, see and assign only their centres; a grid or discount assigned to other
 *       centres too keeps those. Any other centre, item, space, company, grid or discount id is
 *       "not found", like another tenant's.
 *   <li>A grid has a unique name, lines each with a commitment length and exactly one of a
 *       coefficient (above 0, at most 100) or an amount, no two lines for the same kind, item and
 *       length, and only centres no other grid holds. A discount has a unique name, a percentage
 *       above 0 and at most 100, a role and at least one centre; it is deactivated, never deleted.
 *   <li>A staff member's ceiling is the highest maximum discount among their roles; the discounts
 *       they may grant in a centre are the active ones of their roles offered there ({@link
 *       io.atrium.pricing.DiscountCeilings}).
 *   <li>Every change of a reference price, grid or discount is recorded in the audit log.
 * </ol>
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
