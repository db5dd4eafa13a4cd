package io.atrium.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/**
 * The files an operator deploys more than one server with, which no test can run here (no
 * Kubernetes): the manifests parse and say what the README promises, HAProxy accepts its example,
 * and the session cache stays out of a server that has no cluster configured.
 */
class DeploymentFilesTest {

  private static final Path LIBERTY = Path.of("..", "liberty");

  @Test
  void theOperatorRunsThreeServersProbedOnReadinessAndLiveness() throws IOException {
    Map<String, Object> spec = section(kubernetes("OpenLibertyApplication"), "spec");
    assertEquals(3, spec.get("replicas"));
    Map<String, Object> probes = section(spec, "probes");
    assertEquals("/health/ready", section(section(probes, "readiness"), "httpGet").get("path"));
    assertEquals("/health/live", section(section(probes, "liveness"), "httpGet").get("path"));
  }

  @Test
  void secretsComeFromTheSecretAndTheDatabaseIsExternal() throws IOException {
    Map<String, Object> spec = section(kubernetes("OpenLibertyApplication"), "spec");
    for (String name : List.of("DB_USER", "DB_PASSWORD", "DB_OWNER_USER", "DB_OWNER_PASSWORD")) {
      Map<String, Object> from = section(env(spec, name), "valueFrom");
      assertNotNull(from.get("secretKeyRef"), name + " read from a Secret");
    }
    assertEquals("false", env(spec, "DB_EMBEDDED").get("value"));
    assertTrue(String.valueOf(env(spec, "JWT_KEY_FILE").get("value")).startsWith("/etc/atrium"));
    @SuppressWarnings("unchecked")
    var volume = ((List<Map<String, Object>>) spec.get("volumes")).get(0);
    assertEquals("atrium-secrets", section(volume, "secret").get("secretName"));
  }

  @Test
  void theSecretExampleNamesEveryKeyTheManifestReads() throws IOException {
    Map<String, Object> secret;
    try (var reader = Files.newBufferedReader(LIBERTY.resolve("kubernetes/secret.example.yaml"))) {
      secret = new Yaml().load(reader);
    }
    assertEquals("Secret", secret.get("kind"));
    String manifest = Files.readString(LIBERTY.resolve("kubernetes/atrium.yaml"));
    for (String key : section(secret, "stringData").keySet()) {
      assertTrue(manifest.contains("key: " + key), key + " used by atrium.yaml");
    }
  }

  @Test
  void theServersFindEachOtherThroughAHeadlessService() throws IOException {
    Map<String, Object> spec = section(kubernetes("OpenLibertyApplication"), "spec");
    assertEquals("on", env(spec, "CLUSTER").get("value"));
    assertTrue(
        String.valueOf(env(spec, "CLUSTER_SERVICE_DNS").get("value"))
            .startsWith("atrium-hazelcast."));
    assertTrue(
        String.valueOf(env(spec, "CLUSTER_CONFIG").get("value"))
            .endsWith("/cluster/hazelcast-kubernetes.xml"));
    Map<String, Object> service = section(kubernetes("Service"), "spec");
    assertEquals("None", service.get("clusterIP"), "headless: its name resolves to the pods");
    assertEquals(Boolean.TRUE, service.get("publishNotReadyAddresses"));
  }

  @Test
  void haproxyAcceptsTheExampleConfiguration() throws Exception {
    Path config = LIBERTY.resolve("haproxy/haproxy.cfg");
    String text = Files.readString(config);
    for (String line :
        List.of(
            "cookie SRV insert indirect nocache",
            "option redispatch",
            "retry-on conn-failure empty-response response-timeout",
            "option httpchk GET /health/ready",
            "http-request del-header Cookie if { path_beg /api/ }")) {
      assertTrue(text.contains(line), line);
    }
    Process check =
        new ProcessBuilder(haproxy().toString(), "-c", "-f", config.toString())
            .redirectErrorStream(true)
            .start();
    assertTrue(check.waitFor(30, TimeUnit.SECONDS), "haproxy -c answers");
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, check.exitValue(), output);
  }

  @Test
  void withNoClusterConfiguredNoSessionCacheIsLoaded() throws Exception {
    String server = Files.readString(LIBERTY.resolve("server.xml"));
    assertFalse(server.contains("sessionCache"), "the feature is only in the optional include");
    assertTrue(server.contains("<variable name=\"cluster\" defaultValue=\"off\"/>"));
    assertTrue(
        server.contains(
            "<include optional=\"true\" location=\"${server.config.dir}/cluster/cluster-${cluster}.xml\"/>"));
    assertFalse(Files.exists(LIBERTY.resolve("cluster/cluster-off.xml")));
  }

  @Test
  void theSessionCacheRunsAnEmbeddedMemberAndWritesBeanChanges() throws Exception {
    Document include = xml(LIBERTY.resolve("cluster/cluster-on.xml"));
    assertEquals(
        "com.hazelcast.cache.HazelcastMemberCachingProvider",
        include
            .getElementsByTagName("cachingProvider")
            .item(0)
            .getAttributes()
            .getNamedItem("providerClass")
            .getNodeValue());
    assertEquals(
        "GET_AND_SET_ATTRIBUTES",
        include
            .getElementsByTagName("httpSessionCache")
            .item(0)
            .getAttributes()
            .getNamedItem("writeContents")
            .getNodeValue());
  }

  @Test
  void hazelcastTalksOnlyToItsMembersOnOneInterface() throws Exception {
    for (String file : List.of("hazelcast.xml", "hazelcast-kubernetes.xml")) {
      String text = Files.readString(LIBERTY.resolve("cluster").resolve(file));
      xml(LIBERTY.resolve("cluster").resolve(file));
      for (String line :
          List.of(
              "<property name=\"hazelcast.phone.home.enabled\">false</property>",
              "<property name=\"hazelcast.socket.bind.any\">false</property>",
              "<multicast enabled=\"false\"/>",
              "<auto-detection enabled=\"false\"/>",
              "<interface>${atrium.cluster.interface}</interface>")) {
        assertTrue(text.contains(line), file + ": " + line);
      }
    }
    assertTrue(
        Files.readString(LIBERTY.resolve("cluster/hazelcast.xml"))
            .contains("<members>${atrium.cluster.members}</members>"));
  }

  /** Debian puts it in /usr/sbin, which an ordinary user's PATH often lacks. */
  private static Path haproxy() {
    List<Path> places = new ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty()) {
        places.add(Path.of(dir, "haproxy"));
      }
    }
    places.add(Path.of("/usr/sbin/haproxy"));
    places.add(Path.of("/usr/local/sbin/haproxy"));
    return places.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(() -> new AssertionError("haproxy is needed: sudo apt-get install haproxy"));
  }

  private static Document xml(Path file) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static Map<String, Object> kubernetes(String kind) throws IOException {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (var reader = Files.newBufferedReader(LIBERTY.resolve("kubernetes/atrium.yaml"))) {
      for (Object document : new Yaml().loadAll(reader)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) document;
        documents.add(map);
      }
    }
    Optional<Map<String, Object>> found =
        documents.stream().filter(d -> kind.equals(d.get("kind"))).findFirst();
    assertTrue(found.isPresent(), kind + " in atrium.yaml");
    return found.get();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertTrue(value instanceof Map, key + " present");
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> env(Map<String, Object> spec, String name) {
    return ((List<Map<String, Object>>) spec.get("env"))
        .stream()
            .filter(e -> name.equals(e.get("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " in env"));
  }
}
