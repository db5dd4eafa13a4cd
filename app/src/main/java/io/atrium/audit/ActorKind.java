package io.atrium.audit;

/**
 * Who acted: a staff member, a client's member, Atrium itself, a machine client of the API, or a
 * centre's visitor kiosk (named as staff named it, e.g. "Kiosk Hall A").
 */
public enum ActorKind {
  STAFF,
  MEMBER,
  SYSTEM,
  API,
  KIOSK;

  public String getLabelKey() {
    return "audit.actor." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
