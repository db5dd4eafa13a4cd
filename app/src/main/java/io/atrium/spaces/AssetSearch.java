package io.atrium.spaces;

import java.io.Serializable;

/**
 * The inventory list's filters: centre, space, type, state and a text found in the label or serial
 * number; null means any.
 */
public record AssetSearch(Long centreId, Long spaceId, String type, Asset.State state, String text)
    implements Serializable {

  public static final AssetSearch ALL = new AssetSearch(null, null, null, null, null);
}
