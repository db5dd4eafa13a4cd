package io.atrium.notifications;

import io.atrium.shared.format.Formats;
import jakarta.json.JsonObject;

/**
 * A parameter of a notice that is written out only when the notice is shown, in the language and
 * region of the page showing it: a reader may switch their pages' language after the notice was
 * written, and "Résolu" or "12.5" inside an English or French sentence reads as a mistake. Plain
 * names (a person, a space, a ticket's title) stay plain strings.
 */
public sealed interface NoticeValue permits NoticeTime, NoticeLabel, NoticeNumber {

  /** As a reader with these formats reads it. */
  String shownWith(Formats reader);

  /** As the notice's row keeps it: an object whose one distinguishing member names its kind. */
  JsonObject toJson();

  static NoticeValue fromJson(JsonObject json) {
    if (json.containsKey(NoticeLabel.KEY)) {
      return NoticeLabel.fromJson(json);
    }
    if (json.containsKey(NoticeNumber.VALUE)) {
      return NoticeNumber.fromJson(json);
    }
    return NoticeTime.fromJson(json);
  }
}
