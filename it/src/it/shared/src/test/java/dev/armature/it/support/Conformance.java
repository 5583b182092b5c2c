package dev.armature.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What Prism ({@link OpenApiProxy}) found wrong in one exchange, as far as it is the OpenAPI description's
 * fault. Every disagreement about the response counts: the server answered something the description does
 * not declare (a status, a header, a body shape). A disagreement about the request counts only when the
 * server accepted it (status below 400): the description then forbids what the server takes, as a
 * {@code maximum} on a clamped {@code size} did. Requests the tests send on purpose to be refused are
 * rightly invalid.
 */
public final class Conformance {

  public static final String HEADER = "sl-violations";

  private Conformance() {}

  /** Empty when the reply carries no report (no proxy in between) or nothing that counts. */
  public static List<String> violations(Reply reply) {
    List<String> found = new ArrayList<>();
    String report = reply.header(HEADER).orElse("");
    if (report.isBlank()) {
      return found;
    }
    for (JsonNode violation : Json.parse(report)) {
      String side = violation.path("location").path(0).asText();
      if (side.equals("response") || reply.status() < 400) {
        found.add(violation.path("severity").asText() + " at " + violation.path("location") + ": "
            + violation.path("message").asText());
      }
    }
    return found;
  }
}
