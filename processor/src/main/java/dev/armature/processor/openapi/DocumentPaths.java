package dev.armature.processor.openapi;

import dev.armature.processor.model.DomainModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two paths the generated {@code ArmatureOpenApiController} serves this document at: {@code GET
 * /api/openapi.yaml} ({@code application/yaml}) and {@code GET /api/openapi.json} ({@code application/json}),
 * readable by whoever may read the lists ({@link DocumentAccess}).
 */
final class DocumentPaths {
  static final String TAG = "OpenAPI";
  static final String YAML = "application/yaml";

  private DocumentPaths() {}

  static void addTo(JsonObject paths, DomainModel model, Components components) {
    boolean security = model.classpath().springSecurity();
    List<String> roles = DocumentAccess.roles(model);
    paths.putObject(DocumentAccess.PATHS.get(0)).set("get",
        operation("This description as YAML", "getOpenApiYaml", YAML, security, roles, components));
    paths.putObject(DocumentAccess.PATHS.get(1)).set("get",
        operation("This description as JSON", "getOpenApiJson", SharedSchemas.JSON, security, roles, components));
  }

  static JsonObject tag() {
    return new JsonObject().put("name", TAG).put("description", "This description, served by the application.");
  }

  private static JsonObject operation(String summary, String operationId, String mediaType, boolean security,
      List<String> roles, Components components) {
    JsonObject op = new JsonObject();
    op.putArray("tags").add(TAG);
    op.put("summary", summary);
    if (security) {
      op.put("description", roles.isEmpty() ? "Public, like the lists: no credentials needed."
          : "Readable like the lists: needs HTTP Basic credentials with role "
              + roles.stream().map(r -> "`" + r + "`").collect(Collectors.joining(" or ")) + ".");
    }
    op.put("operationId", operationId);
    if (security) {
      JsonArray requirements = op.putArray("security");
      if (!roles.isEmpty()) {
        requirements.addObject().putArray(Components.BASIC_AUTH);
      }
    }
    JsonObject responses = op.putObject("responses");
    JsonObject ok = responses.putObject("200").put("description", "The OpenAPI document.");
    JsonObject schema = ok.putObject("content").putObject(mediaType).putObject("schema");
    schema.put("type", mediaType.equals(YAML) ? "string" : "object");
    if (security) {
      responses.set("401", components.problem(401));
      if (!roles.isEmpty()) {
        responses.set("403", components.problem(403));
      }
    }
    return op;
  }
}
