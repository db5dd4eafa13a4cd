package io.atrium.staff.web;

import io.atrium.shared.BusinessException;
import io.atrium.shared.Text;
import io.atrium.shared.web.PageErrors;
import io.atrium.staff.StaffAssignment;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffMembers;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * The "Ajouter un collaborateur" dialog of the staff list: profile, roles and centres; the new
 * person receives an activation e-mail.
 */
@Named
@RequestScoped
public class AddStaffBacking {

  @Inject StaffMembers staff;

  @Inject Tenants tenants;

  @Text(max = 120)
  private String fullName;

  @Text(max = 254)
  private String email;

  @Pattern(regexp = "\\+[1-9][0-9 ]{6,18}[0-9]", message = "{atrium.phone.invalid}")
  private String phone;

  private String language;
  private List<Long> roleIds = new ArrayList<>();
  private boolean allCentres;
  private List<Long> centreIds = new ArrayList<>();

  @PostConstruct
  void defaults() {
    language = tenants.current().map(Tenant::getDefaultLocale).orElse("en");
  }

  public void add() {
    var member = new StaffMember(fullName, email == null ? "" : email, language);
    member.setPhone(phone == null || phone.isBlank() ? null : phone.strip());
    try {
      staff.create(
          member,
          new StaffAssignment(new HashSet<>(roleIds), allCentres, new HashSet<>(centreIds)));
      Messages.addGlobalInfo("staff.added", member.getEmail());
      fullName = null;
      email = null;
      phone = null;
      roleIds = new ArrayList<>();
      allCentres = false;
      centreIds = new ArrayList<>();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "add");
    }
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
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

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public List<Long> getRoleIds() {
    return roleIds;
  }

  public void setRoleIds(List<Long> roleIds) {
    this.roleIds = roleIds;
  }

  public boolean isAllCentres() {
    return allCentres;
  }

  public void setAllCentres(boolean allCentres) {
    this.allCentres = allCentres;
  }

  public List<Long> getCentreIds() {
    return centreIds;
  }

  public void setCentreIds(List<Long> centreIds) {
    this.centreIds = centreIds;
  }
}
