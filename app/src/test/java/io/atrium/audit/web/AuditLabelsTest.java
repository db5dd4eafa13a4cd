package io.atrium.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.audit.ValueLabels;
import io.atrium.shared.i18n.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every entity type and field the application records has its label in both languages, read from
 * the calls that record them, so a new field or entity is labelled when it is written: the log
 * showed "bookedBy", "netTotal" and "AccessGrant" to its readers.
 */
class AuditLabelsTest {

  private static final Path SOURCES = Path.of("src/main/java/io/atrium");

  /** {@code .field("name", ...)} and {@code .redacted("name")} of {@code Changes}. */
  private static final Pattern CHANGED_FIELD =
      Pattern.compile("\\.(?:field|redacted)\\(\\s*\"([A-Za-z][\\w.]*)\"");

  /** The snapshots that {@code Changes.between} compares: {@code fields.put("name", ...)}. */
  private static final Pattern SNAPSHOT_FIELD =
      Pattern.compile("\\b(?:fields|facts)\\.put\\(\\s*\"([A-Za-z][\\w.]*)\"");

  /**
   * The entity type of {@code record("Booking", ...)} or {@code record(actor, "Booking", ...)}: the
   * call's first literal in CamelCase (actions are in capitals), or a constant naming it.
   */
  private static final Pattern RECORDED_TYPE =
      Pattern.compile("\\.record\\(\\s*(?:[^;\"]*?,\\s*)?\"([A-Z][a-z]\\w*)\"");

  private static final Pattern TYPE_CONSTANT =
      Pattern.compile("String AUDIT\\s*=\\s*\"([A-Z][a-z]\\w*)\"");

  /**
   * A field named after the action, for a recording helper: {@code changed(card, "LOST", "state"}.
   */
  private static final Pattern QUOTED_NAME =
      Pattern.compile("\"[A-Z][A-Z_]+\",\\s*\"([a-z][A-Za-z]*)\"");

  private static final Pattern VALUE_LABELS =
      Pattern.compile(
          "package (io\\.atrium\\.[\\w.]+);.*class (\\w+) implements ValueLabels", Pattern.DOTALL);

  private static final List<ResourceBundle> BUNDLES =
      List.of(Texts.bundle(Locale.ENGLISH), Texts.bundle(Locale.FRENCH));

  @Test
  void everyRecordedFieldHasALabelInBothLanguages() {
    Set<String> fields = found(CHANGED_FIELD, SNAPSHOT_FIELD);
    // The scan finds what the calls record: guard against a pattern that silently finds nothing.
    assertTrue(
        fields.containsAll(Set.of("bookedBy", "netTotal", "system", "email")), fields::toString);
    for (ResourceBundle texts : BUNDLES) {
      List<String> unlabelled =
          fields.stream()
              .filter(
                  f -> !texts.containsKey("audit.label." + f) && !texts.containsKey("field." + f))
              .toList();
      assertEquals(List.of(), unlabelled, "fields without a label in " + texts.getLocale());
    }
  }

  @Test
  void everyRecordedEntityTypeHasALabelInBothLanguages() {
    Set<String> types = found(RECORDED_TYPE, TYPE_CONSTANT);
    assertTrue(
        types.containsAll(Set.of("Booking", "AccessGrant", "Invoice", "Ticket")), types::toString);
    for (ResourceBundle texts : BUNDLES) {
      List<String> unlabelled =
          types.stream().filter(t -> !texts.containsKey("audit.entity." + t)).toList();
      assertEquals(List.of(), unlabelled, "entity types without a label in " + texts.getLocale());
    }
  }

  @Test
  void everyLabelledValueHasItsLabelInBothLanguages() throws ReflectiveOperationException {
    List<String> missing = new ArrayList<>();
    int fields = 0;
    for (String name : valueLabels()) {
      var labels = (ValueLabels) Class.forName(name).getDeclaredConstructor().newInstance();
      for (var type : labels.labelledFields().values()) {
        fields++;
        for (Enum<?> constant : type.getEnumConstants()) {
          String key = (String) type.getMethod("getLabelKey").invoke(constant);
          BUNDLES.stream()
              .filter(texts -> !texts.containsKey(key))
              .forEach(texts -> missing.add(key + " (" + texts.getLocale() + ")"));
        }
      }
    }
    assertTrue(fields >= 10, "labelled fields found: " + fields);
    assertEquals(List.of(), missing);
  }

  /**
   * A recorded field that holds a constant of a labelled enum is shown by its label: the log showed
   * "EXPECTED → CHECKED_IN" for a visitor and "ACTIVE" for a company. Found by reflection: for each
   * source that records an entity type, that type's enum fields with {@code getLabelKey()} whose
   * names the same source records (as a field, or named after an action for a helper that records
   * it); each must be named by its capability's {@link ValueLabels}.
   */
  @Test
  void everyRecordedLabelledEnumIsShownByItsLabel() throws ReflectiveOperationException {
    Set<String> labelled = new TreeSet<>();
    for (String name : valueLabels()) {
      var labels = (ValueLabels) Class.forName(name).getDeclaredConstructor().newInstance();
      labelled.addAll(labels.labelledFields().keySet());
    }
    Set<String> unlabelled = new TreeSet<>();
    int checked = 0;
    for (String source :
        sources().filter(s -> !s.startsWith("package io.atrium.audit;")).toList()) {
      Set<String> types = found(source, RECORDED_TYPE, TYPE_CONSTANT);
      Set<String> texts = found(source, CHANGED_FIELD, SNAPSHOT_FIELD, QUOTED_NAME);
      for (String type : types) {
        for (Class<?> entity : classesNamed(type)) {
          for (var field : entity.getDeclaredFields()) {
            if (field.getType().isEnum()
                && hasLabelKey(field.getType())
                && texts.contains(field.getName())) {
              checked++;
              String key = ValueLabels.key(type, field.getName());
              if (!labelled.contains(key)) {
                unlabelled.add(key);
              }
            }
          }
        }
      }
    }
    assertTrue(checked >= 10, "labelled enum fields found: " + checked);
    assertEquals(Set.of(), unlabelled, "recorded as the enum's name, not its label");
  }

  private static boolean hasLabelKey(Class<?> type) {
    try {
      type.getMethod("getLabelKey");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The application's classes of this simple name (an entity type is its class's name). */
  private static List<Class<?>> classesNamed(String simpleName) {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.endsWith(simpleName + ".java")).toList()) {
        String name = SOURCES.getParent().getParent().relativize(file).toString();
        classes.add(Class.forName(name.replace(".java", "").replace('/', '.')));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return classes;
  }

  private static Set<String> found(Pattern... patterns) {
    Set<String> names = new TreeSet<>();
    sources()
        .filter(source -> !source.startsWith("package io.atrium.audit;"))
        .forEach(source -> names.addAll(found(source, patterns)));
    return names;
  }

  private static Set<String> found(String source, Pattern... patterns) {
    Set<String> names = new TreeSet<>();
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(source);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static List<String> valueLabels() {
    return sources()
        .map(VALUE_LABELS::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1) + "." + m.group(2))
        .toList();
  }

  private static Stream<String> sources() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .map(AuditLabelsTest::read)
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
