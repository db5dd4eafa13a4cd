package io.atrium.tenancy;

import io.atrium.shared.InstantConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An operator: the company that runs coworking centres on Atrium. Its row is the registry entry,
 * readable by its own users and by the platform; its id is the {@code tenant_id} of everything it
 * owns. Life cycle: ACTIVE, then SUSPENDED by the platform (nobody of the tenant can sign in), and
 * back.
 */
@Entity
public class Tenant implements Serializable {

  public enum Status {
    ACTIVE,
    SUSPENDED
  }

  @Id private Long id;

  private String slug;

  @Column(name = "legal_name")
  private String legalName;

  @Column(name = "default_locale")
  private String defaultLocale;

  private String currency;

  @Column(name = "time_zone")
  private String timeZone;

  private String country;
  private String siren;
  private String siret;

  @Column(name = "vat_number")
  private String vatNumber;

  private String pan;

  @Column(name = "invoice_mentions")
  private String invoiceMentions;

  @Column(name = "logo_url")
  private String logoUrl;

  @Column(name = "primary_colour")
  private String primaryColour;

  @Enumerated(EnumType.STRING)
  private Status status = Status.ACTIVE;

  @Column(name = "created_at", insertable = false, updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  // Lazy: only registering a tenant writes them, while every page reads the tenant for its shell.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "tenant_gst_registration", joinColumns = @JoinColumn(name = "tenant_id"))
  @MapKeyColumn(name = "state_code")
  @Column(name = "gstin")
  private Map<String, String> gstins = new TreeMap<>();

  @Version private long version;

  protected Tenant() {}

  public Tenant(long id, String slug, String legalName) {
    this.id = id;
    this.slug = slug;
    this.legalName = legalName;
  }

  public void suspend() {
    status = Status.SUSPENDED;
  }

  public void reinstate() {
    status = Status.ACTIVE;
  }

  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  public Locale locale() {
    return Locale.forLanguageTag(defaultLocale);
  }

  public Currency currencyUnit() {
    return Currency.getInstance(currency);
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  public String getDefaultLocale() {
    return defaultLocale;
  }

  public void setDefaultLocale(String defaultLocale) {
    this.defaultLocale = defaultLocale;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getSiren() {
    return siren;
  }

  public void setSiren(String siren) {
    this.siren = siren;
  }

  public String getSiret() {
    return siret;
  }

  public void setSiret(String siret) {
    this.siret = siret;
  }

  public String getVatNumber() {
    return vatNumber;
  }

  public void setVatNumber(String vatNumber) {
    this.vatNumber = vatNumber;
  }

  public String getPan() {
    return pan;
  }

  public void setPan(String pan) {
    this.pan = pan;
  }

  public String getInvoiceMentions() {
    return invoiceMentions;
  }

  public void setInvoiceMentions(String invoiceMentions) {
    this.invoiceMentions = invoiceMentions;
  }

  public String getLogoUrl() {
    return logoUrl;
  }

  public void setLogoUrl(String logoUrl) {
    this.logoUrl = logoUrl;
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public void setPrimaryColour(String primaryColour) {
    this.primaryColour = primaryColour;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Map<String, String> getGstins() {
    return gstins;
  }
}
