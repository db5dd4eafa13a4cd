package io.atrium.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Creates, starts and stops Liberty servers with the installation's own {@code bin/server} script,
 * the way an operator would, so that start times include the launcher.
 */
public final class Servers {

  private static final Duration POLL = Duration.ofMillis(50);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);

  /** Liberty's message for an application that failed to start. */
  private static final String APP_FAILED = "CWWKZ0002E";

  private final Path wlp;
  private final Path logs;
  private final Duration startTimeout;
  private final Http http = new Http();

  /**
   * Servers this program started and has not stopped yet, for {@link #stopAll()}; concurrent
   * because the shutdown hook reads it too.
   */
  private final Set<ServerSpec> running = ConcurrentHashMap.newKeySet();

  public Servers(Path wlp, Path logs, Duration startTimeout) {
    this.wlp = wlp;
    this.logs = logs;
    this.startTimeout = startTimeout;
  }

  /** The moment a start became ready, and the process to measure. */
  public record Started(double readySeconds, double commandSeconds, long pid) {}

  /** Whether the server's child processes (the embedded PostgreSQL) ended with it. */
  public record Stopped(int companions, List<Long> leftovers) {
    public boolean companionsStopped() {
      return leftovers.isEmpty();
    }
  }

  public Path serverDir(ServerSpec spec) {
    return wlp.resolve("usr/servers").resolve(spec.name());
  }

  /** Liberty's shared directory (the servers' global JDBC library lives under it). */
  public Path sharedDir() {
    return wlp.resolve("usr/shared");
  }

  /**
   * Creates the server afresh, removing what a previous run left (stopping it first if a crashed
   * run left it up), so that every run measures a first start on an empty workarea.
   */
  public Path create(ServerSpec spec) throws IOException, InterruptedException {
    Path dir = serverDir(spec);
    if (Files.exists(pidFile(spec))) {
      script(spec, STOP_TIMEOUT, "stop", spec.name());
    }
    deleteRecursively(dir);
    int exit = script(spec, Duration.ofSeconds(60), "create", spec.name());
    if (exit != 0) {
      throw new IllegalStateException(
          "bin/server create " + spec.name() + " exited with " + exit + ", see " + log(spec));
    }
    return dir;
  }

  /**
   * Starts the server and returns when its ready path answers 200. The clock starts just before the
   * launcher, as a user typing the command would see it.
   */
  public Started start(ServerSpec spec, boolean clean) throws IOException, InterruptedException {
    requirePortsFree(spec);
    List<String> command = new ArrayList<>(List.of("start", spec.name()));
    if (clean) {
      command.add("--clean");
    }
    long begin = System.nanoTime();
    Process launcher = launch(spec, command);
    running.add(spec);
    // Timed when it happens rather than when the polling loop notices it.
    CompletableFuture<Long> launcherExit = launcher.onExit().thenApply(p -> System.nanoTime());
    while (!ready(spec)) {
      if (!launcher.isAlive() && launcher.exitValue() != 0) {
        throw failure(spec, "bin/server start exited with " + launcher.exitValue());
      }
      if (appFailed(spec)) {
        throw failure(spec, "an application failed to start (" + APP_FAILED + ")");
      }
      if (System.nanoTime() - begin > startTimeout.toNanos()) {
        throw failure(
            spec, spec.readyPaths() + " not all 200 after " + startTimeout.toSeconds() + " s");
      }
      Thread.sleep(POLL.toMillis());
    }
    double readySeconds = seconds(System.nanoTime() - begin);
    // The launcher writes the pid file; wait for it so that the pid is the server JVM's.
    double commandSeconds;
    try {
      commandSeconds =
          seconds(launcherExit.get(startTimeout.toSeconds(), TimeUnit.SECONDS) - begin);
    } catch (ExecutionException | TimeoutException e) {
      throw failure(spec, "bin/server start did not return");
    }
    return new Started(readySeconds, commandSeconds, readPid(spec));
  }

  /**
   * Liberty keeps running when an application fails to start, so readiness would only time out; its
   * message says so at once. (Liberty rolls messages.log at each start.)
   */
  private boolean appFailed(ServerSpec spec) throws IOException {
    Path messages = serverDir(spec).resolve("logs/messages.log");
    return Files.exists(messages) && Files.readString(messages).contains(APP_FAILED);
  }

  private boolean ready(ServerSpec spec) throws InterruptedException {
    for (String path : spec.readyPaths()) {
      if (http.status(spec.url(path)) != 200) {
        return false;
      }
    }
    return true;
  }

  /**
   * Stops the server and checks that the processes it started (the embedded PostgreSQL) ended with
   * it; any left are ended here so that a run never leaves a database holding its port.
   */
  public Stopped stop(ServerSpec spec) throws IOException, InterruptedException {
    running.remove(spec);
    List<ProcessHandle> companions = Files.exists(pidFile(spec)) ? companions(spec) : List.of();
    script(spec, STOP_TIMEOUT, "stop", spec.name());
    List<Long> leftovers = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    for (ProcessHandle companion : companions) {
      while (companion.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(POLL.toMillis());
      }
      if (companion.isAlive()) {
        leftovers.add(companion.pid());
        companion.destroy();
      }
    }
    return new Stopped(companions.size(), leftovers);
  }

  /**
   * The running server's other processes: its descendants, plus the daemons named by the spec's pid
   * files (PostgreSQL detaches from the JVM through pg_ctl) and their descendants.
   */
  public List<ProcessHandle> companions(ServerSpec spec) throws IOException {
    Set<ProcessHandle> found = new LinkedHashSet<>();
    ProcessHandle.of(readPid(spec)).ifPresent(jvm -> jvm.descendants().forEach(found::add));
    for (Path pidFile : spec.companionPidFiles()) {
      if (Files.exists(pidFile)) {
        // postmaster.pid holds the pid on its first line, then other facts.
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid)
            .ifPresent(
                daemon -> {
                  found.add(daemon);
                  daemon.descendants().forEach(found::add);
                });
      }
    }
    return List.copyOf(found);
  }

  /** Stops whatever is still up; called from a finally block, so it never throws. */
  public void stopAll() {
    for (ServerSpec spec : List.copyOf(running)) {
      try {
        stop(spec);
      } catch (Exception e) {
        System.err.println("[bench] could not stop " + spec.name() + ": " + e);
      }
    }
  }

  private int script(ServerSpec spec, Duration timeout, String... args)
      throws IOException, InterruptedException {
    Process process = launch(spec, List.of(args));
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroy();
      throw new IllegalStateException("bin/server " + String.join(" ", args) + " timed out");
    }
    return process.exitValue();
  }

  private Process launch(ServerSpec spec, List<String> args) throws IOException {
    Files.createDirectories(logs);
    List<String> command = new ArrayList<>();
    command.add(wlp.resolve("bin/server").toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log(spec).toFile()));
    // The same JVM as the build, rather than whatever JAVA_HOME the shell happens to have.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(spec.env());
    return builder.start();
  }

  private Path log(ServerSpec spec) {
    return logs.resolve(spec.name() + "-commands.log");
  }

  private Path pidFile(ServerSpec spec) {
    return wlp.resolve("usr/servers/.pid").resolve(spec.name() + ".pid");
  }

  private long readPid(ServerSpec spec) throws IOException {
    return Long.parseLong(Files.readString(pidFile(spec)).trim());
  }

  /**
   * A server already on one of our ports (a leftover, or another program) would answer the ready
   * probe and be measured instead of ours.
   */
  private void requirePortsFree(ServerSpec spec) {
    for (var entry : spec.env().entrySet()) {
      if (!entry.getKey().endsWith("_PORT")) {
        continue;
      }
      if (entry.getKey().equals("DB_PORT") && "false".equals(spec.env().get("DB_EMBEDDED"))) {
        continue; // another server's database, which must be up
      }
      int port = Integer.parseInt(entry.getValue());
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 200);
        throw new IllegalStateException(
            "Port "
                + port
                + " ("
                + entry.getKey()
                + ") is already in use: cannot start "
                + spec.name());
      } catch (IOException free) {
        // Nothing listens: the port is ours to use.
      }
    }
  }

  private IllegalStateException failure(ServerSpec spec, String why) {
    Path messages = serverDir(spec).resolve("logs/messages.log");
    String tail = "";
    try {
      List<String> lines = Files.readAllLines(messages);
      tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      tail = "(no " + messages + ")";
    }
    return new IllegalStateException(spec.name() + ": " + why + "\n" + tail);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
