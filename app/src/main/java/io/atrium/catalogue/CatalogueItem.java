package io.atrium.catalogue;

import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * An article of the service catalogue (001 §16): what the tenant sells, offered in some of its
 * centres, each with its own effective-dated unit price ({@link CataloguePrice}). Its tax category
 * travels with it: the VAT category and rate in France, the SAC code, GST rate and place-of-supply
 * rule in India; the centre's tax scheme says which applies.
 */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem extends TenantEntity {

  private static final long serialVersionUID = 1L;

  /** Main service, monthly option attached to a contract, or consumption sold by the unit. */
  public enum Kind {
    MAIN,
    OPTION,
    CONSUMPTION;

    public String getLabelKey() {
      return "catalogue.kind." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** The main services of the product documents; spaces and price grids refer to them. */
  public enum ServiceType {
    PRIVATE_OFFICE,
    DEDICATED_DESK,
    HOT_DESK,
    COWORKING,
    NOMAD,
    DOMICILIATION,
    MEETING_ROOM,
    DAY_PASS,
    PARKING,
    EVENT_SPACE;

    public String getLabelKey() {
      return "catalogue.service." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** What one unit price buys. */
  public enum Unit {
    MONTH,
    DAY,
    HOUR,
    HALF_DAY,
    UNIT,
    SQM;

    public String getLabelKey() {
      return "catalogue.unit." + name().toLowerCase(Locale.ROOT);
    }
  }

  private String code;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_type")
  private ServiceType serviceType;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_fr")
  private String nameFr;

  @Column(name = "description_en")
  private String descriptionEn;

  @Column(name = "description_fr")
  private String descriptionFr;

  @Enumerated(EnumType.STRING)
  private Unit unit;

  /** EN 16931 VAT category (S, E, AE, K, G, O, Z) for centres under VAT. */
  @Column(name = "vat_category")
  private String vatCategory;

  /** Services Accounting Code for centres under GST. */
  @Column(name = "sac_code")
  private String sacCode;

  @Column(name = "tax_rate")
  private BigDecimal taxRate;

  /**
   * GST: true when the place of supply is the property's location (IGST Act s.12(3)), so CGST +
   * SGST of the centre's state apply whoever the buyer is.
   */
  @Column(name = "supply_at_property")
  private boolean supplyAtProperty = true;

  @Column(name = "revenue_account")
  private String revenueAccount;

  /**
   * Hours of credits each unit grants a month (a contract option "10 meeting-room hours a month"):
   * an active contract's line of this item gives its holder quantity × these hours at its centre,
   * valid until the month's end. Null: none.
   */
  @Column(name = "credit_hours")
  private BigDecimal creditHours;

  private boolean active = true;

  @ManyToMany
  @JoinTable(
      name = "catalogue_item_centre",
      joinColumns = @JoinColumn(name = "item_id"),
      inverseJoinColumns = @JoinColumn(name = "centre_id"))
  private Set<Centre> centres = new LinkedHashSet<>();

  protected CatalogueItem() {}

  public CatalogueItem(String code, Kind kind, ServiceType serviceType, Unit unit) {
    this.code = code;
    this.kind = kind;
    this.serviceType = serviceType;
    this.unit = unit;
  }

  /** The name in the reader's language (French for {@code fr}, English otherwise). */
  public String name(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
  }

  public String description(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? descriptionFr : descriptionEn;
  }

  public boolean isOfferedIn(long centreId) {
    return centres.stream().anyMatch(c -> c.getId() == centreId);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public void setServiceType(ServiceType serviceType) {
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

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
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

  public Set<Centre> getCentres() {
    return centres;
  }
}
