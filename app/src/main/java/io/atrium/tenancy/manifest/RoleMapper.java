package io.atrium.tenancy.manifest;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code roles}. A permission is written {@code area:action}, {@code area:*} (every action on
 * the area) or {@code *} (everything); only the canonical lower-case spelling is accepted, so that
 * manifests read like the database.
 */
final class RoleMapper {

  private RoleMapper() {}

  static List<RoleManifest> roles(ManifestNode node) {
    List<RoleManifest> roles = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ManifestNode item : node.list()) {
      ManifestMap map = item.map("name", "maxDiscountPercent", "maySeeBalances", "permissions");
      String name = map.get("name").text();
      if (!names.add(name)) {
        throw map.get("name").problem("another role is already named \"" + name + "\"");
      }
      roles.add(
          new RoleManifest(
              name,
              Values.percent(map.get("maxDiscountPercent"), BigDecimal.ZERO),
              map.get("maySeeBalances").bool(false),
              permissions(map.get("permissions"))));
    }
    return roles;
  }

  private static List<Permission> permissions(ManifestNode node) {
    if (!node.isPresent()) {
      throw node.problem("is required (a list of area:action, area:* or \"*\")");
    }
    Set<Permission> granted = new HashSet<>();
    for (ManifestNode item : node.list()) {
      try {
        granted.addAll(expand(item.text()));
      } catch (IllegalArgumentException e) {
        throw item.problem(e.getMessage());
      }
    }
    // In matrix order, so that two manifests granting the same rights give equal records.
    return Permission.ALL.stream().filter(granted::contains).toList();
  }

  /**
   * @throws IllegalArgumentException saying which part is unknown
   */
  static List<Permission> expand(String text) {
    if ("*".equals(text)) {
      return Permission.ALL;
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a permission; write area:action, area:* or \"*\"");
    }
    Area area = area(text, text.substring(0, colon));
    String action = text.substring(colon + 1);
    if ("*".equals(action)) {
      return Arrays.stream(Action.values()).map(a -> Permission.of(area, a)).toList();
    }
    Permission permission;
    try {
      permission = Permission.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "\"" + text + "\": unknown action \"" + action + "\"; use " + actionKeys() + " or *");
    }
    if (!permission.key().equals(text)) {
      throw new IllegalArgumentException("write \"" + text + "\" as " + permission.key());
    }
    return List.of(permission);
  }

  private static Area area(String text, String key) {
    for (Area area : Area.values()) {
      if (area.key().equals(key)) {
        return area;
      }
    }
    throw new IllegalArgumentException(
        "\"" + text + "\": unknown area \"" + key + "\"; use " + areaKeys());
  }

  private static String areaKeys() {
    return Arrays.stream(Area.values()).map(Area::key).collect(Collectors.joining(", "));
  }

  private static String actionKeys() {
    return Arrays.stream(Action.values()).map(Action::key).collect(Collectors.joining(", "));
  }
}
