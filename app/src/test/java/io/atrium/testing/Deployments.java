package io.atrium.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build just packaged, whole, so tests
 * run what ships and never a hand-picked subset of classes, plus the compiled test classes, so that
 * any test class and the fixtures it uses ({@link TestTenants}, {@link InTransaction}, {@link
 * TestDatabase}…) can run in the server. {@link OneDeployment} deploys it once per run; each
 * class's {@code @Deployment} method still says whether the class runs in the server or as a
 * client.
 */
public final class Deployments {

  private static final Path TEST_CLASSES = Path.of("target/test-classes");

  private Deployments() {}

  /** The packaged WAR with every compiled test class (never their resources or services). */
  public static WebArchive app() {
    File war = new File(System.getProperty("atrium.war", "target/atrium.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Package the application first: " + war + " is missing");
    }
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "atrium-it.war").importFrom(war).as(WebArchive.class);
    try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
      files
          .filter(file -> file.toString().endsWith(".class"))
          .forEach(
              file ->
                  archive.add(
                      new FileAsset(file.toFile()),
                      "/WEB-INF/classes/" + TEST_CLASSES.relativize(file).toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return archive;
  }
}
