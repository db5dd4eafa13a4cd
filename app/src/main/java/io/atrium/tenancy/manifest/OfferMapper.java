package io.atrium.tenancy.manifest;

import io.atrium.tenancy.manifest.CentreManifest.TaxScheme;
import io.atrium.tenancy.manifest.OfferManifest.Item;
import io.atrium.tenancy.manifest.OfferManifest.Price;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code catalogue}: item codes unique, a service type exactly for main items, the tax key of
 * each centre's scheme (vatCategory for VAT, sacCode for GST), prices only in the item's centres
 * and never negative. {@code pricing} is {@link PricingMapper}.
 */
final class OfferMapper {

  static final Pattern ITEM_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,19}");
  private static final Pattern SAC = Pattern.compile("[0-9]{6}");
  private static final Set<String> KINDS = Set.of("MAIN", "OPTION", "CONSUMPTION");
  private static final Set<String> SERVICES =
      Set.of(
          "PRIVATE_OFFICE",
          "DEDICATED_DESK",
          "HOT_DESK",
          "COWORKING",
          "NOMAD",
          "DOMICILIATION",
          "MEETING_ROOM",
          "DAY_PASS",
          "PARKING",
          "EVENT_SPACE");
  private static final Set<String> UNITS =
      Set.of("MONTH", "DAY", "HOUR", "HALF_DAY", "UNIT", "SQM");
  private static final Set<String> VAT_CATEGORIES = Set.of("S", "E", "AE", "K", "G", "O", "Z");

  private final Map<String, TaxScheme> schemes = new HashMap<>();

  OfferMapper(List<CentreManifest> centres) {
    centres.forEach(c -> schemes.put(c.code(), c.tax().scheme()));
  }

  List<Item> catalogue(ManifestNode node) {
    List<Item> items = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (ManifestNode entry : node.list()) {
      ManifestMap map =
          entry.map(
              "code",
              "kind",
              "serviceType",
              "nameEn",
              "nameFr",
              "descriptionEn",
              "descriptionFr",
              "unit",
              "vatCategory",
              "sacCode",
              "taxRate",
              "supplyAtProperty",
              "revenueAccount",
              "active",
              "centres",
              "prices");
      String code =
          map.get("code").text(ITEM_CODE, "must be 2 to 20 upper-case letters, digits, _ or -");
      if (!codes.add(code)) {
        throw map.get("code").problem("another item already has the code " + code);
      }
      String kind = OfferValues.oneOf(map.get("kind"), KINDS, null);
      ManifestNode service = map.get("serviceType");
      if (kind.equals("MAIN") != service.isPresent()) {
        throw service.problem(
            kind.equals("MAIN") ? "is required for a MAIN item" : "is only for MAIN items");
      }
      List<String> centres = OfferValues.centres(map.get("centres"), schemes.keySet());
      String vat = taxKey(map.get("vatCategory"), centres, TaxScheme.VAT);
      String sac = taxKey(map.get("sacCode"), centres, TaxScheme.GST);
      if (vat != null && !VAT_CATEGORIES.contains(vat)) {
        throw map.get("vatCategory").problem("must be one of S, E, AE, K, G, O, Z");
      }
      if (sac != null && !SAC.matcher(sac).matches()) {
        throw map.get("sacCode").problem("must be a six-digit SAC code such as 997212");
      }
      items.add(
          new Item(
              code,
              kind,
              service.isPresent() ? OfferValues.oneOf(service, SERVICES, null) : null,
              OfferValues.text(map.get("nameEn"), 120),
              OfferValues.text(map.get("nameFr"), 120),
              OfferValues.textOrNull(map.get("descriptionEn"), 2000),
              OfferValues.textOrNull(map.get("descriptionFr"), 2000),
              OfferValues.oneOf(map.get("unit"), UNITS, null),
              vat,
              sac,
              Values.percent(map.get("taxRate"), null),
              map.get("supplyAtProperty").bool(true),
              OfferValues.textOrNull(map.get("revenueAccount"), 20),
              map.get("active").bool(true),
              centres,
              prices(map.get("prices"), centres)));
    }
    return items;
  }

  /** The key the item's centres' scheme needs, refused where no centre of that scheme sells it. */
  private String taxKey(ManifestNode node, List<String> centres, TaxScheme scheme) {
    boolean needed = centres.stream().anyMatch(c -> schemes.get(c) == scheme);
    if (needed && !node.isPresent()) {
      throw node.problem("is required: the item is sold in a centre charging " + scheme);
    }
    if (!needed && node.isPresent()) {
      throw node.problem("is only for items sold in a centre charging " + scheme);
    }
    return node.textOr(null);
  }

  private static List<Price> prices(ManifestNode node, List<String> centres) {
    List<Price> prices = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ManifestNode entry : node.list()) {
      ManifestMap map = entry.map("centre", "from", "price");
      String centre =
          OfferValues.reference(map.get("centre"), centres, "centre among the item's centres:");
      Price price =
          new Price(
              centre,
              OfferValues.day(map.get("from")),
              OfferValues.amount(map.get("price"), true, 4));
      if (!seen.add(centre + "@" + price.from())) {
        throw map.get("from").problem("the item already has a price from this day in " + centre);
      }
      prices.add(price);
    }
    return prices;
  }
}
