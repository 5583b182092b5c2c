package dev.armature.maven.generators;

import dev.armature.annotations.Operation;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.SurfaceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The endpoint sections of one resource: what each does, who may call it, what it answers, and its status
 * codes as the generated controller, service and security configuration really answer them (the same set
 * as the OpenAPI description: 401 and 403 only where a role is needed, 412 only with a version).
 */
final class ApiDocsEndpoints {
  private static final String MERGE_PATCH = "[RFC 7396](https://www.rfc-editor.org/rfc/rfc7396)";

  private final ApiDocsResource r;
  private final EntityModel e;

  ApiDocsEndpoints(ApiDocsResource resource) {
    this.r = resource;
    this.e = resource.entity();
  }

  ApiDocsVars.Endpoint build(Operation op, String anchor) {
    String access = r.access(op);
    Map<Integer, String> statuses = new TreeMap<>();
    String does;
    String description;
    String answer;
    switch (op) {
      case LIST -> {
        does = "list " + r.plural() + ", a page at a time";
        description = "Lists " + r.plural() + ", a page at a time.";
        answer = "200 with a page: its " + r.link(ApiDocsResource.BodyKind.LIST_ITEM) + " in `content`, its size,"
            + " number and totals in `page`:";
        statuses.put(200, "a page of " + r.plural() + ", possibly empty");
        statuses.put(400, "a `page`, `size`, `sort`" + (e.searchable().isEmpty() ? "" : " or filter")
            + " value is malformed, or a parameter is unknown");
      }
      case READ -> {
        does = "read one " + r.singular();
        description = "Reads one " + r.singular() + " by its id.";
        answer = "200 with the " + r.link(ApiDocsResource.BodyKind.RESPONSE) + (r.versioned() ? " and its `ETag`." : ".");
        statuses.put(200, "the " + r.singular());
        idStatuses(statuses);
      }
      case CREATE -> {
        does = "create " + Words.article(r.singular());
        description = "Creates " + Words.article(r.singular()) + " from " + r.aLink(ApiDocsResource.BodyKind.CREATE)
            + " (`Content-Type: application/json`). A field the body leaves out, or sends as `null`, keeps the"
            + " value a new `" + e.simpleName() + "` starts with.";
        answer = "201 with the new " + r.singular() + "'s URL in `Location`" + (r.versioned() ? ", its `ETag`," : "")
            + " and the " + r.link(ApiDocsResource.BodyKind.RESPONSE) + " as stored.";
        statuses.put(201, "created");
        statuses.put(400, bodyProblems(ApiDocsResource.BodyKind.CREATE, Optional.empty()));
        statuses.put(409, dataConflict(e.surface(SurfaceKind.CREATE)));
      }
      case UPDATE -> {
        does = "replace the fields of " + Words.article(r.singular());
        description = "Replaces the fields of " + Words.article(r.singular()) + " with "
            + r.aLink(ApiDocsResource.BodyKind.UPDATE) + ", all of it: a field the body leaves out is cleared, and"
            + " leaving out a required one is a 400." + (r.versioned() ? " `If-Match` is optional." : "");
        answer = updated();
        writeStatuses(statuses);
      }
      case PATCH -> {
        does = "change some fields of " + Words.article(r.singular());
        description = "Changes some fields of " + Words.article(r.singular()) + " with a JSON Merge Patch (" + MERGE_PATCH
            + ") of the " + r.link(ApiDocsResource.BodyKind.UPDATE) + " (`Content-Type: application/merge-patch+json` or"
            + " `application/json`): a field the patch leaves out keeps its value, `null` clears it, and no field is"
            + " required." + (r.versioned() ? " `If-Match` is optional." : "");
        answer = updated();
        writeStatuses(statuses);
      }
      case DELETE -> {
        does = "delete " + Words.article(r.singular());
        description = "Deletes " + Words.article(r.singular()) + "." + (r.versioned() ? " `If-Match` is optional." : "");
        answer = "204, without a body.";
        statuses.put(204, "deleted");
        idStatuses(statuses);
        statuses.put(409, "other items still refer to this " + r.singular());
        preconditionStatus(statuses);
      }
      default -> throw new IllegalArgumentException("unknown operation " + op);
    }
    if (r.needsRole(op)) {
      List<String> roles = r.roles(op);
      statuses.put(401, "no credentials, or wrong ones");
      statuses.put(403, "the account " + (roles.size() == 1 ? "lacks role " + Markdown.code(roles.get(0))
          : "has none of the roles " + String.join(", ", roles.stream().map(Markdown::code).toList())));
    }
    boolean list = op == Operation.LIST;
    return new ApiDocsVars.Endpoint(ApiDocsResource.method(op), r.path(op), anchor, does, description, access, list,
        list ? parameters() : List.of(), list ? parametersNote() : "", answer, list, list ? example() : "",
        statuses.entrySet().stream().map(s -> new ApiDocsVars.Status(String.valueOf(s.getKey()), s.getValue())).toList());
  }

  private String updated() {
    return "200 with the updated " + r.link(ApiDocsResource.BodyKind.RESPONSE) + (r.versioned() ? " and its new `ETag`." : ".");
  }

  private void idStatuses(Map<Integer, String> statuses) {
    idMalformed().ifPresent(text -> statuses.put(400, text));
    statuses.put(404, "no " + r.singular() + " has this id");
  }

  private void writeStatuses(Map<Integer, String> statuses) {
    statuses.put(200, "updated");
    statuses.put(400, bodyProblems(ApiDocsResource.BodyKind.UPDATE, idMalformed()));
    statuses.put(404, "no " + r.singular() + " has this id");
    String data = dataConflict(e.surface(SurfaceKind.UPDATE));
    statuses.put(409, r.versioned() ? "another request changed the " + r.singular() + " meanwhile, or " + data : data);
    preconditionStatus(statuses);
  }

  private void preconditionStatus(Map<Integer, String> statuses) {
    if (r.versioned()) {
      statuses.put(412, "`If-Match` does not match the " + r.singular() + "'s current `ETag`; nothing changed");
    }
  }

  /** An id in the path that cannot be converted is a 400; a {@code String} id always converts. */
  private Optional<String> idMalformed() {
    ScalarKind kind = e.id().value().kind();
    return switch (kind) {
      case STRING -> Optional.empty();
      case UUID -> Optional.of("the id is not a UUID");
      default -> Optional.of("the id is not " + (kind.jsonType().equals("integer") ? "an integer" : "a number"));
    };
  }

  /** What makes a request body a 400, as a list whose items may hold "or" themselves, hence the serial comma. */
  private String bodyProblems(ApiDocsResource.BodyKind body, Optional<String> idProblem) {
    List<PropertyModel> relations = e.surface(body == ApiDocsResource.BodyKind.CREATE
        ? SurfaceKind.CREATE : SurfaceKind.UPDATE)
        .stream().filter(p -> p.relation().isPresent()).toList();
    List<String> parts = new ArrayList<>();
    idProblem.ifPresent(parts::add);
    parts.add("a value is missing or breaks a constraint");
    parts.add("a field is not in the " + r.link(body));
    if (relations.size() == 1) {
      PropertyModel p = relations.get(0);
      parts.add(Markdown.code(p.jsonName()) + " names no existing " + Words.singular(p.relation().get().target().simpleName()));
    } else if (!relations.isEmpty()) {
      parts.add(Markdown.or(relations.stream().map(p -> Markdown.code(p.jsonName())).toList()) + " names no existing item");
    }
    parts.add("the body is not a JSON object");
    return String.join(", ", parts.subList(0, parts.size() - 1)) + ", or " + parts.get(parts.size() - 1);
  }

  private String dataConflict(List<PropertyModel> surface) {
    List<String> unique = surface.stream().filter(PropertyModel::unique).map(p -> Markdown.code(p.jsonName())).toList();
    return unique.isEmpty() ? "the values conflict with stored data (a database constraint)"
        : "another " + r.singular() + " already has this " + Markdown.or(unique);
  }

  private List<ApiDocsVars.Parameter> parameters() {
    int max = e.paging().maxPageSize();
    List<ApiDocsVars.Parameter> parameters = new ArrayList<>();
    parameters.add(new ApiDocsVars.Parameter("page", "the page number, from 0", "`0`"));
    parameters.add(new ApiDocsVars.Parameter("size", "items per page, from 1 to " + max + "; a larger value counts as "
        + max, "`" + e.paging().defaultPageSize() + "`"));
    parameters.add(new ApiDocsVars.Parameter("sort", "`field` or `field,asc` or `field,desc`; repeat it to sort by"
        + " more fields. Fields: " + String.join(", ", e.sortable().stream().map(p -> Markdown.code(p.jsonName())).toList()),
        "by `" + e.id().jsonName() + "`"));
    for (PropertyModel p : e.searchable()) {
      parameters.add(new ApiDocsVars.Parameter(p.jsonName(), filter(p), ""));
    }
    return parameters;
  }

  private String filter(PropertyModel p) {
    String only = "only " + r.plural() + " whose ";
    if (p.relation().isPresent()) {
      return only + Words.singular(p.relation().get().target().simpleName()) + " has this id";
    }
    String name = Markdown.code(p.jsonName());
    if (p.value().kind().substringFilter()) {
      return only + name + " contains this text, ignoring case";
    }
    return p.value().enumConstants().isEmpty()
        ? only + name + " equals this value: " + ApiDocsFields.valueType(p.value())
        : only + name + " is this value: " + Markdown.or(p.value().enumConstants().stream().map(Markdown::code).toList());
  }

  private String parametersNote() {
    return "Ties are broken by `" + e.id().jsonName() + "`, so pages are stable."
        + (e.searchable().size() > 1 ? " Filters combine: an item must match each one given." : "")
        + " Any other parameter is a 400 that names it.";
  }

  private String example() {
    List<PropertyModel> fields = e.surface(SurfaceKind.LIST);
    StringBuilder json = new StringBuilder("{\n  \"content\": [\n    {");
    for (int i = 0; i < fields.size(); i++) {
      PropertyModel p = fields.get(i);
      json.append(i == 0 ? "\n" : ",\n").append("      \"").append(p.jsonName()).append("\": ")
          .append(ApiDocsFields.example(p));
    }
    json.append(fields.isEmpty() ? "}" : "\n    }").append("\n  ],\n  \"page\": {\"size\": ")
        .append(e.paging().defaultPageSize()).append(", \"number\": 0, \"totalElements\": 1, \"totalPages\": 1}\n}");
    return json.toString();
  }
}
