package io.atrium.staff.web;

import io.atrium.shared.ForbiddenException;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffMembers;
import io.atrium.staff.StaffRole;
import io.atrium.staff.StaffRoles;
import io.atrium.staff.StaffSearch;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;

/**
 * Staff → Collaborateurs: the staff the caller may see, searched by name or e-mail and filtered by
 * role, centre and status. People without {@code staff:read} get the access-denied page.
 */
@Named
@ViewScoped
public class StaffListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffMembers staff;

  @Inject StaffRoles staffRoles;

  @Inject Centres centreList;

  private StaffRows rows;
  private List<StaffRole> roles;
  private List<Centre> centres;
  private String text;
  private Long roleId;
  private Long centreId;
  private String status = "active";

  public void open() throws IOException {
    try {
      roles = staffRoles.list();
    } catch (ForbiddenException e) {
      Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, e.messageKey());
      return;
    }
    centres = centreList.visible();
    rows = new StaffRows(staff);
    search();
  }

  public void search() {
    Boolean active = status == null || status.isEmpty() ? null : "active".equals(status);
    rows.search(new StaffSearch(text, roleId, centreId, active));
  }

  public LazyDataModel<StaffMember> getRows() {
    return rows;
  }

  public List<StaffRole> getRoles() {
    return roles;
  }

  public List<Centre> getCentres() {
    return centres;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getRoleId() {
    return roleId;
  }

  public void setRoleId(Long roleId) {
    this.roleId = roleId;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  /** "active", "inactive", or empty for both. */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
