package io.atrium.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A member's role in their company, with the client-space rights of the French product document §2:
 * the Administrator has every right, the Manager the same without the company documents (contracts,
 * quotes, invoices), the User the same as the Manager without paid bookings. Inviting and managing
 * the company's members is for Administrators and Managers only: a User acts for themselves.
 * Declared from the highest role to the lowest.
 */
public enum CompanyRole {
  ADMINISTRATOR(EnumSet.allOf(ClientRight.class)),
  MANAGER(EnumSet.complementOf(EnumSet.of(ClientRight.COMPANY_DOCUMENTS))),
  USER(
      EnumSet.complementOf(
          EnumSet.of(
              ClientRight.COMPANY_DOCUMENTS, ClientRight.PAID_BOOKINGS, ClientRight.MEMBERS)));

  private final Set<ClientRight> rights;

  CompanyRole(Set<ClientRight> rights) {
    this.rights = rights;
  }

  public Set<ClientRight> rights() {
    return rights;
  }

  public boolean may(ClientRight right) {
    return rights.contains(right);
  }

  /** Whether this role ranks above the other (an Administrator above a Manager). */
  public boolean above(CompanyRole other) {
    return ordinal() < other.ordinal();
  }

  public String getLabelKey() {
    return "companyRole." + name().toLowerCase();
  }
}
