package io.atrium.tenancy.manifest;

import io.atrium.tenancy.manifest.OfferManifest.Asset;
import io.atrium.tenancy.manifest.OfferManifest.Space;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code assets}: each in a declared space of its centre, serial numbers unique. */
final class AssetMapper {

  private static final Set<String> STATES = Set.of("IN_SERVICE", "IN_REPAIR", "BROKEN", "RETIRED");

  private final List<String> centreCodes;

  AssetMapper(List<String> centreCodes) {
    this.centreCodes = centreCodes;
  }

  List<Asset> assets(ManifestNode node, List<Space> spaces) {
    List<Asset> assets = new ArrayList<>();
    Set<String> serials = new HashSet<>();
    for (ManifestNode entry : node.list()) {
      ManifestMap map =
          entry.map("centre", "space", "type", "label", "serial", "state", "acquired");
      String centre = OfferValues.reference(map.get("centre"), centreCodes, "centre with the code");
      String space =
          OfferValues.reference(
              map.get("space"),
              spaces.stream().filter(s -> s.centre().equals(centre)).map(Space::name).toList(),
              "space of " + centre + " named");
      String serial = OfferValues.textOrNull(map.get("serial"), 80);
      if (serial != null && !serials.add(serial)) {
        throw map.get("serial").problem("another asset already has the serial number " + serial);
      }
      assets.add(
          new Asset(
              centre,
              space,
              OfferValues.text(map.get("type"), 40),
              OfferValues.text(map.get("label"), 120),
              serial,
              OfferValues.oneOf(map.get("state"), STATES, "IN_SERVICE"),
              OfferValues.dayOrNull(map.get("acquired"))));
    }
    return assets;
  }
}
