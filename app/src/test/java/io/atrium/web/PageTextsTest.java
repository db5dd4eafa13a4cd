package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a page names literally exists in both bundles: a missing key renders as {@code
 * ???key???} in front of the user, which no compiler catches ({@code theTicket.createdAt} did).
 * Keys built at run time ({@code 'sentMail.status.' += mail.status}) are left to the page-rendering
 * browser test.
 */
class PageTextsTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Path BUNDLES = Path.of("src/main/resources/i18n");

  /** {@code msg['key']} or {@code msg["key"]}. */
  private static final Pattern LITERAL = Pattern.compile("msg\\[\\s*['\"]([^'\"+]+)['\"]\\s*]");

  /** An {@code a:field} tag: its label is {@code field.<id>} unless it names a labelKey. */
  private static final Pattern FIELD = Pattern.compile("<a:field\\s([^>]*)>");

  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  @Test
  void everyKeyAPageNamesIsInEnglishAndFrench() {
    Set<String> used = keysUsed();
    assertFalse(used.isEmpty(), "keys found in the pages");
    Set<String> missing = new TreeSet<>();
    for (String language : List.of("en", "fr")) {
      // The file itself, not a ResourceBundle: French must not pass on an English fallback.
      Properties texts = bundleFile(language);
      for (String key : used) {
        if (!texts.containsKey(key)) {
          missing.add(language + ": " + key);
        }
      }
    }
    assertEquals(Set.of(), missing, "keys used by pages but missing from a bundle");
  }

  @Test
  void theScanFindsLiteralAndFieldKeys() {
    Set<String> found = new TreeSet<>();
    collect("#{msg['ticket.createdAt']} <a:field id=\"email\" type=\"email\"/>", found);
    collect("<a:field id=\"x\" labelKey=\"login.title\"/> #{msg['a.' += b]}", found);
    assertEquals(Set.of("ticket.createdAt", "field.email", "login.title"), found);
  }

  static Properties bundleFile(String language) {
    Properties texts = new Properties();
    try (var in =
        Files.newBufferedReader(
            BUNDLES.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
      texts.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  private static Set<String> keysUsed() {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      files.filter(p -> p.toString().endsWith(".xhtml")).forEach(p -> collect(read(p), keys));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  static void collect(String page, Set<String> keys) {
    Matcher literal = LITERAL.matcher(page);
    while (literal.find()) {
      keys.add(literal.group(1));
    }
    Matcher field = FIELD.matcher(page);
    while (field.find()) {
      String id = null;
      String labelKey = null;
      Matcher attribute = ATTRIBUTE.matcher(field.group(1));
      while (attribute.find()) {
        switch (attribute.group(1)) {
          case "id" -> id = attribute.group(2);
          case "labelKey" -> labelKey = attribute.group(2);
          default -> {}
        }
      }
      String key = labelKey != null ? labelKey : id == null ? null : "field." + id;
      if (key != null && !key.contains("#{")) {
        keys.add(key);
      }
    }
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
