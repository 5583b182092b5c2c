package com.example.notes;

import static dev.armature.it.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.it.support.Api;
import dev.armature.it.support.ApplicationProcess;
import dev.armature.it.support.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project declares its own {@code UserDetailsService}: Armature's admin account is not created (the app
 * starts without {@code armature.admin.password}, and the account of ARMATURE_ADMIN_* is unknown), neither is
 * Boot's generated user, and the API answers the project's users by the roles of {@code @ApiResource}.
 */
class ProjectUsersIT {

  private static Database database;
  private static ApplicationProcess process;
  private static Api anonymous;

  @BeforeAll
  static void start() throws Exception {
    database = Database.start();
    // no ARMATURE_ADMIN_PASSWORD and no .admin_credentials: an admin account of Armature's would stop the start
    process = ApplicationProcess.start(Path.of(System.getProperty("app.jar")).toAbsolutePath(),
        database.applicationArguments(), Map.of(), "/api/notes", Duration.ofSeconds(90));
    anonymous = new Api(process.baseUri());
  }

  @AfterAll
  static void stop() throws Exception {
    if (process != null) {
      process.close();
      System.out.printf("[armature-it] ProjectUsersIT finished on db=%s, Spring Boot %s%n",
          database.name(), System.getProperty("spring-boot.version"));
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theProjectsUsersUseTheApiByTheirRoles() {
    Api editor = anonymous.as("editor", Users.EDITOR_PASSWORD);
    Api reader = anonymous.as("reader", Users.READER_PASSWORD);

    long id = editor.post("/api/notes", obj("text", "written by the project's editor")).expect(201).json().path("id").asLong();
    assertThat(reader.get("/api/notes/" + id).expect(200).json().path("text").asText())
        .isEqualTo("written by the project's editor");
    reader.post("/api/notes", obj("text", "a reader may not write")).expectProblem(403);
    anonymous.get("/api/notes/" + id).expectProblem(401);
  }

  @Test
  void armaturesAdminAccountAndBootsGeneratedUserAreNotCreated() {
    // the account Armature's admin would have, and Boot's default user name
    anonymous.as("admin", "admin").get("/api/notes").expectProblem(401);
    anonymous.as("user", "user").get("/api/notes").expectProblem(401);
    assertThat(process.log()).doesNotContain("Using generated security password")
        .doesNotContain("armature.admin.password").doesNotContain("DEV MODE");
  }
}
