package io.atrium.helpdesk;

import java.util.Locale;

/**
 * The statuses of document 002. Document 000 says "Open" for {@link #NEW} and "Resolved" for {@link
 * #SOLVED}; the pages show both words ("New (Open)").
 */
public enum TicketStatus {
  NEW,
  IN_PROGRESS,
  SOLVED,
  CLOSED;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String getLabelKey() {
    return "ticket.status." + key();
  }

  /** What the status means, for the legend and tooltips. */
  public String getHelpKey() {
    return "ticket.status." + key() + ".help";
  }

  /** Still being worked on: not solved, not closed. */
  public boolean open() {
    return this == NEW || this == IN_PROGRESS;
  }
}
