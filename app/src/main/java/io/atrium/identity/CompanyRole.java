package io.atrium.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A member's role in their company, with the client-space rights of the French product document §2:
 * the Administrator has every right, the Manager the same without the company documents (contracts,
 * quotes, invoices), the User the same as the Manager without paid bookings.
 */
public enum CompanyRole {
  ADMINISTRATOR(EnumSet.allOf(ClientRight.class)),
  MANAGER(EnumSet.complementOf(EnumSet.of(ClientRight.COMPANY_DOCUMENTS))),
  USER(EnumSet.complementOf(EnumSet.of(ClientRight.COMPANY_DOCUMENTS, ClientRight.PAID_BOOKINGS)));

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

  public String getLabelKey() {
    return "companyRole." + name().toLowerCase();
  }
}
