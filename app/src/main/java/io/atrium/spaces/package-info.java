/**
 * Spaces and floor plans (001 §8 "Planning des services / plan 2D"; 000 "Asset &amp; Inventory
 * View"): each centre's floors with their plan image, its spaces placed on the plan and coloured by
 * status, and the inventory of assets in each space.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A floor belongs to one centre, with a name unique in it (whatever the case) and a level
 *       from -10 to 200. It may carry a plan image: a PNG or an SVG read whole by its content
 *       (never its name or claimed type), within the upload limit; its pixel size is read from the
 *       image (PNG header; SVG width and height, else its viewBox) and scales the outlines.
 *   <li>SVG is a document that can run scripts, so only passive drawings are kept ({@link
 *       io.atrium.spaces.SafeSvg}): no DOCTYPE with declarations, entities or processing
 *       instructions; no {@code script}, {@code foreignObject}, {@code iframe}, {@code embed},
 *       {@code object}, {@code handler} or XHTML element; no {@code on…} attribute; no reference
 *       outside the file ({@code href} other than {@code #…} or an embedded PNG/JPEG/GIF/WebP,
 *       {@code url(…)} other than {@code url(#…)}, {@code @import}, {@code javascript:}). Plans are
 *       served only to staff who may see the centre, with their real type, {@code nosniff} and a
 *       Content-Security-Policy that allows no script, no fetch and sandboxes the document.
 *   <li>A space belongs to one centre (for good) and optionally to one of its floors; it has a
 *       kind, a name unique in the centre (whatever the case), an area in m² (over 0, at most two
 *       decimals, optional for spaces such as parking spots), a capacity from 0 to 10,000 desks or
 *       seats, amenities from a fixed list ({@link io.atrium.spaces.Amenity}), optionally the
 *       active catalogue item that prices it (one the centre offers), a status, and opening hours
 *       in the centres' syntax ({@code Mo-Fr 08:00-20:00}), required when it is bookable.
 *   <li>Status: AVAILABLE, OCCUPIED (held by a contract: set by hand until contracts set it),
 *       OUT_OF_SERVICE (by hand). The floor plan colours each status and names it in the label.
 *   <li>Staff read floors and spaces with catalog:read in their centres, create them with
 *       catalog:create, change them (plans and outlines included) with catalog:edit. A floor,
 *       space, centre or catalogue item the caller cannot see is "not found" (404), like another
 *       tenant's, whether its id came in a path, a body or a form; nothing is written.
 *   <li>An outline is a polygon of 3 to 50 points "x,y x,y …", fractions 0..1 of the plan's width
 *       and height, at most 4 decimals kept; only a space on a floor has one. The editor saves the
 *       outlines of a floor at once, and one bad outline refuses them all.
 *   <li>Every creation and change of a floor, a plan, a space or an outline is in the audit log.
 * </ol>
 *
 * <p>Entities: {@link io.atrium.spaces.Floor}, {@link io.atrium.spaces.Space} (AVAILABLE, OCCUPIED,
 * OUT_OF_SERVICE).
 *
 * <p>Words: espace / bureau / poste / salle → space; étage → floor; plan 2D → floor plan;
 * inventaire → inventory; équipement → asset; contour → outline ({@code shape}); prestations →
 * amenities.
 *
 * <p>May call: shared, tenancy, identity, catalogue, audit.
 */
package io.atrium.spaces;
