package io.atrium.identity;

import java.util.Locale;

/**
 * The modules of the product documents as the rights matrix lists them: one row of checkboxes per
 * area. The string form ({@code day-passes}) is what manifests, tokens and pages use.
 */
public enum Area {
  TICKETS,
  VISITORS,
  BOOKINGS,
  DAY_PASSES,
  ACCESS_CARDS,
  LEADS,
  COMPANIES,
  OPPORTUNITIES,
  QUOTES,
  CONTRACTS,
  INVOICES,
  PAYMENTS,
  CATALOG,
  PRICING,
  EVENTS,
  MAIL,
  APPOINTMENTS,
  INVENTORY,
  STATISTICS,
  STAFF,
  SETTINGS,
  AUDIT;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String getLabelKey() {
    return "area." + key();
  }

  public static Area fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
