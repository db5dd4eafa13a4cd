package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every date picker goes through the {@code a:date} tag, which keeps the keyboard working: a picker
 * that opens on focus swallowed typed dates and trapped Tab.
 */
class DatePickersTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Path TAG = PAGES.resolve("WEB-INF/tags/date.xhtml");

  @Test
  void noPageUsesAPrimeFacesDatePickerDirectly() throws IOException {
    List<Path> direct;
    try (Stream<Path> files = Files.walk(PAGES)) {
      direct =
          files
              .filter(p -> p.toString().endsWith(".xhtml") && !p.equals(TAG))
              .filter(p -> read(p).contains("<p:datePicker"))
              .toList();
    }
    assertEquals(List.of(), direct, "pages with a p:datePicker of their own; use a:date");
  }

  @Test
  void theSharedPickerNeverOpensOnFocus() {
    String tag = read(TAG);
    assertTrue(tag.contains("showOnFocus=\"false\""), tag);
    assertTrue(tag.contains("showIcon=\"true\""), "the calendar still opens from its button");
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
