package io.atrium.staff.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.i18n.Texts;
import io.atrium.shared.web.PageErrors;
import io.atrium.staff.RoleRights;
import io.atrium.staff.StaffRoles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Staff → Droits: the rights matrix (areas × each role's five actions) and each role's discount
 * ceiling and balance visibility; Save applies everything in one transaction. Read-only without
 * {@code staff:edit}; the access-denied page without {@code staff:read}.
 */
@Named
@ViewScoped
public class RightsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<Area> AREAS = List.of(Area.values());
  private static final List<Action> ACTIONS = List.of(Action.values());

  @Inject StaffRoles staffRoles;

  @Inject Caller caller;

  /** By role id, in the order the page shows them (by name, as it was opened). */
  private final Map<Long, RoleRow> rows = new LinkedHashMap<>();

  private String newRoleName;

  public void open() throws IOException {
    try {
      ResourceBundle texts = Texts.bundle(Faces.getLocale());
      staffRoles
          .list()
          .forEach(
              role ->
                  rows.put(
                      role.getId(),
                      new RoleRow(
                          role,
                          role.getNameKey() == null
                              ? role.getName()
                              : texts.getString(role.getNameKey()))));
    } catch (ForbiddenException e) {
      Faces.responseSendError(403, e.messageKey());
    }
  }

  public void save() {
    Map<Long, RoleRights> matrix = new LinkedHashMap<>();
    rows.forEach((id, row) -> matrix.put(id, row.rights()));
    PageErrors.run(() -> staffRoles.saveMatrix(matrix), "rights.saved", "rights");
  }

  /** Adds an empty role, then reloads the page (its columns are built once per view). */
  public void createRole() throws IOException {
    try {
      staffRoles.create(newRoleName);
    } catch (BusinessException refused) {
      PageErrors.show(refused, "newRole");
      return;
    }
    Messages.addFlashGlobalInfo("rights.role.created", newRoleName.strip());
    Faces.redirect(Faces.getRequestURI());
  }

  public boolean isEditable() {
    return caller.can("staff:edit");
  }

  /** The ticks of the role with this id, as the save reads them. */
  public Map<String, Boolean> ticks(long roleId) {
    return rows.get(roleId).getTicks();
  }

  public List<RoleRow> getRoles() {
    return List.copyOf(rows.values());
  }

  /** The column header's icon for an action (its name is the icon's tooltip). */
  public String icon(Action action) {
    return switch (action) {
      case READ -> "pi pi-eye";
      case CREATE -> "pi pi-plus";
      case EDIT -> "pi pi-pencil";
      case DELETE -> "pi pi-trash";
      case APPROVE -> "pi pi-check-circle";
    };
  }

  public List<Area> getAreas() {
    return AREAS;
  }

  public List<Action> getActions() {
    return ACTIONS;
  }

  public String getNewRoleName() {
    return newRoleName;
  }

  public void setNewRoleName(String newRoleName) {
    this.newRoleName = newRoleName;
  }
}
