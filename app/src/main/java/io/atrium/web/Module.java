package io.atrium.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every module of the product documents, grouped as the side menu shows them. A module with no page
 * yet is listed disabled, so staff see what is coming and where it will live; a module that needs a
 * permission is hidden from those without it.
 */
public enum Module {
  DASHBOARD(Group.HOME, "pi pi-home", "/index.xhtml"),
  RECEPTION(Group.FRONT_DESK, "pi pi-id-card", null),
  HELPDESK(Group.FRONT_DESK, "pi pi-wrench", null),
  ACCESS_CARDS(Group.FRONT_DESK, "pi pi-key", null),
  MAIL(Group.FRONT_DESK, "pi pi-envelope", null),
  APPOINTMENTS(Group.FRONT_DESK, "pi pi-calendar-clock", null),
  EVENTS(Group.COMMUNITY, "pi pi-star", null),
  COMPANIES(Group.DIRECTORY, "pi pi-building", null),
  MEMBERS(Group.DIRECTORY, "pi pi-users", null),
  LEADS(Group.SALES, "pi pi-user-plus", null),
  OPPORTUNITIES(Group.SALES, "pi pi-chart-line", null),
  QUOTES(Group.SALES, "pi pi-file-edit", null),
  CONTRACTS(Group.SALES, "pi pi-file-check", null),
  MARKETING_SOURCES(Group.SALES, "pi pi-megaphone", null),
  BOOKINGS(Group.BOOKINGS, "pi pi-calendar", null),
  DAY_PASSES(Group.BOOKINGS, "pi pi-ticket", null),
  SERVICE_PLANNING(Group.BOOKINGS, "pi pi-th-large", null),
  INVOICES(Group.BILLING, "pi pi-receipt", null),
  PAYMENTS(Group.BILLING, "pi pi-credit-card", null),
  CONSUMPTIONS(Group.BILLING, "pi pi-shopping-cart", null),
  CATALOG(Group.CATALOG, "pi pi-book", null),
  PRICING(Group.CATALOG, "pi pi-percentage", null),
  INVENTORY(Group.CATALOG, "pi pi-box", null),
  STATISTICS(Group.STATISTICS, "pi pi-chart-bar", null),
  STAFF(Group.ADMINISTRATION, "pi pi-user-edit", null),
  SETTINGS(Group.ADMINISTRATION, "pi pi-cog", null),
  AUDIT_LOG(Group.ADMINISTRATION, "pi pi-history", "/audit/log.xhtml", "audit:read");

  /** Side-menu sections, in display order. */
  public enum Group {
    HOME,
    FRONT_DESK,
    COMMUNITY,
    DIRECTORY,
    SALES,
    BOOKINGS,
    BILLING,
    CATALOG,
    STATISTICS,
    ADMINISTRATION;

    public String getLabelKey() {
      return "menu.group." + name().toLowerCase();
    }

    public List<Module> getModules() {
      return BY_GROUP.get(this);
    }
  }

  private static final Map<Group, List<Module>> BY_GROUP =
      Arrays.stream(values())
          .collect(Collectors.groupingBy(m -> m.group, LinkedHashMap::new, Collectors.toList()));

  private final Group group;
  private final String icon;
  private final String page;
  private final String permission;

  Module(Group group, String icon, String page) {
    this(group, icon, page, null);
  }

  Module(Group group, String icon, String page, String permission) {
    this.group = group;
    this.icon = icon;
    this.page = page;
    this.permission = permission;
  }

  public String getLabelKey() {
    return "menu." + name().toLowerCase();
  }

  public String getIcon() {
    return icon;
  }

  /** The module's page, or null while it is not built. */
  public String getPage() {
    return page;
  }

  /**
   * The permission ({@code area:action}) without which the module is not shown at all, or null when
   * every staff member sees it.
   */
  public String getPermission() {
    return permission;
  }

  public boolean isAvailable() {
    return page != null;
  }
}
