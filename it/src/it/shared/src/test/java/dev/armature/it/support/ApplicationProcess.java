package dev.armature.it.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application, started the way it runs in production: {@code java -jar app.jar} in a process
 * of its own, bound to 127.0.0.1 on a free port. Its output goes to a log file under {@code target/}, which
 * a failed start reports. {@link #close()} always ends the process (and a shutdown hook does, should the
 * test JVM die first).
 */
public final class ApplicationProcess implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final URI baseUri;
  private final Thread reaper;

  private ApplicationProcess(Process process, Path log, URI baseUri) {
    this.process = process;
    this.log = log;
    this.baseUri = baseUri;
    this.reaper = new Thread(this::stop, "stop " + baseUri);
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts {@code jar} with {@code arguments} and {@code environment} added to this process's (less any
   * {@code ARMATURE_ADMIN_*} of the person running the build: a test says which account the app has), and waits
   * until {@code readinessPath} answers with anything but a 5xx (or the process dies, or the timeout ends).
   */
  public static ApplicationProcess start(Path jar, List<String> arguments, Map<String, String> environment,
      String readinessPath, Duration timeout) throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError("No packaged application at " + jar + " (did `package` run?)");
    }
    int port = freePort();
    Path log = jar.resolveSibling(jar.getFileName().toString().replaceAll("\\.jar$", "") + "-" + port + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // a small heap: several builds share this machine
    command.addAll(List.of("-Xmx384m", "-jar", jar.toString(),
        "--server.port=" + port, "--server.address=127.0.0.1"));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("ARMATURE_ADMIN_"));
    builder.environment().putAll(environment);
    ApplicationProcess app = new ApplicationProcess(builder.start(), log,
        URI.create("http://127.0.0.1:" + port));
    try {
      app.awaitReady(readinessPath, timeout);
      return app;
    } catch (AssertionError | InterruptedException | RuntimeException e) {
      app.close();
      throw e;
    }
  }

  public URI baseUri() {
    return baseUri;
  }

  /** The application's output so far. */
  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  public Path logFile() {
    return log;
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(String readinessPath, Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe = HttpRequest.newBuilder(baseUri.resolve(readinessPath))
        .timeout(Duration.ofSeconds(5)).GET().build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("The application exited with status " + process.exitValue()
            + " before it was ready. Its log (" + log + "):\n" + log());
      }
      try {
        HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() < 500) {
          return;
        }
        last = "GET " + readinessPath + " answered " + response.statusCode() + ": " + response.body();
      } catch (IOException notListeningYet) {
        last = notListeningYet.toString();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The application was not ready within " + timeout.toSeconds() + " s (" + last
        + "). Its log (" + log + "):\n" + log());
  }

  /** A port free on the loopback interface now (the app or a proxy binds it next). */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
