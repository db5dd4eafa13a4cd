package io.atrium.community;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What staff's event list asks for: a state, a centre, and days (inclusive, on the operator's
 * clock) the events start within. Unset filters are ignored; members always get the published,
 * upcoming events of their centre whatever they ask.
 */
public record EventSearch(CommunityEvent.State state, Long centreId, LocalDate from, LocalDate to)
    implements Serializable {

  public static final EventSearch ALL = new EventSearch(null, null, null, null);
}
