package io.atrium.identity;

import java.util.Locale;

/** The columns of the rights matrix ("lecture, ajout, édition, suppression", plus approval). */
public enum Action {
  READ,
  CREATE,
  EDIT,
  DELETE,
  APPROVE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String getLabelKey() {
    return "action." + key();
  }

  public static Action fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
