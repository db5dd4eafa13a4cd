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

  private static Set<String> found(Pattern... patterns) {
    Set<String> names = new TreeSet<>();
    sources()
        .filter(source -> !source.startsWith("package io.atrium.audit;"))
        .forEach(
            source -> {
              for (Pattern pattern : patterns) {
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                  names.add(m.group(1));
                }
              }
            });
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
