package io.atrium.invoicing.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Files a test method run in the server leaves for the same class's client methods (the server and
 * the test JVM share the machine and ATRIUM_DATA_DIR): for checks that need a library only the test
 * JVM has, such as the Factur-X validator.
 */
final class HandOver {

  private HandOver() {}

  static Path dir(String name) {
    return Path.of(System.getenv("ATRIUM_DATA_DIR"), "it-handover", name);
  }

  /** Removes what an earlier run left, so a client method never reads a stale file. */
  static void clear(String name) {
    Path dir = dir(name);
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(String name, String file, byte[] content) {
    try {
      Files.createDirectories(dir(name));
      Files.write(dir(name).resolve(file), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(String name, String file) {
    try {
      return Files.readAllBytes(dir(name).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(name + "/" + file + ": did the server-side test run?", e);
    }
  }
}
