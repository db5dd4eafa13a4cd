package io.atrium.collection;

import java.util.Locale;

/** The three levels of a reminder, in the order they are sent. */
public enum ReminderLevel {
  FRIENDLY,
  FORMAL,
  FINAL;

  public String getLabelKey() {
    return "collection.level." + name().toLowerCase(Locale.ROOT);
  }
}
