package dev.armature.processor.openapi;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code components} of the document, filled as the paths ask for them, so it holds exactly what they
 * reference. Written in a fixed order: schemas and headers by name, responses by status code.
 */
final class Components {
  static final String BASIC_AUTH = "basicAuth";

  /** The shared problem responses: status, component name, description. */
  private static final Map<Integer, String[]> PROBLEMS = Map.of(
      400, new String[] {"BadRequest", "Bad request: a malformed body or parameter, a field outside the surface, a "
          + "constraint violation, a value the database refuses (too long, missing) or a reference to a missing "
          + "related id. `errors` names each field."},
      401, new String[] {"Unauthorized", "No or wrong credentials (HTTP Basic); wrong ones are refused even where"
          + " none are needed."},
      403, new String[] {"Forbidden", "The credentials lack a role this operation needs."},
      404, new String[] {"NotFound", "No item has this id."},
      409, new String[] {"Conflict", "A concurrent change, a unique value already taken, or an item still referenced."},
      412, new String[] {"PreconditionFailed", "`If-Match` does not match the item's current `ETag` (an item without a"
          + " version has none, so only `*` matches it)."},
      415, new String[] {"UnsupportedMediaType", "The body's `Content-Type` is not one this operation reads."},
      503, new String[] {"ServiceUnavailable", "The database cannot be reached right now (a lost connection, a pool"
          + " timeout or another transient failure): retry after `Retry-After` seconds."});

  private final boolean basicAuth;
  private final Map<String, JsonObject> schemas = new TreeMap<>();
  private final SortedSet<Integer> problems = new TreeSet<>();
  private final SortedSet<String> headers = new TreeSet<>();

  Components(boolean basicAuth) {
    this.basicAuth = basicAuth;
  }

  /** A {@code $ref} to the schema of this name, made by {@code schema} the first time it is asked for. */
  JsonObject schema(String name, Supplier<JsonObject> schema) {
    if (!schemas.containsKey(name)) {
      schemas.put(name, schema.get());
    }
    return ref("schemas", name);
  }

  /** A {@code $ref} to the shared {@code application/problem+json} response of this status. */
  JsonObject problem(int status) {
    if (!PROBLEMS.containsKey(status)) {
      throw new IllegalArgumentException("no shared problem response for " + status);
    }
    problems.add(status);
    return ref("responses", PROBLEMS.get(status)[0]);
  }

  /** A {@code $ref} to the response header {@code ETag} or {@code Location}. */
  JsonObject header(String name) {
    headers.add(name);
    return ref("headers", name);
  }

  JsonObject toNode() {
    JsonObject components = new JsonObject();
    if (!problems.isEmpty()) {
      schema("Problem", SharedSchemas::problem);
      schema("ProblemFieldError", SharedSchemas::problemFieldError);
    }
    if (!schemas.isEmpty()) {
      components.putObject("schemas").setAll(schemas);
    }
    if (!problems.isEmpty()) {
      JsonObject responses = components.putObject("responses");
      for (int status : problems) {
        responses.set(PROBLEMS.get(status)[0], problemResponse(status));
      }
    }
    if (!headers.isEmpty()) {
      JsonObject node = components.putObject("headers");
      headers.forEach(h -> node.set(h, SharedSchemas.header(h)));
    }
    if (basicAuth) {
      components.putObject("securitySchemes").putObject(BASIC_AUTH)
          .put("type", "http").put("scheme", "basic")
          .put("description", "The provisioned admin account (`armature.admin.username` / `armature.admin.password`).");
    }
    return components;
  }

  private static JsonObject problemResponse(int status) {
    JsonObject response = new JsonObject().put("description", PROBLEMS.get(status)[1]);
    if (status == 401) {
      response.putObject("headers").putObject("WWW-Authenticate")
          .put("description", "The authentication scheme to use: `Basic realm=\"armature\"`.")
          .putObject("schema").put("type", "string");
    }
    if (status == 503) {
      response.putObject("headers").putObject("Retry-After")
          .put("description", "How many seconds to wait before retrying (RFC 9110 10.2.3), e.g. `1`.")
          .putObject("schema").put("type", "string");
    }
    response.putObject("content").putObject(SharedSchemas.PROBLEM_JSON).set("schema", ref("schemas", "Problem"));
    return response;
  }

  static JsonObject ref(String section, String name) {
    return new JsonObject().put("$ref", "#/components/" + section + "/" + name);
  }
}
