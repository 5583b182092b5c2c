package com.example.tasks;

import static dev.armature.it.support.Api.MERGE_PATCH;
import static dev.armature.it.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.armature.it.support.Api;
import dev.armature.it.support.Reply;
import dev.armature.it.support.RunningApp;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entities with Lombok accessors only: the generated API creates, reads, updates, patches and lists. */
class LombokAccessorsIT {

  private static RunningApp app;
  private static Api anonymous;
  private static Api admin;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.start("/api/projects");
    anonymous = app.anonymous();
    admin = app.admin();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
      System.out.printf("[armature-it] LombokAccessorsIT finished on db=%s, Spring Boot %s%n",
          app.database().name(), System.getProperty("spring-boot.version"));
    }
  }

  @Test
  void theBuildWroteTheModel() {
    assertThat(Path.of("target/classes/META-INF/armature/model.json")).isRegularFile();
    assertThat(Path.of("target/classes/META-INF/armature/openapi.yaml")).isRegularFile();
  }

  @Test
  void createsReadsUpdatesPatchesAndListsThroughLombokAccessors() {
    Reply createdProject = admin.post("/api/projects", obj("name", "Lombok", "archived", false)).expect(201);
    long project = createdProject.json().path("id").asLong();
    assertThat(createdProject.json().path("name").asText()).isEqualTo("Lombok");

    Reply created = admin.post("/api/tasks", obj("summary", "Write the IT", "status", "OPEN", "priority", 2,
        "due", "2030-01-31", "assigneeEmail", "dev@example.org", "projectId", project)).expect(201);
    JsonNode task = created.json();
    long id = task.path("id").asLong();
    assertThat(URI.create(created.header("Location").orElseThrow()).getPath()).isEqualTo("/api/tasks/" + id);
    assertThat(task.path("summary").asText()).isEqualTo("Write the IT");
    assertThat(task.path("status").asText()).isEqualTo("OPEN");
    assertThat(task.path("projectId").asLong()).isEqualTo(project);
    assertThat(task.path("createdAt").asText()).isNotBlank();
    assertThat(task.has("assigneeEmail")).isFalse();

    Reply read = anonymous.get("/api/tasks/" + id).expect(200);
    assertThat(read.etag()).isEqualTo("\"0\"");
    assertThat(read.json().path("due").asText()).isEqualTo("2030-01-31");

    Reply updated = admin.put("/api/tasks/" + id, obj("summary", "Write the IT", "status", "DONE", "priority", 1,
        "due", "2030-01-31", "assigneeEmail", "dev@example.org", "projectId", project), "If-Match", "\"0\"")
        .expect(200);
    assertThat(updated.etag()).isEqualTo("\"1\"");
    assertThat(updated.json().path("status").asText()).isEqualTo("DONE");

    Reply patched = admin.patch("/api/tasks/" + id, MERGE_PATCH, obj("due", null, "priority", 5)).expect(200);
    assertThat(patched.json().path("priority").asInt()).isEqualTo(5);
    assertThat(patched.json().path("due").isMissingNode() || patched.json().path("due").isNull()).isTrue();
    assertThat(patched.json().path("summary").asText()).isEqualTo("Write the IT");

    // a field the POST leaves out keeps the entity's initial value (status = Status.OPEN)
    JsonNode second = admin.post("/api/tasks", obj("summary", "Second", "projectId", project)).expect(201).json();
    assertThat(second.path("status").asText()).isEqualTo("OPEN");
    JsonNode list = anonymous.get("/api/tasks?projectId=" + project + "&sort=summary,desc").expect(200).json();
    assertThat(list.path("page").path("totalElements").asLong()).isEqualTo(2);
    assertThat(list.path("content").get(0).path("summary").asText()).isEqualTo("Write the IT");
    assertThat(anonymous.get("/api/tasks?status=DONE&projectId=" + project).expect(200).json()
        .path("content")).hasSize(1);
    assertThat(anonymous.get("/api/projects?name=lomb").expect(200).json().path("page").path("totalElements")
        .asLong()).isEqualTo(1);

    admin.post("/api/tasks", obj("summary", "", "priority", 9, "projectId", project)).expectFieldErrors("summary", "priority");
    admin.post("/api/tasks", obj("summary", "Sneaky", "projectId", project, "createdAt", "2020-01-01T00:00:00"))
        .expectBadRequestNaming("createdAt");
    anonymous.post("/api/tasks", obj("summary", "Anonymous", "projectId", project)).expectProblem(401);
  }

  @Test
  void aLazyRelationToAPublicFieldIdAnswersTheId() {
    long label = admin.post("/api/labels", obj("name", "urgent")).expect(201).json().path("id").asLong();
    long note = admin.post("/api/notes", obj("text", "call back", "labelId", label)).expect(201).json()
        .path("id").asLong();
    // a fresh read loads the label as a lazy proxy, whose public id field is never filled
    assertThat(anonymous.get("/api/notes/" + note).expect(200).json().path("labelId").asLong()).isEqualTo(label);
    JsonNode list = anonymous.get("/api/notes").expect(200).json();
    assertThat(list.path("content").get(0).path("labelId").asLong()).isEqualTo(label);
  }
}
