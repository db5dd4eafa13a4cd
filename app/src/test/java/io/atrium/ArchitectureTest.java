package io.atrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The capabilities' boundaries, read from the one place they are written: the "May call:" line of
 * each capability's {@code package-info.java}. A class of capability X (its {@code web} and {@code
 * api} adapters included) may use only X and the capabilities X's line names; the lines together
 * must form no cycle (a lower capability tells a higher one through CDI events, not calls); JPQL in
 * X names only X's entities (another capability's rows are read through its services); and only web
 * adapters touch Faces.
 */
class ArchitectureTest {

  private static final String BASE = "io.atrium.";
  private static final Path SOURCES = Path.of("src/main/java/io/atrium");
  private static final Pattern MAY_CALL = Pattern.compile("May call:(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern EVERY = Pattern.compile("\\bevery capability\\b");
  private static final Pattern STRING_LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
  private static final Pattern JPQL_ENTITY =
      Pattern.compile("\\b(?i:from|join|update|member of)\\s+([A-Z][A-Za-z0-9]*)\\b");

  private static JavaClasses classes;
  private static Set<String> capabilities;
  private static Map<String, Set<String>> mayCall;

  @BeforeAll
  static void read() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.atrium");
    capabilities = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      dirs.filter(Files::isDirectory).forEach(d -> capabilities.add(d.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    mayCall = new TreeMap<>();
    for (String capability : capabilities) {
      mayCall.put(capability, declaredCallees(capability));
    }
  }

  private static Set<String> declaredCallees(String capability) {
    Path info = SOURCES.resolve(capability).resolve("package-info.java");
    String text;
    try {
      text = Files.readString(info);
    } catch (IOException e) {
      throw new AssertionError(capability + " has no package-info.java stating its rules", e);
    }
    Matcher line = MAY_CALL.matcher(text);
    if (!line.find()) {
      throw new AssertionError(info + " has no \"May call:\" line");
    }
    String declared = line.group(1).replaceAll("\\{@code\\s+([^}]*)}", "$1");
    Set<String> callees = new TreeSet<>();
    if (EVERY.matcher(declared).find()) {
      callees.addAll(capabilities);
    } else {
      Matcher word = Pattern.compile("\\b(?:io\\.atrium\\.)?([a-z]+)\\b").matcher(declared);
      while (word.find()) {
        if (capabilities.contains(word.group(1))) {
          callees.add(word.group(1));
        }
      }
    }
    callees.remove(capability);
    return callees;
  }

  private static String capabilityOf(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(BASE)) {
      return null;
    }
    String rest = name.substring(BASE.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  @Test
  void everyCapabilityIsFound() {
    assertTrue(
        capabilities.containsAll(Set.of("shared", "tenancy", "identity", "web", "helpdesk")),
        () -> "capabilities read from " + SOURCES.toAbsolutePath() + ": " + capabilities);
    assertTrue(classes.size() > 100, "compiled classes imported: " + classes.size());
  }

  @Test
  void capabilitiesCallOnlyWhatTheirPackageInfoAllows() {
    Map<String, Set<String>> violations = new TreeMap<>();
    for (JavaClass origin : classes) {
      String from = capabilityOf(origin);
      if (from == null || !capabilities.contains(from)) {
        continue;
      }
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        String to = capabilityOf(dependency.getTargetClass());
        if (to == null || to.equals(from) || !capabilities.contains(to)) {
          continue;
        }
        if (!mayCall.get(from).contains(to)) {
          violations
              .computeIfAbsent(from + " → " + to, k -> new TreeSet<>())
              .add(origin.getSimpleName() + " uses " + dependency.getTargetClass().getName());
        }
      }
    }
    assertEquals(
        Map.of(),
        violations,
        "Calls that the caller's package-info \"May call:\" line does not allow");
  }

  @Test
  void declaredCallsFormNoCycle() {
    List<String> cycles = new ArrayList<>();
    for (String start : capabilities) {
      Deque<String> path = new ArrayDeque<>();
      path.push(start);
      findCycles(start, start, path, new LinkedHashSet<>(), cycles);
    }
    assertEquals(List.of(), cycles, "Capabilities that call each other: " + mayCall);
  }

  private void findCycles(
      String start, String at, Deque<String> path, Set<String> seen, List<String> cycles) {
    for (String next : mayCall.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        List<String> cycle = new ArrayList<>(path);
        java.util.Collections.reverse(cycle);
        cycle.add(start);
        // each cycle once: reported from its smallest member
        if (cycle.stream().allMatch(c -> start.compareTo(c) <= 0)) {
          cycles.add(String.join(" → ", cycle));
        }
      } else if (seen.add(next)) {
        path.push(next);
        findCycles(start, next, path, seen, cycles);
        path.pop();
      }
    }
  }

  @Test
  void jpqlNamesOnlyItsOwnCapabilitysEntities() throws IOException {
    Map<String, String> entityCapability = new HashMap<>();
    for (JavaClass type : classes) {
      if (type.isAnnotatedWith("jakarta.persistence.Entity")) {
        entityCapability.put(type.getSimpleName(), capabilityOf(type));
      }
    }
    assertTrue(entityCapability.containsKey("Ticket"), "entities found: " + entityCapability);
    Set<String> violations = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String capability = SOURCES.relativize(file).getName(0).toString();
        if (capability.equals("platform") || capability.endsWith(".java")) {
          continue; // the platform creates every capability's first rows by design
        }
        Matcher literal = STRING_LITERAL.matcher(Files.readString(file));
        while (literal.find()) {
          String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
          Matcher entity = JPQL_ENTITY.matcher(text);
          while (entity.find()) {
            String owner = entityCapability.get(entity.group(1));
            if (owner != null && !owner.equals(capability)) {
              violations.add(
                  SOURCES.relativize(file) + " queries " + entity.group(1) + " of " + owner);
            }
          }
        }
      }
    }
    assertEquals(Set.of(), violations, "JPQL naming another capability's entities");
  }

  @Test
  void onlyWebAdaptersUseFaces() {
    Set<String> violations = new TreeSet<>();
    for (JavaClass origin : classes) {
      boolean adapter =
          origin.getPackageName().startsWith(BASE + "web")
              || origin.getPackageName().contains(".web.")
              || origin.getPackageName().endsWith(".web");
      if (adapter) {
        continue;
      }
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        String target = dependency.getTargetClass().getPackageName();
        if (target.startsWith("jakarta.faces")
            || target.startsWith("org.primefaces")
            || target.startsWith("org.omnifaces")) {
          violations.add(origin.getName() + " uses " + dependency.getTargetClass().getName());
        }
      }
    }
    if (!violations.isEmpty()) {
      fail("Services and entities never touch Faces:\n" + String.join("\n", violations));
    }
  }

  @Test
  void jsonIsBuiltThroughTheProviderLookedUpOnce() {
    Set<String> violations = new TreeSet<>();
    for (JavaClass origin : classes) {
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        if (dependency.getTargetClass().getName().equals("jakarta.json.Json")) {
          violations.add(origin.getName());
        }
      }
    }
    assertEquals(
        Set.of(),
        violations,
        "static jakarta.json.Json calls look the provider up each time: use shared.Jsonp.JSON");
  }
}
