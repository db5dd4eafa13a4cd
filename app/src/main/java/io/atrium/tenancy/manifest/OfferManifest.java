package io.atrium.tenancy.manifest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an operator offers, as its manifest declares it (issue 12): the catalogue with its prices
 * per centre, the floors and spaces of each centre, their assets, and the pricing rules. Kinds,
 * units and states are the names of the entities' enums, checked by {@link OfferMapper} and {@link
 * PremisesMapper}; every reference (centre, item, floor, space, role) was declared.
 */
public record OfferManifest(
    List<Item> catalogue,
    List<Floor> floors,
    List<Space> spaces,
    List<Asset> assets,
    Pricing pricing) {

  public static final OfferManifest NONE =
      new OfferManifest(
          List.of(), List.of(), List.of(), List.of(), new Pricing(List.of(), List.of(), List.of()));

  public OfferManifest {
    catalogue = List.copyOf(catalogue);
    floors = List.copyOf(floors);
    spaces = List.copyOf(spaces);
    assets = List.copyOf(assets);
  }

  /**
   * @param serviceType for a MAIN item only
   * @param vatCategory for centres charging VAT, else null
   * @param sacCode for centres charging GST, else null
   */
  public record Item(
      String code,
      String kind,
      String serviceType,
      String nameEn,
      String nameFr,
      String descriptionEn,
      String descriptionFr,
      String unit,
      String vatCategory,
      String sacCode,
      BigDecimal taxRate,
      boolean supplyAtProperty,
      String revenueAccount,
      boolean active,
      List<String> centres,
      List<Price> prices) {}

  /** A unit price, net of tax in the centre's currency, from a day on. */
  public record Price(String centre, LocalDate from, BigDecimal price) {}

  /**
   * @param plan the plan image's path relative to the manifest's folder, or null
   * @param planImage its content (a PNG), or null when there is none or no folder to read it from
   */
  public record Floor(String centre, String name, int level, String plan, byte[] planImage) {

    /** Equal when read from equal files: the image by content. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Floor f
          && centre.equals(f.centre)
          && name.equals(f.name)
          && level == f.level
          && Objects.equals(plan, f.plan)
          && Arrays.equals(planImage, f.planImage);
    }

    @Override
    public int hashCode() {
      return Objects.hash(centre, name, level, plan, Arrays.hashCode(planImage));
    }

    @Override
    public String toString() {
      return "Floor[" + centre + " " + name + " " + level + " " + plan + "]";
    }
  }

  public record Space(
      String centre,
      String floor,
      String kind,
      String name,
      BigDecimal areaSqm,
      int capacity,
      String amenities,
      String item,
      boolean bookable,
      String openingHours,
      String status,
      String shape) {}

  public record Asset(
      String centre,
      String space,
      String type,
      String label,
      String serial,
      String state,
      LocalDate acquired) {}

  public record Pricing(
      List<ReferencePrice> referencePrices, List<Grid> grids, List<Discount> discounts) {
    public Pricing {
      referencePrices = List.copyOf(referencePrices);
      grids = List.copyOf(grids);
      discounts = List.copyOf(discounts);
    }
  }

  /** A centre's reference price per m² and month. */
  public record ReferencePrice(String centre, BigDecimal perSqm) {}

  public record Grid(String name, boolean active, List<String> centres, List<GridLine> lines) {}

  /** Exactly one of spaceKind and item may be null (both null: every kind); one of the numbers. */
  public record GridLine(
      String spaceKind, String item, int commitment, BigDecimal coefficient, BigDecimal amount) {}

  public record Discount(
      String name, BigDecimal percent, String role, boolean active, List<String> centres) {}
}
