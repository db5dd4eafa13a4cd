package io.atrium.spaces;

/** The spaces list's filters; null means any. */
public record SpaceSearch(Long centreId, Long floorId, Space.Kind kind, Space.Status status) {

  public static final SpaceSearch ALL = new SpaceSearch(null, null, null, null);
}
