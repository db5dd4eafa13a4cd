package io.atrium.staff.web;

import io.atrium.shared.BusinessException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.EntityParam;
import io.atrium.shared.web.PageErrors;
import io.atrium.staff.StaffAssignment;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffMembers;
import io.atrium.staff.StaffRole;
import io.atrium.staff.StaffRoles;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import io.atrium.tenancy.Tenants;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * A staff member's page ({@code staff/detail.xhtml?id=}): profile, roles, centres (or all) and
 * whether they may sign in. Someone the caller may not see is "not found", whoever's it is.
 */
@Named
@ViewScoped
public class StaffDetailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Formats formats;

  @Inject StaffMembers staff;

  @Inject StaffRoles staffRoles;

  @Inject Centres centreList;

  @Inject Tenants tenants;

  @Inject
  @Param(name = "id", converter = "#{staffMemberParam}")
  private StaffMember member;

  private List<StaffRole> roles;
  private List<Centre> centres;
  private List<Long> roleIds;
  private boolean active;
  private boolean allCentres;
  private List<Long> centreIds;
  private ZoneId zone;

  public void open() {
    show(EntityParam.required(member));
    roles = staffRoles.list();
    zone = tenants.current().map(t -> ZoneId.of(t.getTimeZone())).orElse(ZoneOffset.UTC);
    Set<Centre> options = new LinkedHashSet<>(centreList.visible());
    options.addAll(member.getCentres());
    centres = new ArrayList<>(options);
  }

  public void save() {
    if (active) {
      member.reactivate();
    } else {
      member.deactivate();
    }
    try {
      show(
          staff.update(
              member,
              new StaffAssignment(new HashSet<>(roleIds), allCentres, new HashSet<>(centreIds))));
      Messages.addGlobalInfo("staff.saved");
    } catch (BusinessException refused) {
      PageErrors.show(refused, "profile");
    }
  }

  private void show(StaffMember shown) {
    member = shown;
    active = shown.isActive();
    roleIds = new ArrayList<>(shown.getRoles().stream().map(StaffRole::getId).toList());
    allCentres = shown.isAllCentres();
    centreIds = new ArrayList<>(shown.getCentres().stream().map(Centre::getId).toList());
  }

  /** An instant on the operator's clock, in the page's language. */
  public String shown(Instant instant) {
    return formats.dateTime(instant, zone);
  }

  public StaffMember getMember() {
    return member;
  }

  public List<StaffRole> getRoles() {
    return roles;
  }

  public List<Centre> getCentres() {
    return centres;
  }

  public List<Long> getRoleIds() {
    return roleIds;
  }

  public void setRoleIds(List<Long> roleIds) {
    this.roleIds = roleIds;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
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
