package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages show a state, a kind or a status as {@code msg[value.labelKey]}: a key built at run time,
 * which no page scan can check, so a value without its text shows {@code ???key???}. Every constant
 * of every enum of the application with a {@code getLabelKey()} has its text in both bundles.
 */
class EnumLabelsTest {

  private static final Path CLASSES = Path.of("target/classes");

  @Test
  void everyLabelledEnumValueHasItsTextInBothLanguages() throws Exception {
    Map<String, String> keys = new TreeMap<>();
    for (Class<?> type : labelledEnums()) {
      Method label = type.getMethod("getLabelKey");
      for (Object constant : type.getEnumConstants()) {
        keys.put((String) label.invoke(constant), type.getName() + "." + constant);
      }
    }
    assertTrue(keys.size() > 100, "labelled values found: " + keys.size());
    for (String language : List.of("en", "fr")) {
      Properties texts = PageTextsTest.bundleFile(language);
      Set<String> missing = new TreeSet<>();
      keys.forEach(
          (key, constant) -> {
            String text = texts.getProperty(key);
            if (text == null || text.isBlank()) {
              missing.add(key + " (" + constant + ")");
            }
          });
      assertEquals(Set.of(), missing, language + ": values without their text");
    }
  }

  private static List<Class<?>> labelledEnums() throws IOException {
    ClassLoader loader = EnumLabelsTest.class.getClassLoader();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .map(p -> CLASSES.relativize(p).toString())
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .filter(name -> name.startsWith("io.atrium."))
          .<Class<?>>map(name -> load(name, loader))
          .filter(type -> type != null && type.isEnum() && labelled(type))
          .toList();
    }
  }

  private static boolean labelled(Class<?> type) {
    try {
      Method label = type.getMethod("getLabelKey");
      return label.getReturnType() == String.class && !Modifier.isStatic(label.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
