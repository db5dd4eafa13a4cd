package io.atrium.audit;

import static io.atrium.shared.Jsonp.JSON;

import io.atrium.tenancy.TenantEntity;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a change did to an entity's fields, {@code before → after}, for the audit log:
 *
 * <pre>{@code
 * Changes.of().field("name", old.getName(), name).field("email", old.getEmail(), email)
 * }</pre>
 *
 * Fields whose values are equal are left out, so a save that changed nothing records nothing.
 * Values are kept as text ({@link #text}): the log shows what was there whatever the code becomes.
 * Stored as the JSON object {@code {"field": [before, after]}}, before and after a string or null.
 */
public final class Changes {

  /** What a secret field shows instead of its values. */
  public static final String REDACTED = "[redacted]";

  private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,59}");

  private final SortedMap<String, Change> fields = new TreeMap<>();

  private Changes() {}

  public static Changes of() {
    return new Changes();
  }

  /**
   * Records the field when its value changed; a new entity has null before, a deleted null after.
   */
  public Changes field(String name, Object before, Object after) {
    if (!same(before, after)) {
      fields.put(checked(name), new Change(name, text(before), text(after)));
    }
    return this;
  }

  /**
   * The fields that differ between two snapshots of an entity ({@code name → value}); a field
   * missing from one side is null there, so {@code between(Map.of(), after)} records a creation.
   */
  public static Changes between(Map<String, ?> before, Map<String, ?> after) {
    Changes changes = new Changes();
    var names = new java.util.TreeSet<String>(before.keySet());
    names.addAll(after.keySet());
    names.forEach(name -> changes.field(name, before.get(name), after.get(name)));
    return changes;
  }

  /** Records that a secret (a password, a token) changed, without its values. */
  public Changes redacted(String name) {
    fields.put(checked(name), new Change(name, REDACTED, REDACTED));
    return this;
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** The changed fields, by name. */
  public List<Change> getList() {
    return List.copyOf(fields.values());
  }

  /** The field's change, or null when it did not change. */
  public Change get(String name) {
    return fields.get(name);
  }

  /** The JSON object stored in {@code audit_entry.changes}. */
  public JsonObject toJson() {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    fields.forEach(
        (name, change) ->
            object.add(
                name,
                JSON.createArrayBuilder().add(json(change.before())).add(json(change.after()))));
    return object.build();
  }

  /**
   * Reads a stored changes object for display. Anything that is not {@code [string|null,
   * string|null]} is shown as its JSON text rather than refused: the chain check, not this, tells
   * whether a row was altered.
   */
  public static Changes fromJson(String json) {
    Changes changes = new Changes();
    JsonObject object;
    try (var reader = JSON.createReader(new StringReader(json))) {
      object = reader.readObject();
    } catch (JsonException | IllegalStateException notAnObject) {
      changes.fields.put("", new Change("", null, json));
      return changes;
    }
    object.forEach(
        (name, value) -> {
          if (value instanceof JsonArray pair
              && pair.size() == 2
              && pair.stream().allMatch(v -> v == JsonValue.NULL || v instanceof JsonString)) {
            changes.fields.put(name, new Change(name, string(pair.get(0)), string(pair.get(1))));
          } else {
            changes.fields.put(name, new Change(name, null, value.toString()));
          }
        });
    return changes;
  }

  /**
   * A value as the log keeps it: null stays null; a decimal in plain notation; an entity by its id;
   * a collection as {@code [a, b]}, in order for lists and sorted otherwise; anything else by
   * {@code String.valueOf} (enums by name, {@code java.time} values in ISO-8601). NUL characters,
   * which PostgreSQL cannot store, become U+FFFD.
   */
  static String text(Object value) {
    String text;
    if (value == null) {
      return null;
    } else if (value instanceof BigDecimal decimal) {
      text = decimal.toPlainString();
    } else if (value instanceof TenantEntity entity) {
      text = String.valueOf(entity.getId());
    } else if (value instanceof Enum<?> constant) {
      text = constant.name();
    } else if (value instanceof Collection<?> collection) {
      List<String> items = new ArrayList<>();
      collection.forEach(item -> items.add(String.valueOf(text(item))));
      if (!(collection instanceof List<?>)) {
        Collections.sort(items);
      }
      text = items.toString();
    } else {
      text = String.valueOf(value);
    }
    return text.replace('\u0000', '\uFFFD');
  }

  private static boolean same(Object before, Object after) {
    if (before instanceof BigDecimal a && after instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    return Objects.equals(before, after) || Objects.equals(text(before), text(after));
  }

  private static String checked(String name) {
    if (name == null || !FIELD.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a field name: " + name);
    }
    return name;
  }

  private static JsonValue json(String text) {
    return text == null ? JsonValue.NULL : JSON.createValue(text);
  }

  private static String string(JsonValue value) {
    return value instanceof JsonString s ? s.getString() : null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Changes that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.values().toString();
  }

  /** One field: its value before and after, as text; null where there was none. */
  public record Change(String field, String before, String after) {

    // Jakarta EL 5 (Faces 4.0) reads bean getters, not record accessors.
    public String getField() {
      return field;
    }

    public String getBefore() {
      return before;
    }

    public String getAfter() {
      return after;
    }
  }
}
