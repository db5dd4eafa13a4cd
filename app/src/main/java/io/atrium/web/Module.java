package io.atrium.web;

import io.atrium.identity.Area;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every module of the product documents, grouped as the side menu shows them. Only modules with a
 * page are shown, anywhere (a greyed-out roadmap reads as a product that does not work); the others
 * stay listed here so a later issue only gives them their page. One that needs a right is shown
 * only to those who hold it.
 */
public enum Module {
  DASHBOARD(Group.HOME, "pi pi-home", "/index.xhtml", null),
  RECEPTION(Group.FRONT_DESK, "pi pi-id-card", "/reception/dashboard.xhtml", Area.VISITORS),
  HELPDESK(Group.FRONT_DESK, "pi pi-wrench", "/helpdesk/queue.xhtml", Area.TICKETS),
  ACCESS_CARDS(Group.FRONT_DESK, "pi pi-key", "/access/cards.xhtml", Area.ACCESS_CARDS),
  PROVISIONING(Group.FRONT_DESK, "pi pi-wifi", "/access/provisioning.xhtml", Area.BOOKINGS),
  MAIL(Group.FRONT_DESK, "pi pi-envelope", null, Area.MAIL),
  APPOINTMENTS(Group.FRONT_DESK, "pi pi-calendar-clock", null, Area.APPOINTMENTS),
  EVENTS(Group.COMMUNITY, "pi pi-star", "/community/events/list.xhtml", Area.EVENTS),
  COMPANIES(Group.DIRECTORY, "pi pi-building", "/directory/companies/list.xhtml", Area.COMPANIES),
  MEMBERS(Group.DIRECTORY, "pi pi-users", "/directory/members/list.xhtml", Area.COMPANIES),
  LEADS(Group.SALES, "pi pi-user-plus", null, Area.LEADS),
  OPPORTUNITIES(Group.SALES, "pi pi-chart-line", null, Area.OPPORTUNITIES),
  QUOTES(Group.SALES, "pi pi-file-edit", null, Area.QUOTES),
  MARKETING_SOURCES(Group.SALES, "pi pi-megaphone", null, Area.LEADS),
  BOOKINGS(Group.BOOKINGS, "pi pi-calendar", "/bookings/list.xhtml", Area.BOOKINGS),
  DAY_PASSES(Group.BOOKINGS, "pi pi-ticket", "/daypasses/list.xhtml", Area.DAY_PASSES),
  SERVICE_PLANNING(Group.BOOKINGS, "pi pi-th-large", "/bookings/planning.xhtml", Area.BOOKINGS),
  CREDITS(Group.BOOKINGS, "pi pi-wallet", "/credits/list.xhtml", Area.BOOKINGS),
  CONTRACTS(Group.BILLING, "pi pi-file-check", "/contracts/list.xhtml", Area.CONTRACTS),
  INVOICES(Group.BILLING, "pi pi-receipt", "/invoicing/list.xhtml", Area.INVOICES),
  BILLING_RUNS(Group.BILLING, "pi pi-sync", "/billing/runs.xhtml", Area.INVOICES),
  PAYMENTS(Group.BILLING, "pi pi-credit-card", "/payments/list.xhtml", Area.PAYMENTS),
  CONSUMPTIONS(Group.BILLING, "pi pi-shopping-cart", "/consumptions/list.xhtml", Area.INVOICES),
  REMINDERS(Group.BILLING, "pi pi-bell", "/collection/reminders.xhtml", Area.INVOICES),
  PERIOD_CLOSING(Group.BILLING, "pi pi-lock", "/invoicing/closing.xhtml", Area.INVOICES),
  ACCOUNTING_EXPORTS(Group.BILLING, "pi pi-download", "/collection/exports.xhtml", Area.INVOICES),
  CATALOG(Group.CATALOG, "pi pi-book", "/catalogue/list.xhtml", Area.CATALOG),
  SPACES(Group.CATALOG, "pi pi-map", "/spaces/list.xhtml", Area.CATALOG),
  PRICING(Group.CATALOG, "pi pi-percentage", "/pricing/centres.xhtml", Area.PRICING),
  PRICE_QUOTES(Group.CATALOG, "pi pi-calculator", "/pricing/quotes.xhtml", Area.PRICING),
  APPROVALS(Group.CATALOG, "pi pi-check-square", "/approvals/inbox.xhtml", Area.PRICING),
  INVENTORY(Group.CATALOG, "pi pi-box", "/spaces/inventory.xhtml", Area.INVENTORY),
  STATISTICS(Group.STATISTICS, "pi pi-chart-bar", null, Area.STATISTICS),
  STAFF(Group.ADMINISTRATION, "pi pi-user-edit", "/staff/list.xhtml", Area.STAFF),
  STAFF_RIGHTS(Group.ADMINISTRATION, "pi pi-lock", "/staff/rights.xhtml", Area.STAFF),
  SETTINGS(Group.ADMINISTRATION, "pi pi-cog", null, Area.SETTINGS),
  SENT_MAIL(Group.ADMINISTRATION, "pi pi-send", "/notifications/sent-mail.xhtml", Area.SETTINGS),
  AUDIT_LOG(Group.ADMINISTRATION, "pi pi-history", "/audit/log.xhtml", Area.AUDIT);

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

    /** The section's built modules. */
    public List<Module> getModules() {
      return BY_GROUP.getOrDefault(this, List.of());
    }
  }

  private static final Map<Group, List<Module>> BY_GROUP =
      Arrays.stream(values())
          .filter(Module::isAvailable)
          .collect(Collectors.groupingBy(m -> m.group, LinkedHashMap::new, Collectors.toList()));

  private final Group group;
  private final String icon;
  private final String page;
  private final Area area;

  Module(Group group, String icon, String page, Area area) {
    this.group = group;
    this.icon = icon;
    this.page = page;
    this.area = area;
  }

  /** The rights-matrix row whose read permission shows this module; null for everyone. */
  public Area getArea() {
    return area;
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

  public boolean isAvailable() {
    return page != null;
  }
}
