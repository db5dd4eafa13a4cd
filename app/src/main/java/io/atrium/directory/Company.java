package io.atrium.directory;

import io.atrium.shared.InstantConverter;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/**
 * A client company (Entreprise): a prospect until it signs, then a client. Everything commercial
 * hangs from it: members, opportunities, contracts, invoices. Its home centre decides which
 * centre-limited staff see it. Archived companies leave the lists but keep their history.
 *
 * <p>The constraints are the formats the tenant manifests accept (French SIREN, SIRET and VAT
 * number, Indian GSTIN, international phone numbers), checked by pages, the API and the services.
 */
@Entity
public class Company extends TenantEntity {

  public enum Kind {
    PROSPECT,
    CLIENT;

    public String getLabelKey() {
      return "company.kind." + name().toLowerCase(Locale.ROOT);
    }
  }

  public enum Status {
    ACTIVE,
    ARCHIVED;

    public String getLabelKey() {
      return "company.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  @NotBlank
  @Size(max = 200)
  @Text(max = 200)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  private Kind kind = Kind.PROSPECT;

  @Pattern(regexp = "\\d{9}", message = "{company.siren.invalid}")
  private String siren;

  @Pattern(regexp = "\\d{14}", message = "{company.siret.invalid}")
  private String siret;

  @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{2,13}", message = "{company.vatNumber.invalid}")
  @Column(name = "vat_number")
  private String vatNumber;

  @Pattern(
      regexp = "\\d{2}[A-Z]{5}\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]",
      message = "{company.gstin.invalid}")
  private String gstin;

  @Email
  @Size(max = 254)
  private String email;

  @Pattern(regexp = "\\+[1-9][0-9 ]{6,18}[0-9]", message = "{atrium.phone.invalid}")
  private String phone;

  @Size(max = 200)
  @Column(name = "billing_line")
  @Text(max = 200)
  private String billingLine;

  @Size(max = 20)
  @Column(name = "billing_postal_code")
  @Text(max = 20)
  private String billingPostalCode;

  @Size(max = 100)
  @Column(name = "billing_city")
  @Text(max = 100)
  private String billingCity;

  @Pattern(regexp = "[A-Z]{2}", message = "{atrium.country.invalid}")
  @Column(name = "billing_country")
  private String billingCountry;

  @NotNull
  @ManyToOne(optional = false)
  @JoinColumn(name = "home_centre_id")
  private Centre homeCentre;

  // Joined to the companies' own query: read apart, each contact took a statement, and read
  // in a batch each contact read its company again before the query had built it. A billing
  // run reads a thousand companies a chunk (B2 with contacts: preview 2.1 -> 1.2 s).
  @ManyToOne
  @JoinColumn(name = "main_contact_id")
  @JoinFetch(JoinFetchType.OUTER)
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

  /**
   * Copies what people edit on the company's form: name, kind, legal ids, contact details and
   * billing address. Never the centre, the main contact or the status, which have their own rules.
   */
  void takeDetailsFrom(Company edited) {
    if (kind == Kind.CLIENT && edited.kind == Kind.PROSPECT) {
      // A client has signed: its contracts and invoices would no longer match a prospect.
      throw InvalidFieldsException.of("kind", "company.kind.noReturn");
    }
    name = edited.name;
    kind = edited.kind;
    siren = edited.siren;
    siret = edited.siret;
    vatNumber = edited.vatNumber;
    gstin = edited.gstin;
    email = edited.email;
    phone = edited.phone;
    billingLine = edited.billingLine;
    billingPostalCode = edited.billingPostalCode;
    billingCity = edited.billingCity;
    billingCountry = edited.billingCountry;
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

  public boolean isArchived() {
    return status == Status.ARCHIVED;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
