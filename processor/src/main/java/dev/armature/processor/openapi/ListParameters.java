package dev.armature.processor.openapi;

import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The query parameters of {@code GET /api/{path}}, as {@code ListQuery.parse} and the controller read
 * them: {@code page}, {@code size}, repeatable {@code sort} and one filter per {@code @Searchable}
 * property (a to-one relation filters by the related id, {@code authorId}).
 */
final class ListParameters {

  private ListParameters() {}

  static void addTo(JsonArray parameters, EntityModel entity) {
    int defaultSize = entity.paging().defaultPageSize();
    int maxSize = entity.paging().maxPageSize();
    parameters.add(query("page", "Zero-based page number.")
        .set("schema", new JsonObject().put("type", "integer").put("format", "int32").put("minimum", 0).put("default", 0)));
    // A larger size is clamped, not refused (any number of digits): a maximum (or int32) would make
    // validators reject requests the server answers with 200, so the limit is told in words.
    parameters.add(query("size", "Items per page, at most " + maxSize + ": a larger value is clamped to " + maxSize
        + " (the response's `page.size` says the size used).")
        .set("schema", new JsonObject().put("type", "integer").put("minimum", 1).put("default", defaultSize)));
    parameters.add(sort(entity.sortable()));
    for (PropertyModel p : entity.searchable()) {
      parameters.add(query(p.jsonName(), filterDescription(p)).set("schema", PropertySchemas.value(p.value())));
    }
  }

  /** {@code sort=prop[,asc|desc]}, repeatable ({@code style: form, explode: true}); only whitelisted properties. */
  private static JsonObject sort(List<PropertyModel> sortable) {
    String names = sortable.stream().map(p -> "`" + p.jsonName() + "`").collect(Collectors.joining(", "));
    JsonObject parameter = query("sort", "Sort key `property` or `property,asc|desc` (ascending by default); repeat"
        + " for more keys, ties are broken by id. Sortable: " + names + ".")
        .put("style", "form").put("explode", true);
    JsonObject items = new JsonObject().put("type", "string");
    String alternatives = sortable.stream().map(p -> escape(p.jsonName())).collect(Collectors.joining("|"));
    // the server reads the direction case-insensitively
    items.put("pattern", "^(" + alternatives + ")(,([Aa][Ss][Cc]|[Dd][Ee][Ss][Cc]))?$");
    parameter.putObject("schema").put("type", "array").set("items", items);
    return parameter;
  }

  private static String filterDescription(PropertyModel p) {
    if (p.relation().isPresent()) {
      return "Only items whose " + p.name() + " has this id.";
    }
    return p.value().kind().substringFilter()
        ? "Only items whose " + p.jsonName() + " contains this text, ignoring case."
        : "Only items whose " + p.jsonName() + " equals this value.";
  }

  private static JsonObject query(String name, String description) {
    return new JsonObject().put("name", name).put("in", "query").put("required", false).put("description", description);
  }

  /** Java identifiers may hold {@code $}, which is special in an ECMA-262 pattern. */
  private static String escape(String name) {
    return name.replace("$", "\\$");
  }
}
