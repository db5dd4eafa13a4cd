package io.atrium.identity;

import java.util.Locale;

/** What a member may do in the client space, granted by their {@link CompanyRole}. */
public enum ClientRight {
  /** Sign contracts (SMS code). */
  CONTRACT_SIGNATURE,
  /** See and download the company's contracts, quotes, invoices and credit notes. */
  COMPANY_DOCUMENTS,
  /** Book rooms and desks that are invoiced. */
  PAID_BOOKINGS,
  /** Report incidents and follow tickets. */
  INCIDENTS,
  /** Mail and parcels with pickup codes. */
  MAIL,
  /** Appointments with external contacts. */
  APPOINTMENTS,
  /** Door access and Wi-Fi. */
  ACCESS,
  /** Invite and manage the company's members. */
  MEMBERS;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String getLabelKey() {
    return "clientRight." + key();
  }
}
