package dev.armature.it.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism in proxy mode between the tests and the application: it forwards every request unchanged
 * and reports, in the {@code sl-violations} header of each reply, where the request or the response
 * disagrees with the OpenAPI description the build generated. {@link Api} turns those reports into
 * failures ({@link Conformance}). Prism is installed by {@code it/pom.xml} from the npm registry and
 * passed to the projects that use it as {@code -Dopenapi.proxy=<path of the prism launcher>}.
 */
public final class OpenApiProxy implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final URI baseUri;

  private OpenApiProxy(Process process, Path log, URI baseUri) {
    this.process = process;
    this.log = log;
    this.baseUri = baseUri;
  }

  /** The launcher named by {@code -Dopenapi.proxy}, or null when the project does not ask for one. */
  public static Path launcher() {
    String configured = System.getProperty("openapi.proxy", "");
    if (configured.isBlank()) {
      return null;
    }
    Path launcher = Path.of(configured);
    if (!Files.isExecutable(launcher)) {
      throw new AssertionError("-Dopenapi.proxy names " + launcher + ", which is not an executable Prism launcher;"
          + " it/pom.xml installs it with npm before the invoked builds (is npm on the PATH?)");
    }
    return launcher;
  }

  /** Starts Prism on a free loopback port in front of {@code upstream}, validating against {@code spec}. */
  public static OpenApiProxy start(Path launcher, Path spec, URI upstream, Path log)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(spec)) {
      throw new AssertionError("No OpenAPI description at " + spec.toAbsolutePath() + " to validate the traffic against");
    }
    int port = ApplicationProcess.freePort();
    ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString(), "proxy", spec.toString(),
        upstream.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port), "--cors=false", "--errors=false"))
        .redirectErrorStream(true).redirectOutput(log.toFile());
    OpenApiProxy proxy = new OpenApiProxy(builder.start(), log, URI.create("http://127.0.0.1:" + port));
    try {
      proxy.awaitListening(port, Duration.ofSeconds(60));
      return proxy;
    } catch (AssertionError | InterruptedException | RuntimeException e) {
      proxy.close();
      throw e;
    }
  }

  public URI baseUri() {
    return baseUri;
  }

  @Override
  public void close() {
    // the launcher is a node script: end what it started too
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitListening(int port, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Prism exited with status " + process.exitValue() + " before it listened: " + output());
      }
      if (output().contains("Prism is listening")) {
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
          return;
        } catch (IOException notYet) {
          // listening is logged just before the socket accepts
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Prism did not listen within " + timeout.toSeconds() + " s: " + output());
  }

  private String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }
}
