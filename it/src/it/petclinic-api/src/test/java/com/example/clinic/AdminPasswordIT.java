package com.example.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.it.support.Api;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No admin password, no start (issue 9): the app exits with a message naming the property and the
 * environment variable, and logs no password, not Armature's nor Boot's generated one. With the documented
 * dev switch it starts with a random password, which only then appears in the log, marked as dev mode.
 * The app runs in an empty folder, so no {@code .admin_credentials} is read.
 */
class AdminPasswordIT {
  private static final Pattern DEV_PASSWORD = Pattern.compile("user '([^']+)' has the random password (\\S+) for this run only");

  @TempDir Path dir;

  @Test
  void withoutAPasswordTheAppRefusesToStartAndSaysWhatToSet() throws Exception {
    Path log = dir.resolve("app.log");
    Process app = start(log, freePort());
    try {
      assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the app exits by itself").isTrue();
    } finally {
      app.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(app.exitValue()).as("exit status; output:\n%s", output).isNotZero();
    assertThat(output).contains("armature.admin.password", "ARMATURE_ADMIN_PASSWORD", "armature.admin.dev-password=true")
        .doesNotContain("has the random password").doesNotContain("Using generated security password");
  }

  @Test
  void theDevSwitchStartsWithARandomPasswordMarkedAsDevMode() throws Exception {
    Path log = dir.resolve("app.log");
    int port = freePort();
    Process app = start(log, port, "--armature.admin.dev-password=true");
    try {
      Matcher found = awaitDevPassword(app, log);
      Api api = new Api(URI.create("http://127.0.0.1:" + port));
      awaitStarted(app, log);
      api.as(found.group(1), found.group(2)).get("/actuator/env").expect(200);
      assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("DEV MODE (armature.admin.dev-password=true");
    } finally {
      app.destroy();
      if (!app.waitFor(20, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  private Process start(Path log, int port, String... more) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-jar", Path.of(System.getProperty("app.jar")).toAbsolutePath().toString(),
        "--server.port=" + port, "--server.address=127.0.0.1"));
    command.addAll(List.of(more));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("ARMATURE_ADMIN_"));
    return builder.start();
  }

  private static Matcher awaitDevPassword(Process app, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      Matcher matcher = DEV_PASSWORD.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (matcher.find()) {
        return matcher;
      }
      assertThat(app.isAlive()).as("the app runs; log:\n%s", Files.readString(log, StandardCharsets.UTF_8)).isTrue();
      Thread.sleep(250);
    }
    throw new AssertionError("no dev-mode password in the log:\n" + Files.readString(log, StandardCharsets.UTF_8));
  }

  private static void awaitStarted(Process app, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && !Files.readString(log, StandardCharsets.UTF_8).contains("Started ")) {
      assertThat(app.isAlive()).as("the app runs; log:\n%s", Files.readString(log, StandardCharsets.UTF_8)).isTrue();
      Thread.sleep(250);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
