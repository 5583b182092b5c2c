package dev.armature.processor.openapi;


/** The schemas and headers every resource shares: problem details, page metadata, {@code ETag}, {@code Location}. */
final class SharedSchemas {
  static final String JSON = "application/json";
  static final String MERGE_PATCH_JSON = "application/merge-patch+json";
  static final String PROBLEM_JSON = "application/problem+json";

  private SharedSchemas() {}

  /** RFC 9457 problem details as Spring writes the generated advice's {@code ProblemDetail} (nulls left out, {@code type} {@code about:blank}). */
  static JsonObject problem() {
    JsonObject schema = new JsonObject().put("type", "object")
        .put("description", "Problem details (RFC 9457).");
    schema.putArray("required").add("title").add("status");
    JsonObject properties = schema.putObject("properties");
    properties.putObject("type").put("type", "string").put("format", "uri-reference").put("default", "about:blank");
    properties.putObject("title").put("type", "string");
    properties.putObject("status").put("type", "integer").put("format", "int32");
    properties.putObject("detail").put("type", "string");
    properties.putObject("instance").put("type", "string").put("format", "uri-reference");
    properties.putObject("errors").put("type", "array").put("description", "One entry per rejected field or parameter.")
        .set("items", Components.ref("schemas", "ProblemFieldError"));
    return schema;
  }

  static JsonObject problemFieldError() {
    JsonObject schema = new JsonObject().put("type", "object");
    schema.putArray("required").add("field").add("message");
    JsonObject properties = schema.putObject("properties");
    properties.putObject("field").put("type", "string").put("description", "The JSON field or query parameter.");
    properties.putObject("message").put("type", "string");
    return schema;
  }

  /** The {@code page} object of a list response. */
  static JsonObject pageMetadata() {
    JsonObject schema = new JsonObject().put("type", "object");
    schema.putArray("required").add("size").add("number").add("totalElements").add("totalPages");
    JsonObject properties = schema.putObject("properties");
    properties.putObject("size").put("type", "integer").put("format", "int32").put("description", "The page size used.");
    properties.putObject("number").put("type", "integer").put("format", "int32").put("description", "Zero-based page number.");
    properties.putObject("totalElements").put("type", "integer").put("format", "int64");
    properties.putObject("totalPages").put("type", "integer").put("format", "int32");
    return schema;
  }

  static JsonObject header(String name) {
    JsonObject header = new JsonObject();
    switch (name) {
      case "ETag" -> header.put("description", "The item's version as a strong entity tag (RFC 9110 8.8.3), e.g. `\"3\"`.")
          .putObject("schema").put("type", "string");
      case "Location" -> header.put("description", "The URL of the created item.")
          .putObject("schema").put("type", "string").put("format", "uri-reference");
      default -> throw new IllegalArgumentException("unknown header " + name);
    }
    return header;
  }
}
