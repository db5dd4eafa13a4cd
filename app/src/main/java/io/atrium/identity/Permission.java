package io.atrium.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One cell of the rights matrix: an action on an area, written {@code area:action} (for example
 * {@code companies:edit}) in the database, manifests and tokens.
 */
public record Permission(Area area, Action action) {

  public static final List<Permission> ALL = all();

  public static Permission of(Area area, Action action) {
    return new Permission(area, action);
  }

  /**
   * Reads {@code area:action}.
   *
   * @throws IllegalArgumentException when either part is not a known area or action
   */
  public static Permission parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("Not a permission (area:action): " + text);
    }
    return new Permission(
        Area.fromKey(text.substring(0, colon).trim()),
        Action.fromKey(text.substring(colon + 1).trim()));
  }

  public String key() {
    return area.key() + ":" + action.key();
  }

  @Override
  public String toString() {
    return key();
  }

  private static List<Permission> all() {
    List<Permission> all = new ArrayList<>();
    for (Area area : Area.values()) {
      for (Action action : Action.values()) {
        all.add(new Permission(area, action));
      }
    }
    return Collections.unmodifiableList(all);
  }
}
