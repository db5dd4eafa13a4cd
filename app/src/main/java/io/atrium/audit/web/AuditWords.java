package io.atrium.audit.web;

import io.atrium.audit.AuditEntry;
import io.atrium.audit.AuditSubjects;
import io.atrium.audit.Changes.Change;
import io.atrium.shared.format.Formats;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An audit entry in plain words, in the reader's language: "Hélène Martin a modifié l'e-mail de
 * Camille Vasseur". Actions, entity types and fields come from the bundle ({@code audit.says.*},
 * {@code audit.subject.*}, {@code audit.of.*}, {@code audit.field.*}, {@code audit.label.*}); the
 * subject is named by what its capability calls it ({@link io.atrium.audit.SubjectNames}), or by
 * its number when it no longer exists. Anything the bundle does not know is said in general words
 * rather than in the log's codes.
 */
final class AuditWords {

  /** Fields some entries keep a related row's id in: shown as its number, not a bare figure. */
  private static final Set<String> ID_FIELDS = Set.of("hostId", "member", "event");

  /** How {@link io.atrium.audit.Changes} writes java.time values: ISO-8601. */
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final Pattern ISO_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");

  private static final Pattern OFFSET = Pattern.compile("[+-]\\d{2}:\\d{2}$");

  /** The bundle key of a recorded value's label, by entity type, field and value. */
  interface ValueKeys {
    Optional<String> labelKey(String entityType, String field, String value);
  }

  private final ResourceBundle texts;
  private final Map<String, String> names;
  private final Formats formats;
  private final ZoneId zone;
  private final ValueKeys valueKeys;

  AuditWords(ResourceBundle texts, Map<String, String> names) {
    this(
        texts,
        names,
        Formats.of(texts.getLocale(), null),
        ZoneOffset.UTC,
        (type, field, value) -> Optional.empty());
  }

  /**
   * Instants are shown in {@code zone}, the one the log's times are in, written the reader's way
   * ({@code formats}), as the rest of the page.
   */
  AuditWords(
      ResourceBundle texts,
      Map<String, String> names,
      Formats formats,
      ZoneId zone,
      ValueKeys valueKeys) {
    this.texts = texts;
    this.names = names;
    this.formats = formats;
    this.zone = zone;
    this.valueKeys = valueKeys;
  }

  /** Who did what to what. */
  String sentence(AuditEntry entry) {
    String actor =
        entry.getActorName() == null || entry.getActorName().isBlank()
            ? text(entry.getActorKind().getLabelKey())
            : entry.getActorName();
    return sentence(
        actor,
        entry.getEntityType(),
        entry.getEntityId(),
        entry.getAction(),
        entry.getChanges().getList());
  }

  String sentence(String actor, String type, String id, String action, List<Change> changes) {
    String subject = subject(type, id, "audit.subject.");
    String ofSubject = subject(type, id, "audit.of.");
    if ("UPDATE".equals(action)
        && changes.size() == 1
        && texts.containsKey("audit.field." + changes.get(0).field())) {
      String field = text("audit.field." + changes.get(0).field());
      return format("audit.says.UPDATE.one", actor, subject, ofSubject, field);
    }
    String says = "audit.says." + action + "." + type;
    if (!texts.containsKey(says)) {
      says =
          texts.containsKey("audit.says." + action) ? "audit.says." + action : "audit.says.other";
    }
    return format(says, actor, subject, ofSubject);
  }

  /** One change as a line: "E-mail : a@x.fr → b@x.fr". */
  String change(Change change) {
    return change("", change);
  }

  /** One change of an entity of this type, whose labelled values it shows by their labels. */
  String change(String entityType, Change change) {
    String label = label(change.field());
    String before = value(entityType, change.field(), change.before());
    String after = value(entityType, change.field(), change.after());
    if (change.before() == null) {
      return format("audit.change.set", label, after);
    }
    if (change.after() == null) {
      return format("audit.change.cleared", label, before);
    }
    return format("audit.change.from", label, before, after);
  }

  /** An entity type as the filter lists it. */
  String entityType(String type) {
    return texts.containsKey("audit.entity." + type) ? text("audit.entity." + type) : type;
  }

  private String subject(String type, String id, String form) {
    String name = names.get(AuditSubjects.key(type, id));
    if (name == null) {
      Long number = AuditSubjects.numeric(id);
      // A few subjects are named by a word (a centre's code for its support managers).
      name =
          number != null
              ? format("audit.number", String.valueOf(number))
              : "SupportManager".equals(type) ? id : "";
    }
    String key = texts.containsKey(form + type) ? form + type : form + "other";
    return format(key, name).strip();
  }

  private String label(String field) {
    if (texts.containsKey("audit.label." + field)) {
      return text("audit.label." + field);
    }
    return texts.containsKey("field." + field) ? text("field." + field) : field;
  }

  /** A value as people read it: a state or a yes/no in their words, an id as a number. */
  private String value(String entityType, String field, String value) {
    if (value == null) {
      return "";
    }
    Optional<String> labelled =
        valueKeys.labelKey(entityType, field, value).filter(texts::containsKey);
    if (labelled.isPresent()) {
      return text(labelled.get());
    }
    String when = when(value);
    if (when != null) {
      return when;
    }
    if (ID_FIELDS.contains(field) && AuditSubjects.numeric(value) != null) {
      return format("audit.number", value);
    }
    if (value.startsWith("[") && value.endsWith("]")) {
      // A set (roles, centres, rights), as Changes writes it: its items, default roles translated.
      String items = value.substring(1, value.length() - 1);
      if (items.isBlank()) {
        return text("audit.value.none");
      }
      return Arrays.stream(items.split(", "))
          .map(item -> "roles".equals(field) ? roleName(item) : item)
          .collect(Collectors.joining(", "));
    }
    String known = "audit.value." + value;
    return texts.containsKey(known) ? text(known) : value;
  }

  /**
   * A day or a time as the page's other dates show them, an instant on the clock of the log's zone;
   * null for any other text.
   */
  private String when(String value) {
    try {
      if (ISO_DAY.matcher(value).matches()) {
        return formats.date(LocalDate.parse(value));
      }
      if (!ISO_TIME.matcher(value).matches()) {
        return null;
      }
      if (value.endsWith("Z")) {
        return formats.dateTime(Instant.parse(value), zone);
      }
      if (OFFSET.matcher(value).find()) {
        return formats.dateTime(OffsetDateTime.parse(value).toInstant(), zone);
      }
      return formats.dateTime(LocalDateTime.parse(value));
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  /** A default role's product name ("Super Admin") in the reader's language; others as named. */
  private String roleName(String name) {
    String key = "role.default." + name.toLowerCase(Locale.ROOT).replace(' ', '-');
    return texts.containsKey(key) ? text(key) : name;
  }

  private String text(String key) {
    return texts.getString(key);
  }

  private String format(String key, Object... params) {
    return new MessageFormat(text(key), texts.getLocale()).format(params);
  }
}
