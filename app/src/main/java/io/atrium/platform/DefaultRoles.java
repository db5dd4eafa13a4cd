package io.atrium.platform;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.tenancy.manifest.RoleManifest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The six roles a tenant created from the "new tenant" form starts with: the demo operators' matrix
 * (tenants/lumiere), which DefaultRolesTest keeps equal. The operator adjusts them on its Droits
 * page.
 */
public final class DefaultRoles {

  public static final String SUPER_ADMIN = "Super Admin";

  private static final Action[] RCE = {Action.READ, Action.CREATE, Action.EDIT};

  private DefaultRoles() {}

  public static List<RoleManifest> all() {
    return List.of(
        role(SUPER_ADMIN, 100, true, Permission.ALL),
        role(
            "Community Manager",
            10,
            true,
            join(
                each(
                    RCE,
                    Area.TICKETS,
                    Area.VISITORS,
                    Area.BOOKINGS,
                    Area.DAY_PASSES,
                    Area.ACCESS_CARDS,
                    Area.COMPANIES,
                    Area.EVENTS,
                    Area.MAIL,
                    Area.APPOINTMENTS,
                    Area.LEADS),
                read(Area.CATALOG, Area.PRICING, Area.INVENTORY, Area.STATISTICS))),
        role(
            "Receptionist",
            0,
            false,
            join(
                each(
                    RCE,
                    Area.VISITORS,
                    Area.MAIL,
                    Area.APPOINTMENTS,
                    Area.DAY_PASSES,
                    Area.BOOKINGS),
                read(Area.COMPANIES))),
        role(
            "Technician",
            0,
            false,
            join(
                List.of(
                    Permission.of(Area.TICKETS, Action.READ),
                    Permission.of(Area.TICKETS, Action.EDIT)),
                read(Area.INVENTORY, Area.VISITORS))),
        role(
            "Sales",
            15,
            false,
            join(
                each(
                    RCE,
                    Area.LEADS,
                    Area.OPPORTUNITIES,
                    Area.QUOTES,
                    Area.CONTRACTS,
                    Area.COMPANIES),
                read(Area.CATALOG, Area.PRICING))),
        role(
            "Accountant",
            0,
            true,
            join(
                each(Action.values(), Area.INVOICES, Area.PAYMENTS),
                read(Area.COMPANIES, Area.CONTRACTS, Area.QUOTES, Area.STATISTICS))));
  }

  private static RoleManifest role(
      String name, int discount, boolean balances, List<Permission> permissions) {
    // In the rights matrix's order, as the manifest reader lists them.
    List<Permission> ordered = Permission.ALL.stream().filter(permissions::contains).toList();
    return new RoleManifest(name, BigDecimal.valueOf(discount), balances, ordered);
  }

  private static List<Permission> each(Action[] actions, Area... areas) {
    List<Permission> permissions = new ArrayList<>();
    for (Area area : areas) {
      for (Action action : actions) {
        permissions.add(Permission.of(area, action));
      }
    }
    return permissions;
  }

  private static List<Permission> read(Area... areas) {
    return each(new Action[] {Action.READ}, areas);
  }

  @SafeVarargs
  private static List<Permission> join(List<Permission>... parts) {
    List<Permission> all = new ArrayList<>();
    for (List<Permission> part : parts) {
      all.addAll(part);
    }
    return all;
  }
}
