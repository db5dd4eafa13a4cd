package io.atrium.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile cannot be built here (no Docker engine), so what was wrong with it is checked by
 * reading it: the image must be able to import the demo operators, carry no TLS key, and take the
 * driver's version from the pom alone.
 */
class DockerfileTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theDemoManifestsReachTheBuild() throws IOException {
    assertTrue(dockerfile().contains("COPY tenants/ tenants/"), "tenants/ copied for the WAR");
  }

  @Test
  void theDriverVersionIsWrittenOnlyInThePom() throws IOException {
    Matcher version =
        Pattern.compile("<postgresql.version>([^<]+)</postgresql.version>")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertTrue(version.find(), "postgresql.version in the pom");
    assertFalse(dockerfile().contains(version.group(1)), "Dockerfile repeats " + version.group(1));
  }

  @Test
  void noKeystoreStaysInTheImage() throws IOException {
    String dockerfile = dockerfile();
    int configure = dockerfile.lastIndexOf("configure.sh");
    assertTrue(configure > 0, "configure.sh still warms the image");
    assertTrue(
        dockerfile.indexOf("rm -rf /opt/ol/wlp/output/defaultServer/resources/security", configure)
            > 0,
        "the keystore written by configure.sh is removed in the same layer");
  }

  private static String dockerfile() throws IOException {
    return Files.readString(ROOT.resolve("Dockerfile"));
  }
}
