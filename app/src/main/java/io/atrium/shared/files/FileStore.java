package io.atrium.shared.files;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.database.DatabaseSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploaded files (ticket photos and videos, event covers), kept on disk under the data directory,
 * outside the webapp: nothing here is reachable by URL; each capability serves its files itself,
 * after checking who may see them.
 *
 * <p>Rules: (1) a file's kind is read from its content; (2) a file over the limit ({@code
 * UPLOAD_MAX_MB}) or of a kind the caller does not accept is refused with a field message and
 * nothing is kept; (3) a file stored inside a transaction that rolls back is deleted, so a refused
 * command leaves no orphan; (4) keys are {@code <tenant>/<uuid>.<ext>}, never derived from the
 * uploader's file name.
 */
@ApplicationScoped
public class FileStore {

  private static final Pattern KEY = Pattern.compile("\\d+/[0-9a-f-]{36}\\.[a-z0-9]{2,5}");

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "upload.max.mb", defaultValue = "25")
  long maxMegabytes;

  @Resource TransactionSynchronizationRegistry transactions;

  private volatile Path root;

  public FileStore() {}

  /** A store outside the container (unit tests): files under {@code root}, no transaction. */
  FileStore(Path root, long maxMegabytes) {
    this.root = root;
    this.maxMegabytes = maxMegabytes;
  }

  /**
   * Keeps {@code content} if it is one of {@code accepted} and within the limit; otherwise throws
   * {@link InvalidFieldsException} on {@code field}.
   */
  public StoredFile store(
      long tenantId, String field, String originalName, InputStream content, Set<FileKind> accepted)
      throws InvalidFieldsException {
    try (InputStream in = content) {
      byte[] head = in.readNBytes(FileKind.SNIFF_BYTES);
      if (head.length == 0) {
        throw InvalidFieldsException.of(field, "file.rejected.empty");
      }
      FileKind kind =
          FileKind.sniff(head)
              .filter(accepted::contains)
              .orElseThrow(() -> InvalidFieldsException.of(field, "file.rejected.type"));
      String key = tenantId + "/" + UUID.randomUUID() + "." + kind.extension();
      Path target = path(key);
      Files.createDirectories(target.getParent());
      Path partial = target.resolveSibling(target.getFileName() + ".part");
      long size = copyWithin(head, in, partial, maxBytes());
      if (size < 0) {
        Files.deleteIfExists(partial);
        throw InvalidFieldsException.of(field, "file.rejected.size");
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      deleteIfRolledBack(target);
      return new StoredFile(key, kind, size, displayName(originalName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Keeps content that the caller has read whole and recognised itself (a floor plan's SVG, which
   * no leading bytes identify), under the same limit and rules as {@link #store}.
   */
  public StoredFile storeChecked(
      long tenantId, String originalName, byte[] content, FileKind kind) {
    if (content.length > maxBytes()) {
      throw InvalidFieldsException.of("file", "file.rejected.size");
    }
    String key = tenantId + "/" + UUID.randomUUID() + "." + kind.extension();
    try {
      Path target = path(key);
      Files.createDirectories(target.getParent());
      Path partial = target.resolveSibling(target.getFileName() + ".part");
      Files.write(partial, content);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      deleteIfRolledBack(target);
      return new StoredFile(key, kind, content.length, displayName(originalName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored content; the caller checks first that the reader may see it. */
  public InputStream open(String key) throws IOException {
    return Files.newInputStream(path(key));
  }

  public void delete(String key) {
    try {
      Files.deleteIfExists(path(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long maxBytes() {
    return maxMegabytes * 1024 * 1024;
  }

  public long maxMegabytes() {
    return maxMegabytes;
  }

  private Path path(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a file key: " + key);
    }
    return root().resolve(key);
  }

  private Path root() {
    if (root == null) {
      root = DatabaseSettings.from(config).dataDir().resolve("files");
    }
    return root;
  }

  /** Copies head + rest to {@code target}; -1 (and a partial file) once over {@code max}. */
  private static long copyWithin(byte[] head, InputStream rest, Path target, long max)
      throws IOException {
    long size = head.length;
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write(head);
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = rest.read(buffer)) > 0; ) {
        size += n;
        if (size > max) {
          return -1;
        }
        out.write(buffer, 0, n);
      }
    }
    return size;
  }

  private void deleteIfRolledBack(Path file) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              try {
                Files.deleteIfExists(file);
              } catch (IOException e) {
                // Only an orphan file is left; the row that would have named it was not written.
              }
            }
          }
        });
  }

  /** The uploader's name without any folder part or control characters, for display only. */
  static String displayName(String originalName) {
    String name = originalName == null ? "" : originalName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name =
        name.codePoints()
            .filter(c -> c >= 0x20 && c != 0x7F)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .strip();
    if (name.isEmpty()) {
      return "file";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
