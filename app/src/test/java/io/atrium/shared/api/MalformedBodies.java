package io.atrium.shared.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Request bodies for one operation, each broken in at least one way a client (or an attacker) gets
 * wrong: wrong types, missing or unknown fields, huge or control-character strings, extreme numbers
 * and dates, deep nesting, broken syntax, wrong content types. Built from a form that would
 * otherwise look plausible, so the defect is what gets tested. Deterministic for a seed.
 */
final class MalformedBodies {

  /**
   * @param defect what is wrong with it, for the failure message
   * @param contentType the Content-Type header, or null for none
   */
  record Body(String defect, String json, String contentType) {}

  private static final String JSON = "application/json";

  /** Characters that no text field takes: none of them is a line break or a tab. */
  private static final String[] CONTROLS = {
    "\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u009b", "\ud800", "\udfff",
    "\u2028"
  };

  private static final String[] BAD_CONTENT_TYPES = {
    "text/plain", "application/xml", ";;", "json", "application/", "/json", "*/*", "application/*"
  };

  private static final String[] BAD_DATES = {
    "9999-12-31",
    "0000-01-01",
    "2026-02-30",
    "+99999-01-01",
    "-2026-01-01",
    "2026-13-01",
    "2026/06/18"
  };

  private static final String[] EXTREME_NUMBERS = {
    "1e400",
    "-1e400",
    "9223372036854775808",
    "-9223372036854775809",
    "1.5",
    "0.0000001",
    "1E+2147483647",
    "123456789012345678901234567890"
  };

  private final Random random;
  private final Map<String, JsonObject> properties;
  private final List<String> required;
  private final List<String> names;

  MalformedBodies(Random random, Map<String, JsonObject> properties, List<String> required) {
    this.random = random;
    this.properties = properties;
    this.required = required;
    this.names = new ArrayList<>(properties.keySet());
  }

  Body next() {
    int kind = random.nextInt(names.isEmpty() ? 6 : 14);
    return switch (kind) {
      case 0 ->
          new Body("trailing tokens", plausible() + pick("x", "}", "{}", ",", " 1", "]"), JSON);
      case 1 ->
          new Body("not an object", pick("[]", "\"text\"", "1", "true", "null", "[{}]"), JSON);
      case 2 -> new Body("broken syntax", broken(), JSON);
      case 3 -> new Body("deep nesting", deep(), JSON);
      case 4 -> new Body("wrong content type", plausible(), pick(BAD_CONTENT_TYPES));
      case 5 -> new Body("unknown field", with(unknownName(), Json.createValue("x")), JSON);
      case 6 -> wrongType();
      case 7 -> new Body("huge string", withText(field(), huge()), JSON);
      case 8 -> controlCharacter();
      case 9 -> extremeNumber();
      case 10 -> missingRequired();
      case 11 -> duplicateKey();
      case 12 -> badDate();
      default -> new Body("null for every field", nulls(), JSON);
    };
  }

  /** A form of the schema's fields with ordinary values: never sent without a defect added. */
  private JsonObjectBuilder plausibleBuilder() {
    JsonObjectBuilder form = Json.createObjectBuilder();
    for (String name : names) {
      form.add(name, plausible(properties.get(name)));
    }
    return form;
  }

  private String plausible() {
    return plausibleBuilder().build().toString();
  }

  private static JsonValue plausible(JsonObject schema) {
    String type = schema == null ? "string" : schema.getString("type", "string");
    if (schema != null && schema.containsKey("enum")) {
      return schema.getJsonArray("enum").get(0);
    }
    return switch (type) {
      case "integer", "number" -> Json.createValue(1);
      case "boolean" -> JsonValue.FALSE;
      case "array" -> Json.createArrayBuilder().add(1).build();
      case "object" -> JsonValue.EMPTY_JSON_OBJECT;
      default -> Json.createValue("Fuzz " + (schema == null ? "" : schema.getString("format", "")));
    };
  }

  private String with(String name, JsonValue value) {
    return plausibleBuilder().add(name, value).build().toString();
  }

  private String withText(String name, String text) {
    return with(name, Json.createValue(text));
  }

  private Body wrongType() {
    String name = field();
    String type = properties.get(name).getString("type", "string");
    List<JsonValue> wrong = new ArrayList<>();
    if (!type.equals("string")) {
      wrong.add(Json.createValue("1"));
      wrong.add(Json.createValue("true"));
      wrong.add(Json.createValue("abc"));
      wrong.add(Json.createValue("1.5"));
    }
    if (!type.equals("integer") && !type.equals("number")) {
      wrong.add(Json.createValue(1));
    }
    if (!type.equals("boolean")) {
      wrong.add(JsonValue.TRUE);
    }
    if (!type.equals("array")) {
      wrong.add(Json.createArrayBuilder().add("x").build());
    }
    if (!type.equals("object")) {
      wrong.add(Json.createObjectBuilder().add("a", 1).build());
    }
    if (type.equals("integer") || type.equals("number")) {
      wrong.add(Json.createValue(1.5));
    }
    if (type.equals("array")) {
      wrong.add(Json.createArrayBuilder().add("1").add(JsonValue.NULL).build());
    }
    JsonValue value = wrong.get(random.nextInt(wrong.size()));
    return new Body("wrong type for " + name + " (" + type + ")", with(name, value), JSON);
  }

  private Body controlCharacter() {
    String name = textField();
    if (name == null) {
      return new Body(
          "unknown field with a control character", with("a\u0000b", JsonValue.TRUE), JSON);
    }
    String control = pick(CONTROLS);
    String text = "Fuzz" + control + "text";
    // A lone surrogate goes escaped in the JSON text: raw, the client would encode it as '?'.
    String json = withText(name, text);
    if (Character.isSurrogate(control.charAt(0))) {
      json = json.replace(control, escape(control));
    }
    return new Body("control character " + escape(control) + " in " + name, json, JSON);
  }

  private Body extremeNumber() {
    String name = numberField();
    if (name == null) {
      return new Body("number for a text", with(field(), Json.createValue(1e300)), JSON);
    }
    String number = pick(EXTREME_NUMBERS);
    String json = plausibleBuilder().add(name, 0).build().toString();
    json = json.replace("\"" + name + "\":0", "\"" + name + "\":" + number);
    return new Body("extreme number " + number + " for " + name, json, JSON);
  }

  private Body missingRequired() {
    if (required.isEmpty()) {
      return new Body("unknown field", with(unknownName(), JsonValue.NULL), JSON);
    }
    String name = required.get(random.nextInt(required.size()));
    JsonObjectBuilder form = plausibleBuilder();
    form.remove(name);
    String json = form.build().toString();
    if (random.nextBoolean()) {
      json = plausibleBuilder().add(name, JsonValue.NULL).build().toString();
    }
    // A plausible form with one required field gone may still fail for other reasons; it must
    // never succeed, which is what the test checks.
    return new Body("required " + name + " missing or null", json, JSON);
  }

  private Body duplicateKey() {
    String name = field();
    String form = plausible();
    String value = plausible(properties.get(name)).toString();
    String json = "{\"" + name + "\":" + value + "," + form.substring(1);
    return new Body("duplicate key " + name, json, JSON);
  }

  private Body badDate() {
    String name = null;
    for (String candidate : names) {
      if (candidate.toLowerCase().contains("date")) {
        name = candidate;
      }
    }
    if (name == null) {
      return new Body("broken syntax", broken(), JSON);
    }
    String date = pick(BAD_DATES);
    return new Body("date " + date + " in " + name, withText(name, date), JSON);
  }

  private String nulls() {
    JsonObjectBuilder form = Json.createObjectBuilder();
    for (String name : names) {
      form.add(name, JsonValue.NULL);
    }
    return form.add(unknownName(), JsonValue.NULL).build().toString();
  }

  private String broken() {
    String form = plausible();
    String cut = form.substring(0, Math.max(1, random.nextInt(form.length() - 1) + 1));
    return pick(
        cut, "{'a':1}", "{\"a\":}", "{\"a\" 1}", "{a:1}", "\u00ff\u00fe{}", "{\"a\":tru}", "{,}");
  }

  private String deep() {
    int depth = pickInt(17, 100, 5_000, 20_000);
    String array = "[".repeat(depth) + "]".repeat(depth);
    return names.isEmpty() ? array : with(field(), JsonValue.NULL).replace("null", array);
  }

  private String huge() {
    int max = 0;
    for (var property : properties.values()) {
      max = Math.max(max, property.getInt("maxLength", 0));
    }
    int length = random.nextBoolean() && max > 0 ? max + 1 + random.nextInt(50) : 10_000;
    if (random.nextInt(10) == 0) {
      length = 300_000;
    }
    return "é".repeat(length);
  }

  private String field() {
    return names.isEmpty() ? unknownName() : names.get(random.nextInt(names.size()));
  }

  private String textField() {
    List<String> texts =
        names.stream()
            .filter(n -> properties.get(n).getString("type", "string").equals("string"))
            .toList();
    return texts.isEmpty() ? null : texts.get(random.nextInt(texts.size()));
  }

  private String numberField() {
    List<String> numbers =
        names.stream()
            .filter(n -> properties.get(n).getString("type", "").equals("integer"))
            .toList();
    return numbers.isEmpty() ? null : numbers.get(random.nextInt(numbers.size()));
  }

  private String unknownName() {
    return pick("unknown", "isAdmin", "tenantId", "id", "__proto__", "x" + random.nextInt(1000));
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private int pickInt(int... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    text.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
    return escaped.toString();
  }

  static String excerpt(String text) {
    String cut =
        text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
    return cut.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
  }
}
