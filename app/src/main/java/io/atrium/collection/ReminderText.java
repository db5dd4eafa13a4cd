package io.atrium.collection;

import java.io.Serializable;
import java.util.Map;

/**
 * A level's subject and body in one language, with placeholders {@code {number}}, {@code {amount}},
 * {@code {dueDate}} and {@code {daysLate}}; {@code custom} when the tenant wrote it.
 */
public record ReminderText(
    ReminderLevel level, String language, String subject, String body, boolean custom)
    implements Serializable {

  /** The text with its placeholders filled; unknown braces stay as written. */
  public ReminderText filled(Map<String, String> values) {
    return new ReminderText(level, language, fill(subject, values), fill(body, values), custom);
  }

  static String fill(String text, Map<String, String> values) {
    String filled = text;
    for (var value : values.entrySet()) {
      filled = filled.replace("{" + value.getKey() + "}", value.getValue());
    }
    return filled;
  }
}
