package com.example.clinic;

import static dev.armature.it.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.it.support.Api;
import dev.armature.it.support.RunningApp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Armature dropped into a petclinic-like application (issue 9): the app starts beside its own
 * {@code OwnerController}, and a delete that answers 204 has deleted the row (the database says so).
 * schema.sql is narrower and stricter than the mapping (first_name VARCHAR(30), visits.visit_date NOT NULL):
 * the cases for database errors that name the field come with issue 9's item 3.
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

  private static long rows(String sql, Object parameter) throws Exception {
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
