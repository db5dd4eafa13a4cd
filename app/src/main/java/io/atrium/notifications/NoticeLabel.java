package io.atrium.notifications;

import static io.atrium.shared.Jsonp.JSON;

import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import jakarta.json.JsonObject;

/** A word from the bundles in a notice (a ticket's status or type), by its key. */
public record NoticeLabel(String key) implements NoticeValue {

  static final String KEY = "label";

  public NoticeLabel {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("A label needs its key");
    }
  }

  @Override
  public String shownWith(Formats reader) {
    return Texts.bundle(reader.getLocale()).getString(key);
  }

  @Override
  public JsonObject toJson() {
    return JSON.createObjectBuilder().add(KEY, key).build();
  }

  static NoticeLabel fromJson(JsonObject json) {
    return new NoticeLabel(json.getString(KEY));
  }
}
