package io.atrium.helpdesk;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Permission;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.staff.CentreStaff;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The helpdesk settings (package rule 8): reopen window, SLA targets per type, support managers per
 * centre, and who may be given a centre's tickets. Read by the other helpdesk services; changed
 * with settings:edit, within the caller's centres.
 */
@ApplicationScoped
public class SupportSettings {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject CentreStaff centreStaff;

  @Inject Caller caller;

  @Inject Centres centres;

  @Inject AuditTrail audit;

  /** The saved settings, or the defaults while none are saved. */
  @Transactional
  public HelpdeskSettings settings() {
    return em.createQuery("select s from HelpdeskSettings s", HelpdeskSettings.class)
        .getResultStream()
        .findFirst()
        .orElseGet(HelpdeskSettings::new);
  }

  @Transactional
  public int reopenDays() {
    return settings().getReopenDays();
  }

  /** The targets of every type, in the types' order; defaults where none is saved. */
  @Transactional
  public List<SlaTarget> targets() {
    Map<TicketType, SlaTarget> saved = saved();
    List<SlaTarget> all = new ArrayList<>();
    for (TicketType type : TicketType.values()) {
      all.add(saved.getOrDefault(type, SlaTarget.defaultFor(type)));
    }
    return all;
  }

  @Transactional
  public SlaTarget target(TicketType type) {
    return saved().getOrDefault(type, SlaTarget.defaultFor(type));
  }

  /**
   * Saves the reopen window, the SLA targets and each listed centre's support managers, together.
   *
   * @throws InvalidFieldsException for a window outside 1..90 days, a target out of bounds or a
   *     manager who does not work in the centre
   */
  @Transactional
  public void save(int reopenDays, List<SlaTarget> targets, Map<Long, List<Long>> managers) {
    caller.require(Area.SETTINGS, Action.EDIT);
    if (reopenDays < 1 || reopenDays > HelpdeskSettings.MAX_REOPEN_DAYS) {
      throw InvalidFieldsException.of("reopenDays", "helpdesk.settings.reopenDays.invalid");
    }
    for (SlaTarget target : targets) {
      if (!target.valid()) {
        throw InvalidFieldsException.of("targets", "helpdesk.settings.target.invalid");
      }
    }
    HelpdeskSettings settings = settings();
    Changes changes = Changes.of().field("reopenDays", settings.getReopenDays(), reopenDays);
    settings.setReopenDays(reopenDays);
    if (settings.getId() == null) {
      em.persist(settings);
    }
    Map<TicketType, SlaTarget> saved = saved();
    for (SlaTarget edited : targets) {
      SlaTarget row = saved.get(edited.getType());
      String field = "sla." + edited.getType().name();
      if (row == null) {
        changes.field(field, null, hours(edited));
        em.persist(
            new SlaTarget(
                edited.getType(), edited.getFirstResponseHours(), edited.getResolutionHours()));
      } else {
        changes.field(field, hours(row), hours(edited));
        row.takeHoursFrom(edited);
      }
    }
    if (!changes.isEmpty()) {
      audit.record("HelpdeskSettings", "tenant", "UPDATE", null, changes);
    }
    managers.forEach(this::chooseManagers);
  }

  /** The support managers of the centre, by name. */
  @Transactional
  public List<StaffMember> managers(long centreId) {
    return em.createQuery(
            "select m.staff from SupportManager m where m.centre.id = :centre"
                + " order by m.staff.fullName",
            StaffMember.class)
        .setParameter("centre", centreId)
        .getResultList();
  }

  /**
   * Makes exactly these staff members the centre's support managers.
   *
   * @throws InvalidFieldsException for someone who does not work in the centre or is inactive
   */
  @Transactional
  public void chooseManagers(long centreId, Collection<Long> staffIds) {
    caller.require(Area.SETTINGS, Action.EDIT);
    Centre centre = centres.get(centreId);
    Set<Long> wanted = Set.copyOf(staffIds);
    List<SupportManager> current =
        em.createQuery(
                "select m from SupportManager m where m.centre = :centre", SupportManager.class)
            .setParameter("centre", centre)
            .getResultList();
    Set<Long> before = current.stream().map(m -> m.getStaff().getId()).collect(Collectors.toSet());
    if (before.equals(wanted)) {
      return;
    }
    String namesBefore = names(current.stream().map(SupportManager::getStaff).toList());
    for (SupportManager manager : current) {
      if (!wanted.contains(manager.getStaff().getId())) {
        em.remove(manager);
      }
    }
    List<StaffMember> chosen = new ArrayList<>();
    for (Long id : wanted) {
      StaffMember staff = em.find(StaffMember.class, id);
      if (staff == null || !staff.isActive() || !staff.worksIn(centre)) {
        throw InvalidFieldsException.of("managers", "helpdesk.settings.manager.invalid");
      }
      chosen.add(staff);
      if (!before.contains(id)) {
        em.persist(new SupportManager(centre, staff));
      }
    }
    audit.record(
        "SupportManager",
        centre.getCode(),
        "UPDATE",
        centre.getId(),
        Changes.of().field("managers", namesBefore, names(chosen)));
  }

  /**
   * Who may be given the centre's tickets: active staff working there whose role lets them work on
   * tickets (tickets:edit): technicians, IT, housekeeping, community managers.
   */
  @Transactional
  public List<StaffMember> assignable(Centre centre) {
    Permission edit = Permission.of(Area.TICKETS, Action.EDIT);
    return staffOf(centre).stream()
        .filter(s -> s.getRoles().stream().anyMatch(r -> r.grants(edit)))
        .toList();
  }

  /** Active staff working in the centre, the candidates for support manager. */
  @Transactional
  public List<StaffMember> staffOf(Centre centre) {
    return centreStaff.activeIn(centre);
  }

  private Map<TicketType, SlaTarget> saved() {
    return em.createQuery("select t from SlaTarget t", SlaTarget.class).getResultList().stream()
        .collect(Collectors.toMap(SlaTarget::getType, Function.identity()));
  }

  private static String hours(SlaTarget target) {
    return target.getFirstResponseHours() + "h/" + target.getResolutionHours() + "h";
  }

  /** Staff members as the audit log names them: by full name, in order; none is null. */
  private static String names(Collection<StaffMember> staff) {
    return staff.isEmpty()
        ? null
        : staff.stream().map(StaffMember::getFullName).sorted().collect(Collectors.joining(", "));
  }
}
