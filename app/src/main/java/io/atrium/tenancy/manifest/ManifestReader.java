package io.atrium.tenancy.manifest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads tenant manifests. YAML is composed into nodes rather than loaded into maps, because only
 * nodes remember their line, and every problem is reported as {@code file:line: field: problem}.
 */
public final class ManifestReader {

  /** The only password manifests may carry, on demo accounts. */
  public static final String DEMO_PASSWORD = Values.DEMO_PASSWORD;

  /** Each tenant's manifest, {@code tenants/<slug>/tenant.yaml}. */
  public static final String FILE_NAME = "tenant.yaml";

  private ManifestReader() {}

  /**
   * @throws ManifestException when the manifest is not valid; its file is {@code file} as given
   * @throws UncheckedIOException when it cannot be read
   */
  public static TenantManifest read(Path file) {
    return read(file, null);
  }

  private static TenantManifest read(Path file, String expectedSlug) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return TenantMapper.tenant(
          ManifestNode.root(file.toString(), compose(file.toString(), reader)),
          expectedSlug,
          ManifestFiles.in(file.toAbsolutePath().getParent()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * @param fileName how problems name the file
   * @throws ManifestException when the manifest is not valid
   */
  public static TenantManifest read(String fileName, Reader reader) {
    return read(fileName, reader, null);
  }

  /**
   * @param files the files beside the manifest (its floor plans), or null when it has no folder
   * @throws ManifestException when the manifest, or a file it names, is not valid
   */
  public static TenantManifest read(String fileName, Reader reader, ManifestFiles files) {
    return TenantMapper.tenant(ManifestNode.root(fileName, compose(fileName, reader)), null, files);
  }

  /**
   * Every {@code <slug>/tenant.yaml} under {@code tenantsDir}, sorted by slug. A folder without a
   * manifest, or whose name is not the manifest's slug, is an error: the folder is how people find
   * a tenant's file.
   */
  public static List<TenantManifest> readAll(Path tenantsDir) {
    List<TenantManifest> manifests = new ArrayList<>();
    for (Path folder : folders(tenantsDir)) {
      Path file = folder.resolve(FILE_NAME);
      if (!Files.isRegularFile(file)) {
        throw new ManifestException(
            file.toString(), 1, "", "missing: every folder of " + tenantsDir + " is a tenant");
      }
      manifests.add(read(file, folder.getFileName().toString()));
    }
    manifests.sort(Comparator.comparing(TenantManifest::slug));
    return List.copyOf(manifests);
  }

  private static List<Path> folders(Path tenantsDir) {
    try (Stream<Path> entries = Files.list(tenantsDir)) {
      return entries
          .filter(Files::isDirectory)
          .filter(path -> !path.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + tenantsDir, e);
    }
  }

  private static Node compose(String fileName, Reader reader) {
    Node node;
    try {
      node = new Yaml(new LoaderOptions()).compose(reader);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 1 : mark.getLine() + 1;
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      throw new ManifestException(fileName, line, "", "not valid YAML: " + problem);
    } catch (YAMLException e) {
      throw new ManifestException(fileName, 1, "", "not readable YAML: " + e.getMessage());
    }
    if (node == null) {
      throw new ManifestException(fileName, 1, "", "the file is empty");
    }
    return node;
  }
}
