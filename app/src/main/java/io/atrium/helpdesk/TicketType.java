package io.atrium.helpdesk;

import java.util.Locale;

/**
 * The thirteen types of document 002, in its order (by frequency of use). Each carries the default
 * SLA targets a tenant starts with, in hours: first response, then resolution.
 */
public enum TicketType {
  ACCESS(2, 24),
  ACCOUNT_BILLING(24, 120),
  BOOKINGS(8, 48),
  CLEANING(4, 24),
  DISCRIMINATION_HARASSMENT(2, 72),
  INTERNET(2, 8),
  MAIL_PACKAGES(8, 48),
  NOISE_ACOUSTICS(8, 72),
  PRINTING(4, 24),
  REPAIR_MAINTENANCE(8, 72),
  TEMPERATURE_VENTILATION(4, 48),
  WEBSITE_APP(24, 120),
  OTHER(24, 120);

  private final int firstResponseHours;
  private final int resolutionHours;

  TicketType(int firstResponseHours, int resolutionHours) {
    this.firstResponseHours = firstResponseHours;
    this.resolutionHours = resolutionHours;
  }

  public int defaultFirstResponseHours() {
    return firstResponseHours;
  }

  public int defaultResolutionHours() {
    return resolutionHours;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String getLabelKey() {
    return "ticket.type." + key();
  }

  /** The description of document 002, shown as help in the type picker. */
  public String getHelpKey() {
    return "ticket.type." + key() + ".help";
  }
}
