package io.atrium.helpdesk.web;

import io.atrium.helpdesk.HelpdeskSettings;
import io.atrium.helpdesk.SlaTarget;
import io.atrium.helpdesk.SupportSettings;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * Helpdesk → Settings (settings:edit): the reopen window, the SLA targets per type and the support
 * managers of each centre.
 */
@Named
@ViewScoped
public class HelpdeskSettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SupportSettings settings;

  @Inject Centres centres;

  @Inject Caller caller;

  private int reopenDays;
  private List<SlaTarget> targets;
  private List<Centre> centreChoices;
  private final Map<Long, List<StaffMember>> staff = new HashMap<>();
  private final Map<Long, ManagerChoice> managers = new HashMap<>();

  /**
   * One centre's chosen support managers. A typed property, not a map entry: bound to a map entry,
   * Faces cannot see the list type and stores an array, which the service cannot read.
   */
  public static class ManagerChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Long> staffIds;

    ManagerChoice(List<Long> staffIds) {
      this.staffIds = new ArrayList<>(staffIds);
    }

    public List<Long> getStaffIds() {
      return staffIds;
    }

    public void setStaffIds(List<Long> staffIds) {
      this.staffIds = staffIds == null ? new ArrayList<>() : new ArrayList<>(staffIds);
    }
  }

  public void open() {
    caller.require(Area.SETTINGS, Action.EDIT);
    HelpdeskSettings saved = settings.settings();
    reopenDays = saved.getReopenDays();
    targets = new ArrayList<>(settings.targets());
    centreChoices = centres.visible();
    for (Centre centre : centreChoices) {
      staff.put(centre.getId(), settings.staffOf(centre));
      managers.put(
          centre.getId(),
          new ManagerChoice(
              settings.managers(centre.getId()).stream().map(StaffMember::getId).toList()));
    }
  }

  public void save() {
    try {
      Map<Long, List<Long>> chosen = new HashMap<>();
      managers.forEach((centre, choice) -> chosen.put(centre, choice.getStaffIds()));
      settings.save(reopenDays, targets, chosen);
      Messages.addGlobalInfo("helpdesk.settings.saved");
    } catch (BusinessException refused) {
      PageErrors.show(refused, "settingsForm");
    }
  }

  public int getReopenDays() {
    return reopenDays;
  }

  public void setReopenDays(int reopenDays) {
    this.reopenDays = reopenDays;
  }

  public List<SlaTarget> getTargets() {
    return targets;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public Map<Long, List<StaffMember>> getStaff() {
    return staff;
  }

  public Map<Long, ManagerChoice> getManagers() {
    return managers;
  }
}
