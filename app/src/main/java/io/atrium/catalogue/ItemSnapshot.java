package io.atrium.catalogue;

import io.atrium.audit.Changes;
import io.atrium.tenancy.Centre;
import java.math.BigDecimal;
import java.util.TreeSet;

/** An item's audited fields before a change, to record what the change did. */
final class ItemSnapshot {

  private final String code;
  private final CatalogueItem.Kind kind;
  private final CatalogueItem.ServiceType serviceType;
  private final String nameEn;
  private final String nameFr;
  private final String descriptionEn;
  private final String descriptionFr;
  private final CatalogueItem.Unit unit;
  private final String vatCategory;
  private final String sacCode;
  private final BigDecimal taxRate;
  private final Boolean supplyAtProperty;
  private final String revenueAccount;
  private final java.math.BigDecimal creditHours;
  private final Boolean active;
  private final TreeSet<String> centres;

  /** The fields of this item, or none for an item about to be created. */
  ItemSnapshot(CatalogueItem item) {
    boolean none = item == null;
    code = none ? null : item.getCode();
    kind = none ? null : item.getKind();
    serviceType = none ? null : item.getServiceType();
    nameEn = none ? null : item.getNameEn();
    nameFr = none ? null : item.getNameFr();
    descriptionEn = none ? null : item.getDescriptionEn();
    descriptionFr = none ? null : item.getDescriptionFr();
    unit = none ? null : item.getUnit();
    vatCategory = none ? null : item.getVatCategory();
    sacCode = none ? null : item.getSacCode();
    taxRate = none ? null : item.getTaxRate();
    supplyAtProperty = none ? null : item.isSupplyAtProperty();
    revenueAccount = none ? null : item.getRevenueAccount();
    creditHours = none ? null : item.getCreditHours();
    active = none ? null : item.isActive();
    centres = none ? null : codes(item);
  }

  /** What changed from this snapshot to the item as it is now. */
  Changes changes(CatalogueItem after) {
    return Changes.of()
        .field("code", code, after.getCode())
        .field("kind", kind, after.getKind())
        .field("serviceType", serviceType, after.getServiceType())
        .field("nameEn", nameEn, after.getNameEn())
        .field("nameFr", nameFr, after.getNameFr())
        .field("descriptionEn", descriptionEn, after.getDescriptionEn())
        .field("descriptionFr", descriptionFr, after.getDescriptionFr())
        .field("unit", unit, after.getUnit())
        .field("vatCategory", vatCategory, after.getVatCategory())
        .field("sacCode", sacCode, after.getSacCode())
        .field("taxRate", plain(taxRate), plain(after.getTaxRate()))
        .field("supplyAtProperty", supplyAtProperty, after.isSupplyAtProperty())
        .field("revenueAccount", revenueAccount, after.getRevenueAccount())
        .field("creditHours", creditHours, after.getCreditHours())
        .field("active", active, after.isActive())
        .field("centres", centres, codes(after));
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  private static TreeSet<String> codes(CatalogueItem item) {
    TreeSet<String> codes = new TreeSet<>();
    item.getCentres().stream().map(Centre::getCode).forEach(codes::add);
    return codes;
  }
}
