package io.atrium.audit;

import static io.atrium.shared.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The hash that chains a tenant's audit entries, and the canonical form it is computed over.
 *
 * <p>The canonical form of an entry is one JSON array, without whitespace, of these values in this
 * order:
 *
 * <ol>
 *   <li>the format's name, {@value #FORMAT}
 *   <li>{@code tenant_id}, {@code seq}: integers
 *   <li>{@code occurred_at}: string, UTC, always six decimals, e.g. {@code
 *       "2026-11-23T21:52:05.120000Z"} (PostgreSQL keeps microseconds)
 *   <li>{@code actor_kind}: string; {@code actor_id}: integer or null; {@code actor_name}: string
 *       or null
 *   <li>{@code centre_id}: integer or null
 *   <li>{@code entity_type}, {@code entity_id}, {@code action}: strings
 *   <li>{@code changes}: the stored JSON object in the same canonical JSON, members sorted by name
 *   <li>{@code request_id}: string or null
 *   <li>{@code prev_hash}: string, the previous entry's hash, {@link #GENESIS} for the first entry
 * </ol>
 *
 * <p>Canonical JSON follows RFC 8785 (JCS) for what entries hold: strings escape {@code "} and
 * {@code \} with a backslash, U+0008, U+0009, U+000A, U+000C, U+000D as {@code \b \t \n \f \r},
 * other characters below U+0020 as <code>&#92;u00xx</code> (lowercase hex), and nothing else;
 * object members are sorted by name (UTF-16 code units); numbers are written as PostgreSQL returns
 * them. The hash is SHA-256 of the form's UTF-8 bytes, in 64 lowercase hexadecimal digits. The
 * row's {@code id} is a surrogate key and not part of the evidence: an entry's place is {@code
 * (tenant_id, seq)}.
 */
public final class AuditHash {

  public static final String FORMAT = "atrium-audit-v1";

  /** The previous hash of a chain's first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditHash() {}

  /** The canonical form of an entry of the given tenant, its changes as stored (JSON text). */
  public static String canonical(long tenantId, AuditEntry entry) {
    StringBuilder out = new StringBuilder(512).append('[');
    string(out, FORMAT).append(',');
    out.append(tenantId).append(',').append(entry.getSeq()).append(',');
    string(out, timestamp(entry.getOccurredAt())).append(',');
    string(out, entry.getActorKind().name()).append(',');
    number(out, entry.getActorId()).append(',');
    string(out, entry.getActorName()).append(',');
    number(out, entry.getCentreId()).append(',');
    string(out, entry.getEntityType()).append(',');
    string(out, entry.getEntityId()).append(',');
    string(out, entry.getAction()).append(',');
    value(out, parse(entry.getChangesJson())).append(',');
    string(out, entry.getRequestId()).append(',');
    string(out, entry.getPrevHash());
    return out.append(']').toString();
  }

  /** The hash of an entry of the given tenant: SHA-256 of its canonical form, hexadecimal. */
  public static String of(long tenantId, AuditEntry entry) {
    return sha256(canonical(tenantId, entry));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** The instant as the canonical form writes it. */
  static String timestamp(Instant instant) {
    return MICROS.format(instant);
  }

  /** Changes as canonical JSON text, as they are stored and hashed. */
  static String canonicalJson(JsonValue value) {
    return value(new StringBuilder(), value).toString();
  }

  private static JsonValue parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  private static StringBuilder value(StringBuilder out, JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT -> {
        out.append('{');
        var members = new TreeMap<>((JsonObject) value);
        boolean first = true;
        for (var member : members.entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          string(out, member.getKey()).append(':');
          value(out, member.getValue());
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        JsonArray array = (JsonArray) value;
        for (int i = 0; i < array.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          value(out, array.get(i));
        }
        out.append(']');
      }
      case STRING -> string(out, ((JsonString) value).getString());
      case NUMBER -> out.append(((JsonNumber) value).bigDecimalValue().toString());
      case TRUE -> out.append("true");
      case FALSE -> out.append("false");
      case NULL -> out.append("null");
    }
    return out;
  }

  private static StringBuilder number(StringBuilder out, Long number) {
    return out.append(number == null ? "null" : number.toString());
  }

  private static StringBuilder string(StringBuilder out, String text) {
    if (text == null) {
      return out.append("null");
    }
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
