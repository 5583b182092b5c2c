package dev.armature.processor.openapi;

import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.SurfaceKind;
import java.util.List;

/**
 * The body schemas of one resource, named like the generated records: {@code BookResponse} (read
 * surface), {@code BookListItem} (list surface, only when it differs from read), {@code BookPage},
 * {@code BookCreateRequest}, {@code BookUpdateRequest} (PUT) and {@code BookPatchRequest} (the update
 * surface as a JSON Merge Patch: nothing required). Each is registered in {@link Components} on first use.
 */
final class ResourceSchemas {
  private static final String UNLESS_ENTITY_SETS =
      "Required unless the entity gives it a value when created; left out, that value is kept";

  private final EntityModel entity;
  private final Components components;

  ResourceSchemas(EntityModel entity, Components components) {
    this.entity = entity;
    this.components = components;
  }

  JsonObject response() {
    return components.schema(entity.simpleName() + "Response",
        () -> responseObject(SurfaceKind.READ, "One " + entity.simpleName() + " (the read surface)."));
  }

  JsonObject listItem() {
    if (!entity.surfaces().listDiffersFromRead()) {
      return response();
    }
    return components.schema(entity.simpleName() + "ListItem",
        () -> responseObject(SurfaceKind.LIST, "One " + entity.simpleName() + " in a list (the list surface)."));
  }

  JsonObject page() {
    JsonObject item = listItem();
    JsonObject metadata = components.schema("PageMetadata", SharedSchemas::pageMetadata);
    return components.schema(entity.simpleName() + "Page", () -> {
      JsonObject schema = new JsonObject().put("type", "object")
          .put("description", "A page of " + entity.simpleName() + " items.");
      schema.putArray("required").add("content").add("page");
      JsonObject properties = schema.putObject("properties");
      properties.putObject("content").put("type", "array").set("items", item);
      properties.set("page", metadata);
      return schema;
    });
  }

  JsonObject createRequest() {
    return components.schema(entity.simpleName() + "CreateRequest", () -> requestObject(SurfaceKind.CREATE, true,
        "The body of `POST /api/" + entity.path() + "` (the create surface)."));
  }

  JsonObject updateRequest() {
    return components.schema(entity.simpleName() + "UpdateRequest", () -> requestObject(SurfaceKind.UPDATE, true,
        "The body of `PUT /api/" + entity.path() + "/{id}`: the whole update surface."));
  }

  /** Nothing is required in a merge patch (RFC 7396); {@code null} removes a value, so required values stay non-null. */
  JsonObject patchRequest() {
    return components.schema(entity.simpleName() + "PatchRequest", () -> requestObject(SurfaceKind.UPDATE, false,
        "The body of `PATCH /api/" + entity.path() + "/{id}`: a JSON Merge Patch (RFC 7396) of the update surface;"
            + " absent fields keep their value, `null` clears one."));
  }

  private JsonObject responseObject(SurfaceKind surface, String description) {
    JsonObject schema = new JsonObject().put("type", "object").put("description", description);
    JsonObject properties = schema.putObject("properties");
    for (PropertyModel p : entity.surface(surface)) {
      properties.set(p.jsonName(), PropertySchemas.property(p, PropertySchemas.nullableInResponse(p), false));
    }
    return schema;
  }

  /** Requests reject unknown and non-surface fields with a 400, hence {@code additionalProperties: false}. */
  private JsonObject requestObject(SurfaceKind surface, boolean withRequired, String description) {
    List<PropertyModel> fields = entity.surface(surface);
    JsonObject schema = new JsonObject().put("type", "object").put("description", description);
    List<String> required = fields.stream().filter(p -> p.requiredIn(surface)).map(PropertyModel::jsonName).toList();
    if (withRequired && !required.isEmpty()) {
      JsonArray names = schema.putArray("required");
      required.forEach(names::add);
    }
    JsonObject properties = schema.putObject("properties");
    for (PropertyModel p : fields) {
      JsonObject property = PropertySchemas.property(p, !p.requiredIn(surface), true);
      if (surface == SurfaceKind.CREATE && p.checkedAfterCreate()) {
        // not null in the database, but a value the entity's constructor gives it is kept (a 400 otherwise)
        Object before = property.get("description");
        property.put("description", (before == null ? "" : before + ". ") + UNLESS_ENTITY_SETS);
      }
      properties.set(p.jsonName(), property);
    }
    schema.put("additionalProperties", false);
    return schema;
  }
}
