package io.atrium.tenancy.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files beside a manifest (floor plans), by their path relative to its folder. A manifest read
 * alone (uploaded on the platform page) has no folder: its plans are checked in form only and its
 * floors are created without them.
 */
@FunctionalInterface
public interface ManifestFiles {

  /** At most this many bytes per file: a plan is an image, not a document. */
  int MAX_BYTES = 2 * 1024 * 1024;

  /** The file's content, empty when there is no such file. */
  Optional<byte[]> read(String relativePath);

  /** Files in a folder on disk. */
  static ManifestFiles in(Path folder) {
    return path -> {
      Path file = folder.resolve(path).normalize();
      if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Optional.of(in.readNBytes(MAX_BYTES + 1));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    };
  }

  /** Files bundled on the class path under {@code folder} ({@code tenants/lumiere}). */
  static ManifestFiles onClassPath(String folder, ClassLoader loader) {
    return path -> {
      try (InputStream in = loader.getResourceAsStream(folder + "/" + path)) {
        return in == null ? Optional.empty() : Optional.of(in.readNBytes(MAX_BYTES + 1));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + folder + "/" + path, e);
      }
    };
  }
}
