package io.atrium.tenancy.manifest;

import io.atrium.tenancy.manifest.OfferManifest.Discount;
import io.atrium.tenancy.manifest.OfferManifest.Grid;
import io.atrium.tenancy.manifest.OfferManifest.GridLine;
import io.atrium.tenancy.manifest.OfferManifest.Pricing;
import io.atrium.tenancy.manifest.OfferManifest.ReferencePrice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code pricing}: one reference price per centre, grids with a commitment length and exactly
 * one of a coefficient or an amount on every line, a centre in one grid at most, discounts of
 * declared roles.
 */
final class PricingMapper {

  private static final Set<String> COMMITMENTS = Set.of("0", "3", "6", "12", "24", "36");

  private final Set<String> centreCodes;

  PricingMapper(Set<String> centreCodes) {
    this.centreCodes = centreCodes;
  }

  Pricing pricing(ManifestNode node, Set<String> itemCodes, Set<String> roleNames) {
    if (!node.isPresent()) {
      return OfferManifest.NONE.pricing();
    }
    ManifestMap map = node.map("referencePrices", "grids", "discounts");
    List<ReferencePrice> references = new ArrayList<>();
    Set<String> priced = new HashSet<>();
    for (ManifestNode entry : map.get("referencePrices").list()) {
      ManifestMap price = entry.map("centre", "perSqm");
      String centre =
          OfferValues.reference(price.get("centre"), centreCodes, "centre with the code");
      if (!priced.add(centre)) {
        throw price.get("centre").problem("already has a reference price");
      }
      references.add(new ReferencePrice(centre, OfferValues.amount(price.get("perSqm"), true, 2)));
    }
    List<Grid> grids = new ArrayList<>();
    Set<String> gridCentres = new HashSet<>();
    for (ManifestNode entry : map.get("grids").list()) {
      grids.add(grid(entry, itemCodes, gridCentres));
    }
    List<Discount> discounts = new ArrayList<>();
    for (ManifestNode entry : map.get("discounts").list()) {
      ManifestMap discount = entry.map("name", "percent", "role", "active", "centres");
      BigDecimal percent = Values.percent(discount.get("percent"), null);
      if (percent.signum() == 0) {
        throw discount.get("percent").problem("must be above 0");
      }
      discounts.add(
          new Discount(
              OfferValues.text(discount.get("name"), 80),
              percent,
              OfferValues.reference(discount.get("role"), roleNames, "role named"),
              discount.get("active").bool(true),
              OfferValues.centres(discount.get("centres"), centreCodes)));
    }
    return new Pricing(references, grids, discounts);
  }

  private Grid grid(ManifestNode entry, Set<String> itemCodes, Set<String> gridCentres) {
    ManifestMap map = entry.map("name", "active", "centres", "lines");
    List<String> centres = OfferValues.centres(map.get("centres"), centreCodes);
    for (int i = 0; i < centres.size(); i++) {
      if (!gridCentres.add(centres.get(i))) {
        throw map.get("centres").list().get(i).problem("already has a grid: a centre has one");
      }
    }
    List<GridLine> lines = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (ManifestNode line : map.get("lines").list()) {
      ManifestMap l = line.map("spaceKind", "item", "commitment", "coefficient", "amount");
      String kind =
          l.get("spaceKind").isPresent()
              ? OfferValues.oneOf(l.get("spaceKind"), OfferValues.SPACE_KINDS, null)
              : null;
      String item =
          l.get("item").isPresent()
              ? OfferValues.reference(l.get("item"), itemCodes, "item with the code")
              : null;
      ManifestNode commitment = l.get("commitment");
      if (!commitment.isPresent()) {
        throw commitment.problem("is required: 0, 3, 6, 12, 24 or 36 months");
      }
      int months = Integer.parseInt(OfferValues.oneOf(commitment, COMMITMENTS, null));
      if (l.get("coefficient").isPresent() == l.get("amount").isPresent()) {
        throw line.problem("needs exactly one of coefficient and amount");
      }
      BigDecimal coefficient =
          l.get("coefficient").isPresent()
              ? OfferValues.amount(l.get("coefficient"), false, 4)
              : null;
      BigDecimal amount = l.get("amount").isPresent() ? l.get("amount").decimal() : null;
      if (!keys.add(kind + "|" + item + "|" + months)) {
        throw line.problem("the grid already has a line for this kind, item and commitment");
      }
      lines.add(new GridLine(kind, item, months, coefficient, amount));
    }
    return new Grid(
        OfferValues.text(map.get("name"), 80), map.get("active").bool(true), centres, lines);
  }
}
