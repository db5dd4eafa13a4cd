package io.atrium.tenancy.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's {@code tenants/} folder, found from wherever the tests run. */
final class DemoTenants {

  private DemoTenants() {}

  static Path folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("tenants");
      if (Files.isRegularFile(candidate.resolve("lumiere").resolve(ManifestReader.FILE_NAME))) {
        return candidate;
      }
    }
    throw new IllegalStateException("No tenants/ folder above " + Path.of("").toAbsolutePath());
  }

  static Path file(String slug) {
    return folder().resolve(slug).resolve(ManifestReader.FILE_NAME);
  }

  static String text(String slug) {
    try {
      return Files.readString(file(slug), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
