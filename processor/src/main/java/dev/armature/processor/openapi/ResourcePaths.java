package dev.armature.processor.openapi;

import static dev.armature.processor.openapi.SharedSchemas.JSON;

import dev.armature.annotations.Operation;
import dev.armature.processor.model.EntityModel;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.atteo.evo.inflector.English;

/**
 * The path items of one resource, with only its enabled operations: {@code /api/{path}} ({@code get}
 * = LIST, {@code post} = CREATE) and {@code /api/{path}/{id}} ({@code get} = READ, {@code put},
 * {@code patch}, {@code delete}). Responses are listed by status code; problems are shared
 * {@code $ref}s.
 */
final class ResourcePaths {

  private final EntityModel entity;
  private final Components components;
  private final ResourceSchemas schemas;
  private final boolean security;
  private final boolean versioned;

  ResourcePaths(EntityModel entity, Components components, boolean security) {
    this.entity = entity;
    this.components = components;
    this.schemas = new ResourceSchemas(entity, components);
    this.security = security;
    this.versioned = entity.version().isPresent();
  }

  void addTo(JsonObject paths) {
    String base = "/api/" + entity.path();
    JsonObject collection = new JsonObject();
    if (entity.has(Operation.LIST)) {
      collection.set("get", list());
    }
    if (entity.has(Operation.CREATE)) {
      collection.set("post", create());
    }
    if (!collection.isEmpty()) {
      paths.set(base, collection);
    }
    JsonObject item = new JsonObject();
    item.putArray("parameters").add(new JsonObject().put("name", "id").put("in", "path").put("required", true)
        .set("schema", PropertySchemas.value(entity.id().value())));
    if (entity.has(Operation.READ)) {
      item.set("get", read());
    }
    if (entity.has(Operation.UPDATE)) {
      item.set("put", update());
    }
    if (entity.has(Operation.PATCH)) {
      item.set("patch", patch());
    }
    if (entity.has(Operation.DELETE)) {
      item.set("delete", delete());
    }
    if (item.size() > 1) {
      paths.set(base + "/{id}", item);
    }
  }

  private JsonObject list() {
    String plural = English.plural(entity.simpleName());
    JsonObject op = operation(Operation.LIST, "List " + plural, "list" + plural);
    ListParameters.addTo(op.putArray("parameters"), entity);
    return responses(op, Map.of(200, body("A page of items.", schemas.page())), 400, 503);
  }

  private JsonObject read() {
    JsonObject op = operation(Operation.READ, "Get one " + entity.simpleName(), "get" + entity.simpleName());
    addConditionalHeader(op, "If-None-Match", versioned
        ? "Answer 304 without a body if the item's current `ETag` is one of these tags (compared weakly), or `*`"
            + " (RFC 9110 13.1.2)."
        : "Read, but never matches: this item has no version, hence no `ETag`.");
    Map<Integer, JsonObject> successes = new TreeMap<>(Map.of(200, withETag(body("The item.", schemas.response()))));
    if (versioned) {
      successes.put(304, new JsonObject().put("description", "Not modified: `If-None-Match` names the current `ETag`.")
          .set("headers", new JsonObject().set("ETag", components.header("ETag"))));
    }
    return responses(op, successes, 400, 404, 503);
  }

  private JsonObject create() {
    JsonObject op = operation(Operation.CREATE, "Create one " + entity.simpleName(), "create" + entity.simpleName());
    op.set("requestBody", requestBody(schemas.createRequest(), JSON));
    JsonObject created = body("Created; the body is the new item.", schemas.response());
    JsonObject headers = new JsonObject().set("Location", components.header("Location"));
    if (versioned) {
      headers.set("ETag", components.header("ETag"));
    }
    created.set("headers", headers);
    created.set("content", created.remove("content")); // headers before content, as elsewhere
    return responses(op, Map.of(201, created), 400, 409, 415, 503);
  }

  private JsonObject update() {
    JsonObject op = operation(Operation.UPDATE, "Replace the update surface of one " + entity.simpleName(),
        "update" + entity.simpleName());
    addIfMatch(op);
    op.set("requestBody", requestBody(schemas.updateRequest(), JSON));
    return responses(op, Map.of(200, withETag(body("The updated item.", schemas.response()))), 400, 404, 409, 412,
        415, 503);
  }

  private JsonObject patch() {
    JsonObject op = operation(Operation.PATCH, "Change some fields of one " + entity.simpleName()
        + " (JSON Merge Patch, RFC 7396)", "patch" + entity.simpleName());
    addIfMatch(op);
    op.set("requestBody", requestBody(schemas.patchRequest(), SharedSchemas.MERGE_PATCH_JSON, JSON));
    return responses(op, Map.of(200, withETag(body("The updated item.", schemas.response()))), 400, 404, 409, 412,
        415, 503);
  }

  private JsonObject delete() {
    JsonObject op = operation(Operation.DELETE, "Delete one " + entity.simpleName(), "delete" + entity.simpleName());
    addIfMatch(op);
    return responses(op, Map.of(204, new JsonObject().put("description", "Deleted.")), 400, 404, 409, 412, 503);
  }

  /** Tags, summary, who may call it, and id. */
  private JsonObject operation(Operation kind, String summary, String operationId) {
    JsonObject op = new JsonObject();
    op.putArray("tags").add(entity.simpleName());
    op.put("summary", summary);
    if (!security) {
      op.put("operationId", operationId);
      return op;
    }
    boolean read = kind == Operation.LIST || kind == Operation.READ;
    List<String> roles = read ? entity.security().readRoles() : entity.security().writeRoles();
    op.put("description", roles.isEmpty() ? "Public: no credentials needed."
        : "Needs HTTP Basic credentials with role "
            + roles.stream().map(r -> "`" + r + "`").collect(Collectors.joining(" or ")) + ".");
    op.put("operationId", operationId);
    JsonArray requirements = op.putArray("security");
    if (!roles.isEmpty()) {
      requirements.addObject().putArray(Components.BASIC_AUTH);
    }
    return op;
  }

  /** Adds the responses: the successes given, then the problems, 401 and 403 when credentials are needed. */
  private JsonObject responses(JsonObject op, Map<Integer, JsonObject> successes, int... problems) {
    Map<Integer, JsonObject> all = new TreeMap<>(successes);
    for (int status : problems) {
      all.put(status, components.problem(status));
    }
    if (security) {
      // HTTP Basic refuses wrong credentials even where none are needed
      all.put(401, components.problem(401));
      if (op.get("security") instanceof JsonArray requirements && !requirements.isEmpty()) {
        all.put(403, components.problem(403));
      }
    }
    JsonObject responses = op.putObject("responses");
    all.forEach((status, response) -> responses.set(String.valueOf(status), response));
    return op;
  }

  private JsonObject withETag(JsonObject response) {
    if (versioned) {
      Object content = response.remove("content");
      response.putObject("headers").set("ETag", components.header("ETag"));
      response.set("content", content);
    }
    return response;
  }

  /**
   * {@code If-Match} is optional: without it the write is unconditional (lost updates are then the client's
   * risk). Every write reads it: an item without a version has no {@code ETag}, so only {@code *} matches.
   */
  private void addIfMatch(JsonObject op) {
    addConditionalHeader(op, "If-Match", versioned
        ? "Write only if the item's current `ETag` is one of these strong tags, or `*`; otherwise 412 (RFC 9110 13.1.1)."
        : "This item has no version, hence no `ETag`: any tag but `*` fails with 412 (RFC 9110 13.1.1).");
  }

  private static void addConditionalHeader(JsonObject op, String name, String description) {
    op.putArray("parameters").addObject().put("name", name).put("in", "header").put("required", false)
        .put("description", description).putObject("schema").put("type", "string");
  }

  private static JsonObject body(String description, JsonObject schemaRef) {
    JsonObject response = new JsonObject().put("description", description);
    response.putObject("content").putObject(JSON).set("schema", schemaRef);
    return response;
  }

  private static JsonObject requestBody(JsonObject schemaRef, String... mediaTypes) {
    JsonObject body = new JsonObject().put("required", true);
    JsonObject content = body.putObject("content");
    for (String mediaType : mediaTypes) {
      content.putObject(mediaType).set("schema", schemaRef.deepCopy());
    }
    return body;
  }
}
