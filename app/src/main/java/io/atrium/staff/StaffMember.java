package io.atrium.staff;

import io.atrium.identity.Account;
import io.atrium.identity.LoginState;
import io.atrium.shared.InstantConverter;
import io.atrium.shared.Text;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A collaborator of the operator with access to the back office. Works in some centres or in all of
 * them; holds one or more roles. Deactivated staff cannot sign in but stay in the history.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends TenantEntity implements Account {

  /**
   * Where a staff member stands: INVITED from being added until they set their password through the
   * activation link, then ACTIVE; DEACTIVATED once their access is closed.
   */
  public enum Status {
    INVITED,
    ACTIVE,
    DEACTIVATED;

    public String getLabelKey() {
      return "staff.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Column(name = "full_name")
  @Text(max = 120)
  private String fullName;

  @Text(max = 254)
  private String email;

  @Pattern(regexp = "\\+[1-9][0-9 ]{6,18}[0-9]", message = "{atrium.phone.invalid}")
  private String phone;

  private String language;

  @Column(name = "all_centres")
  private boolean allCentres;

  private boolean active = true;

  @Embedded private LoginState login = new LoginState();

  @Column(name = "created_at", insertable = false, updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  @ManyToMany
  @JoinTable(
      name = "staff_member_role",
      joinColumns = @JoinColumn(name = "staff_id"),
      inverseJoinColumns = @JoinColumn(name = "role_id"))
  private Set<StaffRole> roles = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "staff_member_centre",
      joinColumns = @JoinColumn(name = "staff_id"),
      inverseJoinColumns = @JoinColumn(name = "centre_id"))
  private Set<Centre> centres = new HashSet<>();

  protected StaffMember() {}

  public StaffMember(String fullName, String email, String language) {
    this.fullName = fullName;
    this.email = email.trim().toLowerCase();
    this.language = language;
  }

  @Override
  public boolean mayLogIn() {
    return active;
  }

  /** Whether this person works in the centre (or in every centre). */
  public boolean worksIn(Centre centre) {
    return allCentres || centres.contains(centre);
  }

  public void workInAllCentres() {
    allCentres = true;
    centres.clear();
  }

  public void workIn(Set<Centre> limitedTo) {
    allCentres = false;
    centres.clear();
    centres.addAll(limitedTo);
  }

  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
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

  public boolean isAllCentres() {
    return allCentres;
  }

  public boolean isActive() {
    return active;
  }

  /** Not "active" before they have a password: nobody has signed in as them yet. */
  public Status getStatus() {
    if (!active) {
      return Status.DEACTIVATED;
    }
    return login.hasPassword() ? Status.ACTIVE : Status.INVITED;
  }

  @Override
  public LoginState getLogin() {
    return login;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /**
   * How far this person may discount without approval: the highest ceiling among their roles (one
   * role granting it is enough, as for every other right), zero without roles.
   */
  public BigDecimal discountCeiling() {
    return roles.stream()
        .map(StaffRole::getMaxDiscountPercent)
        .filter(percent -> percent != null)
        .max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }

  public Set<StaffRole> getRoles() {
    return roles;
  }

  public Set<Centre> getCentres() {
    return centres;
  }
}
