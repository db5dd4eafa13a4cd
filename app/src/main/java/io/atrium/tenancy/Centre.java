package io.atrium.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * A building the operator runs. Its short code (PAR1) prefixes human numbers; its time zone is the
 * one every instant of the centre is shown in; its tax registration decides VAT or GST.
 */
@Entity
public class Centre extends TenantEntity {

  private String code;
  private String name;

  @Column(name = "address_line")
  private String addressLine;

  @Column(name = "postal_code")
  private String postalCode;

  private String city;
  private String country;

  @Column(name = "time_zone")
  private String timeZone;

  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "tax_scheme")
  private TaxScheme taxScheme;

  @Column(name = "tax_rate")
  private BigDecimal taxRate;

  private String gstin;

  @Column(name = "gst_state_code")
  private String gstStateCode;

  @Column(name = "opening_hours")
  private String openingHours;

  private boolean active = true;

  protected Centre() {}

  public Centre(String code, String name, String country, String timeZone, String currency) {
    this.code = code;
    this.name = name;
    this.country = country;
    this.timeZone = timeZone;
    this.currency = currency;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /** Registers the centre for VAT at the given rate. */
  public void chargeVat(BigDecimal rate) {
    taxScheme = TaxScheme.VAT;
    taxRate = rate;
    gstin = null;
    gstStateCode = null;
  }

  /** Registers the centre for GST under the operator's GSTIN of the centre's state. */
  public void chargeGst(BigDecimal rate, String gstin, String stateCode) {
    taxScheme = TaxScheme.GST;
    taxRate = rate;
    this.gstin = gstin;
    this.gstStateCode = stateCode;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public void setAddressLine(String addressLine) {
    this.addressLine = addressLine;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getCountry() {
    return country;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getCurrency() {
    return currency;
  }

  public TaxScheme getTaxScheme() {
    return taxScheme;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public String getGstin() {
    return gstin;
  }

  public String getGstStateCode() {
    return gstStateCode;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public boolean isActive() {
    return active;
  }

  public String getLabel() {
    return code + " · " + name;
  }
}
