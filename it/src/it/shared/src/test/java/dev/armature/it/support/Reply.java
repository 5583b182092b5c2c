package dev.armature.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One HTTP exchange, with assertions that name the request and show the response when they fail. */
public record Reply(String request, int status, HttpHeaders headers, String body) {

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  public JsonNode json() {
    return Json.parse(body);
  }

  public Reply expect(int expected) {
    assertThat(status).as("status of %s", this).isEqualTo(expected);
    return this;
  }

  /** An RFC 9457 problem of this status: {@code application/problem+json}, with status, title, detail. */
  public Reply expectProblem(int expected) {
    expect(expected);
    assertThat(header("Content-Type")).as("Content-Type of %s", this)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json();
    assertThat(problem.path("status").asInt()).as("status member of %s", this).isEqualTo(expected);
    assertThat(problem.path("title").asText()).as("title of %s", this).isNotBlank();
    assertThat(problem.has("detail")).as("detail of %s", this).isTrue();
    return this;
  }

  /** A 400 problem whose {@code errors} hold one entry per field named, each with a message. */
  public Reply expectFieldErrors(String... fields) {
    expectProblem(400);
    assertThat(errorFields()).as("errors[].field of %s", this).contains(fields);
    for (JsonNode error : json().path("errors")) {
      assertThat(error.path("message").asText()).as("errors[].message of %s", this).isNotBlank();
    }
    return this;
  }

  /** A 400 problem that names {@code field}, in {@code errors} or, failing that, in {@code detail}. */
  public Reply expectBadRequestNaming(String field) {
    expectProblem(400);
    boolean named = errorFields().contains(field) || json().path("detail").asText().contains(field);
    assertThat(named).as("%s names the field %s in errors[].field or detail", this, field).isTrue();
    return this;
  }

  public List<String> errorFields() {
    List<String> fields = new ArrayList<>();
    json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  public String etag() {
    return header("ETag").orElseThrow(() -> new AssertionError("no ETag in " + this));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(request).append(" -> ").append(status);
    headers.map().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("date") && !name.equalsIgnoreCase("keep-alive")) {
        text.append("\n  ").append(name).append(": ").append(String.join(", ", values));
      }
    });
    return text.append("\n  ").append(body.length() > 2000 ? body.substring(0, 2000) + "..." : body).toString();
  }
}
