/**
 * Spaces and floor plans (001 §8 "Planning des services / plan 2D"; 000 "Asset &amp; Inventory
 * View"): each centre's floors with their plan image, its spaces placed on the plan and coloured by
 * status, and the inventory of assets in each space.
 *
 * <p>Entities: {@link io.atrium.spaces.Space} (AVAILABLE, OCCUPIED, OUT_OF_SERVICE).
 *
 * <p>Words: espace / bureau / poste / salle → space; étage → floor; plan 2D → floor plan;
 * inventaire → inventory; équipement → asset.
 *
 * <p>May call: shared, tenancy, identity, catalogue, audit.
 */
package io.atrium.spaces;
