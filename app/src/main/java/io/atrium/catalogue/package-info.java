/**
 * The service catalogue (001 §16, "Création d'articles dans le catalogue de services"): the main
 * services, monthly options and consumptions a tenant sells, which centres offer each, and each
 * centre's effective-dated unit price. Bookings, quotes, contracts and invoices price from it
 * through the pricing capability.
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
