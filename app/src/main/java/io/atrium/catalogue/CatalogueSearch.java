package io.atrium.catalogue;

import java.io.Serializable;

/**
 * What the catalogue list asks for: items offered in a centre, of a kind, sold or not, whose code
 * or name contains a text. Unset filters are ignored.
 */
public record CatalogueSearch(Long centreId, CatalogueItem.Kind kind, Boolean active, String text)
    implements Serializable {

  public static final CatalogueSearch ALL = new CatalogueSearch(null, null, null, null);
}
