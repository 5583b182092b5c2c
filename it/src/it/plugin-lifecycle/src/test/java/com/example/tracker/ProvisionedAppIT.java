package com.example.tracker;

import static dev.armature.it.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.it.support.Api;
import dev.armature.it.support.ApplicationProcess;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code mvn package} provisioned is enough to run the app: started in the project folder with no
 * credentials of its own, it takes the admin account from {@code .admin_credentials}, the same account
 * {@code .env} holds.
 */
class ProvisionedAppIT {
  private static ApplicationProcess app;
  private static Map<String, String> env;
  private static Properties credentials;

  @BeforeAll
  static void start() throws Exception {
    env = dotEnv(Path.of(".env"));
    credentials = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of(".admin_credentials"))) {
      credentials.load(r);
    }
    // the working directory is the project folder: the app finds .admin_credentials there
    app = ApplicationProcess.start(Path.of(System.getProperty("app.jar")), List.of(), Map.of(), "/api/projects",
        Duration.ofSeconds(90));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
      System.out.println("[armature-it] ProvisionedAppIT finished");
    }
  }

  @Test
  void theSecretsAreOwnerOnlyAndAgree() throws IOException {
    for (String secret : List.of(".env", ".admin_credentials")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(secret))))
          .as(secret).isEqualTo("rw-------");
    }
    assertThat(env.get("ARMATURE_ADMIN_USERNAME")).isEqualTo(credentials.getProperty("armature.admin.username"));
    assertThat(env.get("ARMATURE_ADMIN_PASSWORD")).isEqualTo(credentials.getProperty("armature.admin.password"))
        .hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void theProvisionedAdminCanReadAndWrite() {
    Api admin = new Api(app.baseUri()).as(env.get("ARMATURE_ADMIN_USERNAME"), env.get("ARMATURE_ADMIN_PASSWORD"));
    long project = admin.post("/api/projects", obj("name", "Armature", "archived", false)).expect(201)
        .json().path("id").asLong();
    admin.post("/api/issues", obj("title", "Provisioning works", "projectId", project)).expect(201);
    assertThat(admin.get("/api/issues?title=provisioning").expect(200).json().path("content")).hasSize(1);
  }

  @Test
  void withoutTheCredentialsTheApiIsClosed() {
    Api anonymous = new Api(app.baseUri());
    anonymous.get("/api/issues").expectProblem(401);
    anonymous.get("/api/issues").expect(401);
    anonymous.as(env.get("ARMATURE_ADMIN_USERNAME"), "not-the-password").get("/api/issues").expectProblem(401);
    anonymous.get("/api/projects").expect(200);
  }

  /** {@code KEY=value} lines; {@code #} comments and blank lines skipped. */
  private static Map<String, String> dotEnv(Path file) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int eq = line.indexOf('=');
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return values;
  }
}
