package com.example.clinic;

import static dev.armature.it.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.armature.it.support.Api;
import dev.armature.it.support.RunningApp;
import com.fasterxml.jackson.databind.JsonNode;
import dev.armature.it.support.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Armature dropped into a petclinic-like application (issue 9): the app starts beside its own
 * {@code OwnerController}, and a delete that answers 204 has deleted the row (the database says so).
 * schema.sql is narrower and stricter than the mapping (first_name VARCHAR(30), city VARCHAR(80),
 * visits.visit_date NOT NULL, types.name UNIQUE): the database's refusals are 400/409 naming the field, on
 * H2 and on PostgreSQL (whose "value too long" names no column). The project's own controller keeps its
 * own error handling: Armature's advice answers only for Armature's controllers.
 */
class PetclinicApiIT {

  private static RunningApp app;
  private static Api anonymous;
  private static Api admin;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.start("/api/pet-types");
    anonymous = app.anonymous();
    admin = app.admin();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
      System.out.printf("[armature-it] PetclinicApiIT finished on db=%s, Spring Boot %s%n",
          app.database().name(), System.getProperty("spring-boot.version"));
    }
  }

  @Test
  void startsBesideTheProjectsOwnControllerOfTheSameSimpleName() {
    assertThat(anonymous.get("/api/owners").expect(200).json().path("content").size()).isPositive();
    assertThat(anonymous.get("/api/vets/2").expect(200).json().path("lastName").asText()).isEqualTo("Leary");
  }

  /**
   * Adding Armature changes nothing outside {@code /api}: Spring Boot's default protection (every request
   * authenticated, form login and HTTP Basic; actuator's health open) still holds, for actuator and for the
   * project's own pages, while {@code /api/**} answers by the roles of {@code @ApiResource}.
   */
  @Test
  void pathsOutsideTheApiKeepSpringBootsDefaultProtection() {
    assertThat(anonymous.get("/actuator/env").status()).as("anonymous GET /actuator/env (401, or a redirect to the login page)")
        .isIn(401, 302);
    assertThat(anonymous.get("/actuator/beans").status()).isIn(401, 302);
    assertThat(anonymous.get("/owners/find?lastName=Fr").status()).as("the project's own page").isIn(401, 302);
    admin.get("/actuator/env").expect(200);
    admin.get("/actuator/beans").expect(200);
    assertThat(admin.get("/owners/find?lastName=Fr").expect(200).body()).contains("Franklin");
    anonymous.get("/actuator/health").expect(200);

    anonymous.post("/api/visits", obj("date", "2024-05-01", "description", "no account", "petId", 1)).expectProblem(401);
    anonymous.as(RunningApp.ADMIN, "not-the-password").get("/api/owners").expectProblem(401);
  }

  @Test
  void deletingAVisitHeldInItsPetsCascadingCollectionDeletesTheRow() throws Exception {
    long id = admin.post("/api/visits", obj("date", "2024-05-01", "description", "check-up", "petId", 1))
        .expect(201).json().path("id").asLong();
    admin.delete("/api/visits/" + id).expect(204);
    anonymous.get("/api/visits/" + id).expectProblem(404);
    assertThat(rows("SELECT COUNT(*) FROM visits WHERE id = ?", id)).as("visit %s in the database", id).isZero();
    assertThat(rows("SELECT COUNT(*) FROM visits WHERE pet_id = 1", null)).as("the pet's other visits").isPositive();
  }

  // --- database errors (issue 9 item 3) ----------------------------------------------------------------------

  @Test
  void aValueTooLongForItsColumnIs400NamingTheField() {
    Reply reply = admin.post("/api/owners", obj("firstName", "F".repeat(32), "lastName", "Long", "address", "1 Main St.",
        "city", "Madison", "telephone", "6085550000"));
    reply.expectFieldErrors("firstName");
    assertThat(reply.errorFields()).containsExactly("firstName");
    assertThat(rows("SELECT COUNT(*) FROM owners WHERE last_name = ?", "Long")).isZero();
  }

  @Test
  void aPatchTooLongForTheColumnIs400NamingTheField() {
    Reply reply = admin.patch("/api/owners/1", Api.MERGE_PATCH, obj("city", "C".repeat(81)));
    reply.expectFieldErrors("city");
    assertThat(reply.errorFields()).containsExactly("city");
    assertThat(anonymous.get("/api/owners/1").expect(200).json().path("city").asText()).isEqualTo("Madison");
  }

  @Test
  void aNotNullTheMappingLacksIs400NamingTheField() {
    Reply reply = admin.post("/api/visits", obj("description", "no date", "petId", 1));
    reply.expectFieldErrors("date");
    assertThat(reply.errorFields()).containsExactly("date");
  }

  @Test
  void aUniqueValueOnlyTheSchemaKnowsIs409NamingTheField() {
    Reply reply = admin.post("/api/pet-types", obj("name", "cat")).expectProblem(409);
    assertThat(reply.errorFields()).containsExactly("name");
    assertThat(reply.json().path("detail").asText()).contains("name");
  }

  /**
   * The database cancels the app's UPDATE while it waits for a row lock (what a lock or statement timeout
   * does): the request was fine, the database was not, so 503 with Retry-After, and nothing changed.
   */
  @Test
  void aStatementTheDatabaseCancelsIs503WithRetryAfter() throws Exception {
    assumeTrue(app.database().cancelsLockWaits(), "the database cannot cancel a statement waiting for a lock");
    Reply reply = app.database().whileBlockedStatementCanceled("owners", 1,
        () -> admin.sendAsync("PATCH", "/api/owners/1", Api.MERGE_PATCH, obj("city", "Cancelled")));

    reply.expectProblem(503);
    assertThat(reply.header("Retry-After")).contains("1");
    assertThat(reply.json().path("detail").asText()).doesNotContain("Exception").doesNotContain("SQL");
    assertThat(anonymous.get("/api/owners/1").expect(200).json().path("city").asText()).isEqualTo("Madison");
  }

  /** Spring's ProblemDetail, written by Spring's converters: the contract's members and nothing else. */
  @Test
  void problemsHaveTheContractsShapeOnEveryBootLine() {
    Reply reply = admin.post("/api/visits", obj("description", "no date", "petId", 1)).expectProblem(400);
    JsonNode problem = reply.json();
    List<String> members = new ArrayList<>();
    problem.fieldNames().forEachRemaining(members::add);
    assertThat(members).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
    assertThat(problem.path("type").asText()).isEqualTo("about:blank");
    assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
    assertThat(problem.path("instance").asText()).isEqualTo("/api/visits");
    assertThat(problem.path("errors").get(0).size()).isEqualTo(2);
    // requests no controller method took are still Armature's problems under /api
    admin.send("PUT", "/api/owners", Api.JSON, obj("city", "Madison")).expectProblem(405);
    admin.send("POST", "/api/owners", "text/plain", "x").expectProblem(415);
  }

  // --- the generated layer stays in its lane (issue 9 item 5) -----------------------------------------------

  @Test
  void theProjectsOwnControllerKeepsItsOwnErrorHandling() throws Exception {
    String credentials = Base64.getEncoder().encodeToString(
        (dev.armature.it.support.RunningApp.ADMIN + ":" + dev.armature.it.support.RunningApp.ADMIN_PASSWORD)
            .getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(app.process().baseUri().resolve("/owners/1/fail"))
        .header("Accept", "application/json").header("Authorization", "Basic " + credentials).GET().build();
    // not through Api: it (rightly) refuses any 5xx, and this one is the project's own
    HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(reply.statusCode()).as("%s", reply.body()).isEqualTo(500);
    assertThat(reply.headers().firstValue("Content-Type").orElse("")).as("Spring Boot's error page, not Armature's problem")
        .doesNotStartWith("application/problem+json");
    assertThat(reply.body()).doesNotContain("An unexpected error occurred; it has been logged");
    assertThat(reply.body()).contains("\"path\":\"/owners/1/fail\"");
  }

  private static long rows(String sql, Object parameter) {
    try {
      return count(sql, parameter);
    } catch (Exception e) {
      throw new AssertionError(sql, e);
    }
  }

  private static long count(String sql, Object parameter) throws Exception {
    try (Connection connection = app.database().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setObject(1, parameter);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
