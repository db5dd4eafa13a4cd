package io.atrium.directory;

import io.atrium.identity.Account;
import io.atrium.identity.ClientRight;
import io.atrium.identity.CompanyRole;
import io.atrium.identity.LoginState;
import io.atrium.shared.InstantConverter;
import io.atrium.shared.Text;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;

/**
 * A person of a client company (membre, utilisateur) with a company role, or an on-demand user with
 * no company (walk-ins, day-pass buyers). Life cycle: INVITED when created; ACTIVE once they set
 * their password from the activation e-mail; DISABLED when the operator closes their access.
 */
@Entity
public class Member extends TenantEntity implements Account {

  public enum Status {
    INVITED,
    ACTIVE,
    DISABLED;

    public String getLabelKey() {
      return "member.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne
  @JoinColumn(name = "company_id")
  private Company company;

  @Enumerated(EnumType.STRING)
  @Column(name = "company_role")
  private CompanyRole companyRole;

  @NotBlank
  @Size(max = 120)
  @Column(name = "full_name")
  @Text(max = 120)
  private String fullName;

  @NotBlank
  @Email
  @Size(max = 254)
  @Text(max = 254)
  private String email;

  @Pattern(regexp = "\\+[1-9][0-9 ]{6,18}[0-9]", message = "{atrium.phone.invalid}")
  private String phone;

  @Pattern(regexp = "en|fr", message = "{atrium.language.invalid}")
  private String language;

  @ManyToOne(optional = false)
  @JoinColumn(name = "home_centre_id")
  private Centre homeCentre;

  @Enumerated(EnumType.STRING)
  private Status status = Status.INVITED;

  @Embedded private LoginState login = new LoginState();

  @Column(name = "created_at", insertable = false, updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  protected Member() {}

  /** A member of a company, in the company's home centre. */
  public Member(Company company, CompanyRole role, String fullName, String email, String lang) {
    this(company.getHomeCentre(), fullName, email, lang);
    this.company = company;
    this.companyRole = role;
  }

  /** An on-demand user, with no company. */
  public Member(Centre homeCentre, String fullName, String email, String language) {
    this.homeCentre = homeCentre;
    this.fullName = fullName;
    this.email = email.trim().toLowerCase();
    this.language = language;
  }

  /** Copies what people edit on the member's form: name, e-mail, phone and language. */
  void takeDetailsFrom(Member edited) {
    setFullName(edited.fullName);
    setEmail(edited.email);
    phone = edited.phone;
    language = edited.language;
  }

  /** Follows the company to its new home centre, so the member is seen where the company is. */
  void moveTo(Centre centre) {
    homeCentre = centre;
  }

  @Override
  public boolean mayLogIn() {
    return status == Status.ACTIVE;
  }

  public boolean onDemand() {
    return company == null;
  }

  /** On-demand users act for themselves, with the rights of a plain user. */
  public boolean may(ClientRight right) {
    return (companyRole == null ? CompanyRole.USER : companyRole).may(right);
  }

  /** Setting the first password from the activation link opens the client space. */
  public void activate(String passwordHash) {
    if (status == Status.DISABLED) {
      throw new IllegalStateException("A disabled member cannot be activated");
    }
    login.changePassword(passwordHash);
    status = Status.ACTIVE;
  }

  public void disable() {
    status = Status.DISABLED;
  }

  public void enable() {
    status = login.hasPassword() ? Status.ACTIVE : Status.INVITED;
  }

  public Company getCompany() {
    return company;
  }

  public CompanyRole getCompanyRole() {
    return companyRole;
  }

  public void setCompanyRole(CompanyRole companyRole) {
    if (company == null && companyRole != null) {
      throw new IllegalStateException("An on-demand user has no company role");
    }
    this.companyRole = companyRole;
  }

  @Override
  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  @Override
  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? null : email.trim().toLowerCase();
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  @Override
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Centre getHomeCentre() {
    return homeCentre;
  }

  public Status getStatus() {
    return status;
  }

  @Override
  public LoginState getLogin() {
    return login;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
