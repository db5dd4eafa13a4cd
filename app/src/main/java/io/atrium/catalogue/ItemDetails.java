package io.atrium.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What staff type in an item's form: its code, kind, names and descriptions in both languages,
 * unit, tax category, revenue account, whether it is sold, and the centres offering it. Pages bind
 * to it and the API fills it; {@link ItemRules} checks it whole.
 */
public class ItemDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private CatalogueItem.Kind kind;
  private CatalogueItem.ServiceType serviceType;
  private String nameEn;
  private String nameFr;
  private String descriptionEn;
  private String descriptionFr;
  private CatalogueItem.Unit unit;
  private String vatCategory;
  private String sacCode;
  private BigDecimal taxRate;
  private boolean supplyAtProperty = true;
  private String revenueAccount;
  private BigDecimal creditHours;
  private boolean active = true;
  private Set<Long> centreIds = new LinkedHashSet<>();

  public ItemDetails() {}

  /** The form of an existing item, to edit it; its centres as the caller may see them. */
  public static ItemDetails of(CatalogueItem item) {
    ItemDetails details = new ItemDetails();
    details.code = item.getCode();
    details.kind = item.getKind();
    details.serviceType = item.getServiceType();
    details.nameEn = item.getNameEn();
    details.nameFr = item.getNameFr();
    details.descriptionEn = item.getDescriptionEn();
    details.descriptionFr = item.getDescriptionFr();
    details.unit = item.getUnit();
    details.vatCategory = item.getVatCategory();
    details.sacCode = item.getSacCode();
    details.taxRate = item.getTaxRate();
    details.supplyAtProperty = item.isSupplyAtProperty();
    details.revenueAccount = item.getRevenueAccount();
    details.creditHours = item.getCreditHours();
    details.active = item.isActive();
    item.getCentres().forEach(c -> details.centreIds.add(c.getId()));
    return details;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CatalogueItem.Kind getKind() {
    return kind;
  }

  public void setKind(CatalogueItem.Kind kind) {
    this.kind = kind;
  }

  public CatalogueItem.ServiceType getServiceType() {
    return serviceType;
  }

  public void setServiceType(CatalogueItem.ServiceType serviceType) {
    this.serviceType = serviceType;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameFr() {
    return nameFr;
  }

  public void setNameFr(String nameFr) {
    this.nameFr = nameFr;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn;
  }

  public String getDescriptionFr() {
    return descriptionFr;
  }

  public void setDescriptionFr(String descriptionFr) {
    this.descriptionFr = descriptionFr;
  }

  public CatalogueItem.Unit getUnit() {
    return unit;
  }

  public void setUnit(CatalogueItem.Unit unit) {
    this.unit = unit;
  }

  public String getVatCategory() {
    return vatCategory;
  }

  public void setVatCategory(String vatCategory) {
    this.vatCategory = vatCategory;
  }

  public String getSacCode() {
    return sacCode;
  }

  public void setSacCode(String sacCode) {
    this.sacCode = sacCode;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public void setTaxRate(BigDecimal taxRate) {
    this.taxRate = taxRate;
  }

  public boolean isSupplyAtProperty() {
    return supplyAtProperty;
  }

  public void setSupplyAtProperty(boolean supplyAtProperty) {
    this.supplyAtProperty = supplyAtProperty;
  }

  public String getRevenueAccount() {
    return revenueAccount;
  }

  public void setRevenueAccount(String revenueAccount) {
    this.revenueAccount = revenueAccount;
  }

  /** Hours of credits a unit grants each month; null: none. */
  public BigDecimal getCreditHours() {
    return creditHours;
  }

  public void setCreditHours(BigDecimal creditHours) {
    this.creditHours = creditHours;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Set<Long> getCentreIds() {
    return centreIds;
  }

  public void setCentreIds(Set<Long> centreIds) {
    this.centreIds = centreIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(centreIds);
  }
}
