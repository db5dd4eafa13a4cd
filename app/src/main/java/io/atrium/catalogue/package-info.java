/**
 * The service catalogue (001 §16, "Création d'articles dans le catalogue de services"): the main
 * services, monthly options and consumptions a tenant sells, which centres offer each, and each
 * centre's effective-dated unit price. Bookings, quotes, contracts and invoices price from it
 * through the pricing capability.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>An item has a code (capitals, digits, {@code -} and {@code _}, 2 to 20 characters, unique
 *       in the tenant; typed lower-case, it is saved in capitals), a kind, names in English and
 *       French (both required, 120 characters), optional descriptions (2,000), a unit, a tax
 *       category, an optional revenue account code ({@code [A-Za-z0-9.-]}, 20 characters), and is
 *       active or not.
 *   <li>A MAIN item names its service type (what spaces and price grids refer to); OPTION and
 *       CONSUMPTION items have none.
 *   <li>The tax category follows the scheme of the centres offering the item (of the tenant's
 *       centres while it is offered nowhere), and only that scheme's fields may be filled. VAT: an
 *       EN 16931 category and a French rate that fits it: S with 20, 10, 5.5 or 2.1 %; Z, E, AE, K,
 *       G and O with 0 %. GST: a SAC code of six digits starting with 99, a GST rate of 0, 5, 12,
 *       18 or 28 %, and whether the place of supply is the property (CGST + SGST of the centre's
 *       state) or the buyer's. Centres of both schemes cannot offer one item.
 *   <li>Staff read the catalogue with catalog:read, create items with catalog:create, change them
 *       and their prices with catalog:edit. Staff limited to some centres see the items offered in
 *       one of their centres or in none yet; any other item is "not found", like another tenant's.
 *       They choose only among their centres; an item's offering in centres they cannot see is kept
 *       as it was when they save it. A centre id they cannot see, in a path, a form or a body, is
 *       "not found".
 *   <li>Items are never deleted: an item no longer sold is made inactive and keeps its prices.
 *   <li>Prices are per centre, net of tax, at least 0 with at most 4 decimals, in the centre's
 *       currency (stored beside the amount), and effective-dated: the price on a day is the one
 *       with the latest start on or before it ({@link io.atrium.catalogue.CataloguePrices}). A new
 *       price starts today or later on the centre's clock, within two years; a past start would
 *       re-price what was already priced. A price set for a later day may be replaced by another
 *       from the same day (the row is removed and the new one written, audited as a replacement); a
 *       price already in force is never changed: the next one starts tomorrow at the earliest. Only
 *       centres offering the item take a price. An offered item without a price in force is shown
 *       as "no price", and the pricing service refuses to price it.
 *   <li>Creating and changing items and setting prices are recorded in the audit log with their
 *       actor; a price names its author and the moment it was set.
 * </ol>
 *
 * <p>Entities: {@link io.atrium.catalogue.CatalogueItem}, {@link
 * io.atrium.catalogue.CataloguePrice} (never changed once written).
 *
 * <p>Words: article / service principal → item of kind MAIN; option → OPTION; consommation →
 * CONSUMPTION; tarif → unit price; catégorie de TVA / code SAC → tax category.
 *
 * <p>May call: shared, tenancy, identity, audit.
 */
package io.atrium.catalogue;
