package io.atrium.tenancy.manifest;

import io.atrium.tenancy.manifest.OfferManifest.Floor;
import io.atrium.tenancy.manifest.OfferManifest.Item;
import io.atrium.tenancy.manifest.OfferManifest.Space;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code floors} and {@code spaces}: names unique per centre, a plan beside the manifest, a
 * space's floor and catalogue item declared for its centre, a shape only on a floor and inside its
 * plan (points as fractions 0..1 of the image). {@code assets} is {@link AssetMapper}.
 */
final class PremisesMapper {

  /**
   * A plan's path beside the manifest: no way up or out of its folder. PNG only: the shared file
   * store recognises no SVG yet (the floor plan upload of the spaces module brings it).
   */
  static final Pattern PLAN = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*\\.png");

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private static final Pattern POINT =
      Pattern.compile("(0(\\.\\d+)?|1(\\.0+)?),(0(\\.\\d+)?|1(\\.0+)?)");
  private static final Set<String> STATUSES = Set.of("AVAILABLE", "OCCUPIED", "OUT_OF_SERVICE");

  private final List<String> centreCodes;
  private final ManifestFiles files;

  /**
   * @param files the files beside the manifest, or null when it has none
   */
  PremisesMapper(List<String> centreCodes, ManifestFiles files) {
    this.centreCodes = centreCodes;
    this.files = files;
  }

  List<Floor> floors(ManifestNode node) {
    List<Floor> floors = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ManifestNode entry : node.list()) {
      ManifestMap map = entry.map("centre", "name", "level", "plan");
      String centre = OfferValues.reference(map.get("centre"), centreCodes, "centre with the code");
      String name = OfferValues.text(map.get("name"), 60);
      if (!names.add(centre + "/" + name)) {
        throw map.get("name").problem("centre " + centre + " already has a floor named " + name);
      }
      ManifestNode planNode = map.get("plan");
      String plan =
          planNode.textOr(
              PLAN,
              "must be a .png file in the manifest's folder, such as plans/paris-1.png",
              null);
      floors.add(
          new Floor(
              centre,
              name,
              OfferValues.integer(map.get("level"), -10, 200, 0),
              plan,
              plan == null ? null : image(planNode, plan)));
    }
    return floors;
  }

  /** The plan's content, checked to be a PNG within the size limit; null without a folder. */
  private byte[] image(ManifestNode node, String plan) {
    if (files == null) {
      return null;
    }
    byte[] content =
        files
            .read(plan)
            .orElseThrow(() -> node.problem("no file " + plan + " beside the manifest"));
    if (content.length > ManifestFiles.MAX_BYTES) {
      throw node.problem("is larger than 2 MB");
    }
    if (content.length < 24 || !Arrays.equals(Arrays.copyOf(content, PNG.length), PNG)) {
      throw node.problem(plan + " is not a PNG image");
    }
    return content;
  }

  List<Space> spaces(ManifestNode node, List<Floor> floors, List<Item> items) {
    List<Space> spaces = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ManifestNode entry : node.list()) {
      ManifestMap map =
          entry.map(
              "centre",
              "floor",
              "kind",
              "name",
              "area",
              "capacity",
              "amenities",
              "item",
              "bookable",
              "openingHours",
              "status",
              "shape");
      String centre = OfferValues.reference(map.get("centre"), centreCodes, "centre with the code");
      String name = OfferValues.text(map.get("name"), 80);
      if (!names.add(centre + "/" + name)) {
        throw map.get("name").problem("centre " + centre + " already has a space named " + name);
      }
      String floor = null;
      if (map.get("floor").isPresent()) {
        floor =
            OfferValues.reference(
                map.get("floor"),
                floors.stream().filter(f -> f.centre().equals(centre)).map(Floor::name).toList(),
                "floor of " + centre + " named");
      }
      String item = null;
      if (map.get("item").isPresent()) {
        item =
            OfferValues.reference(
                map.get("item"),
                items.stream().filter(i -> i.centres().contains(centre)).map(Item::code).toList(),
                "catalogue item offered in " + centre + " with the code");
      }
      boolean bookable = map.get("bookable").bool(false);
      String hours = map.get("openingHours").textOr(null);
      if (hours != null) {
        try {
          OpeningHours.parse(hours);
        } catch (IllegalArgumentException e) {
          throw map.get("openingHours").problem(e.getMessage());
        }
      }
      spaces.add(
          new Space(
              centre,
              floor,
              OfferValues.oneOf(map.get("kind"), OfferValues.SPACE_KINDS, null),
              name,
              map.get("area").isPresent() ? OfferValues.amount(map.get("area"), false, 2) : null,
              OfferValues.integer(map.get("capacity"), 0, 10000, 1),
              OfferValues.textOrNull(map.get("amenities"), 500),
              item,
              bookable,
              hours,
              OfferValues.oneOf(map.get("status"), STATUSES, "AVAILABLE"),
              shape(map.get("shape"), floor)));
    }
    return spaces;
  }

  /** "x,y x,y x,y…": at least three points, each a fraction of the plan's width and height. */
  private static String shape(ManifestNode node, String floor) {
    if (!node.isPresent()) {
      return null;
    }
    if (floor == null) {
      throw node.problem("needs a floor: a shape is drawn on the floor's plan");
    }
    String[] points = node.text().split("\\s+");
    if (points.length < 3 || points.length > 100) {
      throw node.problem("must have 3 to 100 points \"x,y\"");
    }
    for (String point : points) {
      if (!POINT.matcher(point).matches()) {
        throw node.problem("\"" + point + "\" is not a point x,y with both between 0 and 1");
      }
    }
    return String.join(" ", points);
  }
}
