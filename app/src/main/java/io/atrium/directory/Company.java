package io.atrium.directory;

import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A client company (Entreprise): a prospect until it signs, then a client. Everything commercial
 * hangs from it: members, opportunities, contracts, invoices. Its home centre decides which
 * centre-limited staff see it. Archived companies leave the lists but keep their history.
 */
@Entity
public class Company extends TenantEntity {

  public enum Kind {
    PROSPECT,
    CLIENT
  }

  public enum Status {
    ACTIVE,
    ARCHIVED
  }

  private String name;

  @Enumerated(EnumType.STRING)
  private Kind kind = Kind.PROSPECT;

  private String siren;
  private String siret;

  @Column(name = "vat_number")
  private String vatNumber;

  private String gstin;
  private String email;
  private String phone;

  @Column(name = "billing_line")
  private String billingLine;

  @Column(name = "billing_postal_code")
  private String billingPostalCode;

  @Column(name = "billing_city")
  private String billingCity;

  @Column(name = "billing_country")
  private String billingCountry;

  @ManyToOne(optional = false)
  @JoinColumn(name = "home_centre_id")
  private Centre homeCentre;

  @ManyToOne
  @JoinColumn(name = "main_contact_id")
  private Member mainContact;

  @Enumerated(EnumType.STRING)
  private Status status = Status.ACTIVE;

  @Column(name = "created_at", insertable = false, updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  protected Company() {}

  public Company(String name, Kind kind, Centre homeCentre) {
    this.name = name;
    this.kind = kind;
    this.homeCentre = homeCentre;
  }

  /** The prospect signed: it becomes a client. */
  public void becomeClient() {
    kind = Kind.CLIENT;
  }

  public void archive() {
    status = Status.ARCHIVED;
  }

  public void restore() {
    status = Status.ACTIVE;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
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

  public String getGstin() {
    return gstin;
  }

  public void setGstin(String gstin) {
    this.gstin = gstin;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getBillingLine() {
    return billingLine;
  }

  public void setBillingLine(String billingLine) {
    this.billingLine = billingLine;
  }

  public String getBillingPostalCode() {
    return billingPostalCode;
  }

  public void setBillingPostalCode(String billingPostalCode) {
    this.billingPostalCode = billingPostalCode;
  }

  public String getBillingCity() {
    return billingCity;
  }

  public void setBillingCity(String billingCity) {
    this.billingCity = billingCity;
  }

  public String getBillingCountry() {
    return billingCountry;
  }

  public void setBillingCountry(String billingCountry) {
    this.billingCountry = billingCountry;
  }

  public Centre getHomeCentre() {
    return homeCentre;
  }

  public void setHomeCentre(Centre homeCentre) {
    this.homeCentre = homeCentre;
  }

  public Member getMainContact() {
    return mainContact;
  }

  public void setMainContact(Member mainContact) {
    this.mainContact = mainContact;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
