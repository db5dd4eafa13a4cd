package io.atrium.audit;

/** Who acted: a staff member, a client's member, Atrium itself, or a machine client of the API. */
public enum ActorKind {
  STAFF,
  MEMBER,
  SYSTEM,
  API;

  public String getLabelKey() {
    return "audit.actor." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
