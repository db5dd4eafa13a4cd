package io.atrium.staff;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Permission;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tenant's staff roles and the rights matrix ("Droits"). */
@ApplicationScoped
public class StaffRoles {

  static final int NAME_MAX = 80;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject StaffGuard guard;

  @Inject StaffAudit audit;

  /** Every role, by name, with its permissions. */
  @Transactional
  public List<StaffRole> list() {
    caller.require(Area.STAFF, Action.READ);
    return em.createQuery("select r from StaffRole r order by lower(r.name), r.id", StaffRole.class)
        .getResultList();
  }

  /** A new role with no permission. */
  @Transactional
  public StaffRole create(String name) {
    caller.require(Area.STAFF, Action.CREATE);
    String clean = checkName(name, null);
    StaffRole role = new StaffRole(clean);
    em.persist(role);
    audit.role(role, "CREATE", Map.of());
    return role;
  }

  @Transactional
  public StaffRole rename(long roleId, String name) {
    caller.require(Area.STAFF, Action.EDIT);
    StaffRole role = find(roleId);
    var before = StaffAudit.fields(role);
    role.rename(checkName(name, roleId));
    audit.role(role, "UPDATE", before);
    return role;
  }

  @Transactional
  public StaffRole setDiscount(long roleId, BigDecimal maxDiscountPercent) {
    caller.require(Area.STAFF, Action.EDIT);
    StaffRole role = find(roleId);
    var before = StaffAudit.fields(role);
    role.setMaxDiscountPercent(checkDiscount(maxDiscountPercent, "maxDiscountPercent"));
    audit.role(role, "UPDATE", before);
    return role;
  }

  @Transactional
  public StaffRole setMaySeeBalances(long roleId, boolean maySeeBalances) {
    caller.require(Area.STAFF, Action.EDIT);
    StaffRole role = find(roleId);
    var before = StaffAudit.fields(role);
    role.setMaySeeBalances(maySeeBalances);
    audit.role(role, "UPDATE", before);
    return role;
  }

  /** Ticks one cell of the matrix. */
  @Transactional
  public void grant(long roleId, Permission permission) {
    caller.require(Area.STAFF, Action.EDIT);
    StaffRole role = find(roleId);
    if (!role.grants(permission) && !guard.holdsAll(Set.of(permission))) {
      throw InvalidFieldsException.of("permissions", "staff.rights.beyondOwn");
    }
    var before = StaffAudit.fields(role);
    role.grant(permission);
    audit.role(role, "UPDATE", before);
  }

  /**
   * Unticks one cell of the matrix.
   *
   * @throws LockoutException when it is the caller's last {@code staff:edit}
   */
  @Transactional
  public void revoke(long roleId, Permission permission) {
    caller.require(Area.STAFF, Action.EDIT);
    StaffRole role = find(roleId);
    var before = StaffAudit.fields(role);
    role.revoke(permission);
    guard.refuseLockout();
    audit.role(role, "UPDATE", before);
  }

  /**
   * Saves the Droits page: for each role id, its name, thresholds and exact set of permissions, all
   * or nothing.
   *
   * @throws InvalidFieldsException for a blank, too long or repeated name, a discount outside 0 to
   *     100, or a permission the caller does not hold themselves; the field is {@code
   *     <roleId>.name}, {@code <roleId>.maxDiscountPercent} or {@code <roleId>.permissions}
   * @throws LockoutException when the caller would lose {@code staff:edit}
   */
  @Transactional
  public void saveMatrix(Map<Long, RoleRights> matrix) {
    caller.require(Area.STAFF, Action.EDIT);
    List<StaffRole> roles =
        em.createQuery("select r from StaffRole r", StaffRole.class).getResultList();
    Set<String> names = new HashSet<>();
    for (StaffRole role : roles) {
      RoleRights rights = matrix.get(role.getId());
      String name =
          rights == null ? role.getName() : cleanName(rights.name(), role.getId() + ".name");
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw InvalidFieldsException.of(role.getId() + ".name", "staff.role.name.taken");
      }
    }
    for (var entry : matrix.entrySet()) {
      StaffRole role = find(entry.getKey());
      var before = StaffAudit.fields(role);
      RoleRights rights = entry.getValue();
      Set<Permission> added = new HashSet<>(rights.permissions());
      added.removeIf(role::grants);
      if (!guard.holdsAll(added)) {
        throw InvalidFieldsException.of(role.getId() + ".permissions", "staff.rights.beyondOwn");
      }
      role.rename(cleanName(rights.name(), role.getId() + ".name"));
      role.setMaxDiscountPercent(
          checkDiscount(rights.maxDiscountPercent(), role.getId() + ".maxDiscountPercent"));
      role.setMaySeeBalances(rights.maySeeBalances());
      role.grantOnly(rights.permissions());
      audit.role(role, "UPDATE", before);
    }
    guard.refuseLockout();
  }

  private StaffRole find(long roleId) {
    StaffRole role = em.find(StaffRole.class, roleId);
    if (role == null) {
      throw new NotFoundException();
    }
    return role;
  }

  /** A trimmed name that no other role has (ignoring case). */
  private String checkName(String name, Long self) {
    String clean = cleanName(name, "name");
    boolean taken =
        !em.createQuery(
                "select r.id from StaffRole r where lower(r.name) = :name and r.id <> :self",
                Long.class)
            .setParameter("name", clean.toLowerCase(Locale.ROOT))
            .setParameter("self", self == null ? -1L : self)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw InvalidFieldsException.of("name", "staff.role.name.taken");
    }
    return clean;
  }

  private static String cleanName(String name, String field) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > NAME_MAX) {
      throw InvalidFieldsException.of(field, "staff.role.name.invalid");
    }
    return clean;
  }

  private static BigDecimal checkDiscount(BigDecimal percent, String field) {
    if (percent == null
        || percent.signum() < 0
        || percent.compareTo(BigDecimal.valueOf(100)) > 0
        || percent.stripTrailingZeros().scale() > 2) {
      throw InvalidFieldsException.of(field, "staff.role.discount.invalid");
    }
    return percent;
  }
}
