package io.atrium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Several servers serve one database, so nothing another server can change may be kept in one
 * server's memory across requests. Every collection that outlives a request (a static one, or a
 * field of an application-wide bean) is listed here with why it cannot go stale; a new one fails
 * this test until it is read per request, keyed by data that never changes, or invalidated on every
 * server through {@code shared.push}, and then listed.
 */
class ServerMemoryTest {

  private static final Path SOURCES = Path.of("src/main/java/io/atrium");

  private static final Map<String, String> KEPT =
      Map.of(
          "web/Navigation.java MENUS",
          "menus by permission set: a set's menu never changes, a changed role finds another set",
          "web/design/Branding.java VARIABLES",
          "CSS by colour: a changed colour finds its own entry",
          "shared/push/web/OpenSockets.java open",
          "the sockets open on this very server, which no other server has",
          "tenancy/jobs/TenantJobRunner.java schedules",
          "this server's own scheduled tasks, to cancel at stop",
          "tenancy/jobs/TenantJobRunner.java passes",
          "whether this server is in a pass of a job now: its own threads, not data");

  /** A field (indented once) holding a new collection; group 1: its modifiers, 2: its name. */
  private static final Pattern CLASS_LEVEL_COLLECTION =
      Pattern.compile(
          "^  ((?:(?:private|protected|public|final|volatile|static|transient) )*)"
              + "\\w[\\w<>, ?]* (\\w+) = new \\w*(?:Map|Set|List|Queue|Deque)\\b",
          Pattern.MULTILINE);

  private static final Pattern APPLICATION_WIDE =
      Pattern.compile("^@(ApplicationScoped|Singleton)\\b", Pattern.MULTILINE);

  @Test
  void everyCollectionOutlivingARequestIsKnownNotToGoStale() {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              file -> {
                String source = read(file);
                boolean applicationWide = APPLICATION_WIDE.matcher(source).find();
                Matcher field = CLASS_LEVEL_COLLECTION.matcher(source);
                while (field.find()) {
                  if (field.group(1).contains("static ") || applicationWide) {
                    String path = SOURCES.relativize(file).toString().replace('\\', '/');
                    found.add(path + " " + field.group(2));
                  }
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.removeAll(KEPT.keySet());
    assertEquals(
        Set.of(), found, "kept across requests (read this test's javadoc before listing one)");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
