package io.atrium.staff;

import io.atrium.identity.Action;
import io.atrium.identity.ActivationRequested;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.CentreScope;
import io.atrium.identity.Permission;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The tenant's staff members ("Collaborateurs"), as far as the caller's centres reach. */
@ApplicationScoped
public class StaffMembers {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> LANGUAGES = Set.of("en", "fr");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject StaffGuard guard;

  @Inject Event<ActivationRequested> activation;

  @Inject StaffAudit audit;

  /** One page of the staff the caller may see, by name. */
  @Transactional
  public List<StaffMember> list(StaffSearch search, int first, int size) {
    caller.require(Area.STAFF, Action.READ);
    var query = StaffQuery.of(search, caller.centres());
    TypedQuery<StaffMember> typed =
        em.createQuery(
            "select s from StaffMember s" + query.where() + " order by lower(s.fullName), s.id",
            StaffMember.class);
    query.bind(typed);
    List<StaffMember> page =
        typed
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(size, 100)))
            .getResultList();
    page.forEach(StaffMembers::load);
    return page;
  }

  @Transactional
  public long count(StaffSearch search) {
    caller.require(Area.STAFF, Action.READ);
    var query = StaffQuery.of(search, caller.centres());
    TypedQuery<Long> typed =
        em.createQuery("select count(s) from StaffMember s" + query.where(), Long.class);
    query.bind(typed);
    return typed.getSingleResult();
  }

  /**
   * A staff member the caller may see, with roles and centres.
   *
   * @throws NotFoundException when absent, another tenant's, or outside the caller's centres
   */
  @Transactional
  public StaffMember get(long id) {
    caller.require(Area.STAFF, Action.READ);
    StaffMember staff = visible(id);
    load(staff);
    return staff;
  }

  /**
   * Adds a staff member and e-mails them an activation link.
   *
   * @throws InvalidFieldsException naming each wrong field: fullName, email, language, roles,
   *     centres
   */
  @Transactional
  public StaffMember create(StaffMember staff, StaffAssignment assignment) {
    caller.require(Area.STAFF, Action.CREATE);
    Map<String, String> errors = new LinkedHashMap<>();
    checkProfile(staff, null, errors);
    assign(staff, assignment, errors);
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    em.persist(staff);
    audit.staff(staff, "CREATE", Map.of());
    activation.fire(new ActivationRequested(AtriumPrincipal.Kind.STAFF, staff.getId()));
    return staff;
  }

  /**
   * Saves the profile (name, e-mail, phone, language), roles, centres and active flag of a staff
   * member as edited from {@link #get}; the login state is never taken from the edited copy.
   * Deactivating needs {@code staff:delete}.
   *
   * @throws StaffChangedException when someone saved them since {@code edited} was read
   * @throws LockoutException when the caller would lose {@code staff:edit}
   */
  @Transactional
  public StaffMember update(StaffMember edited, StaffAssignment assignment) {
    caller.require(Area.STAFF, Action.EDIT);
    StaffMember staff = visible(edited.getId());
    if (staff.getVersion() != edited.getVersion()) {
      throw new StaffChangedException();
    }
    var before = StaffAudit.fields(staff);
    Map<String, String> errors = new LinkedHashMap<>();
    checkProfile(edited, staff.getId(), errors);
    assign(staff, assignment, errors);
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    staff.setFullName(edited.getFullName().strip());
    staff.setEmail(edited.getEmail());
    staff.setPhone(
        edited.getPhone() == null || edited.getPhone().isBlank()
            ? null
            : edited.getPhone().strip());
    staff.setLanguage(edited.getLanguage());
    if (staff.isActive() && !edited.isActive()) {
      caller.require(Area.STAFF, Action.DELETE);
      staff.deactivate();
    } else if (!staff.isActive() && edited.isActive()) {
      staff.reactivate();
    }
    guard.refuseLockout();
    load(staff);
    audit.staff(staff, "UPDATE", before);
    return staff;
  }

  private StaffMember visible(long id) {
    StaffMember staff = em.find(StaffMember.class, id);
    CentreScope scope = caller.centres();
    if (staff == null
        || !(scope.all()
            || staff.isAllCentres()
            || staff.getCentres().stream().anyMatch(c -> scope.allows(c.getId())))) {
      throw new NotFoundException();
    }
    return staff;
  }

  private void checkProfile(StaffMember staff, Long self, Map<String, String> errors) {
    if (staff.getFullName() == null || staff.getFullName().isBlank()) {
      errors.put("fullName", "staff.fullName.required");
    }
    String email = staff.getEmail();
    if (email == null || !EMAIL.matcher(email).matches() || email.length() > 254) {
      errors.put("email", "staff.email.invalid");
    } else if (!em.createQuery(
            "select s.id from StaffMember s where s.email = :email and s.id <> :self", Long.class)
        .setParameter("email", email)
        .setParameter("self", self == null ? -1L : self)
        .getResultList()
        .isEmpty()) {
      errors.put("email", "staff.email.taken");
    }
    if (staff.getLanguage() == null || !LANGUAGES.contains(staff.getLanguage())) {
      errors.put("language", "staff.language.invalid");
    }
  }

  /** Applies roles and centres (package rules 2 and 3), or records why not. */
  private void assign(StaffMember staff, StaffAssignment assignment, Map<String, String> errors) {
    Set<StaffRole> roles = new HashSet<>();
    for (Long id : assignment.roleIds()) {
      StaffRole role = id == null ? null : em.find(StaffRole.class, id);
      if (role == null) {
        errors.put("roles", "staff.roles.unknown");
        return;
      }
      roles.add(role);
    }
    if (roles.isEmpty()) {
      errors.put("roles", "staff.roles.required");
    }
    Set<Permission> handedOut = new HashSet<>();
    roles.stream()
        .filter(role -> !staff.getRoles().contains(role))
        .forEach(role -> role.getPermissions().forEach(p -> handedOut.add(Permission.parse(p))));
    if (!guard.holdsAll(handedOut)) {
      errors.put("roles", "staff.roles.beyondOwn");
    }
    CentreScope scope = caller.centres();
    Set<Centre> centres = new HashSet<>();
    for (Long id : assignment.centreIds()) {
      Centre centre = id == null ? null : em.find(Centre.class, id);
      if (centre == null) {
        errors.put("centres", "staff.centres.unknown");
        return;
      }
      if (!scope.allows(centre.getId()) && !staff.getCentres().contains(centre)) {
        errors.put("centres", "staff.centres.outsideOwn");
      }
      centres.add(centre);
    }
    if (assignment.allCentres() && !scope.all() && !staff.isAllCentres()) {
      errors.put("centres", "staff.centres.outsideOwn");
    } else if (!assignment.allCentres() && centres.isEmpty()) {
      errors.put("centres", "staff.centres.required");
    }
    if (!errors.isEmpty()) {
      return;
    }
    staff.getRoles().clear();
    staff.getRoles().addAll(roles);
    if (assignment.allCentres()) {
      staff.workInAllCentres();
    } else {
      staff.workIn(centres);
    }
  }

  /** Reads the lazy collections inside the transaction: the page shows them after it ended. */
  private static void load(StaffMember staff) {
    staff.getRoles().size();
    staff.getCentres().size();
  }
}
