package dev.armature.maven.generators;

import dev.armature.annotations.Operation;
import dev.armature.maven.spi.AppEnvironment;
import dev.armature.maven.spi.GeneratorContext;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.SurfaceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes {@link ApiDocsVars} from the IR: anchors first, for every heading in document order (the
 * template's fixed headings, then each resource's), then the sections, then what the document says about
 * the whole API (how to call it, which error statuses occur).
 */
final class ApiDocsBuilder {
  /** The template's own headings before the resources, in order. */
  private static final List<String> FIXED_HEADINGS = List.of("Contents", "Calling the API", "Errors");
  private static final Map<Integer, String> STATUS_MEANINGS = Map.of(
      400, "Bad Request: a value is missing or breaks a constraint, a field is not accepted, a related id names"
          + " nothing, a query parameter is unknown or malformed, or the body is not JSON",
      401, "Unauthorized: no credentials, or wrong ones",
      403, "Forbidden: the account lacks the role the endpoint needs",
      404, "Not Found: no item has this id",
      409, "Conflict: the change conflicts with stored data (a unique value taken, an item still referenced)"
          + " or with a concurrent change",
      412, "Precondition Failed: `If-Match` does not match the item's current `ETag`");

  private final GeneratorContext context;
  private final DomainModel model;
  private final boolean security;

  ApiDocsBuilder(GeneratorContext context) {
    this.context = context;
    this.model = context.model();
    this.security = model.classpath().springSecurity();
  }

  ApiDocsVars build() {
    String title = context.project().name() + " API";
    Markdown.Anchors anchors = new Markdown.Anchors();
    anchors.next(title);
    FIXED_HEADINGS.forEach(anchors::next);
    Map<String, List<String>> sectionAnchors = new LinkedHashMap<>();
    Map<String, String> anchorsByPath = new HashMap<>();
    for (EntityModel e : model.entities()) {
      List<String> a = ApiDocsResource.headings(e).stream().map(anchors::next).toList();
      sectionAnchors.put(e.qualifiedName(), a);
      anchorsByPath.put(e.path(), a.get(0));
    }
    ApiDocsFields fields = new ApiDocsFields(anchorsByPath);
    List<ApiDocsVars.Resource> resources = new ArrayList<>();
    for (EntityModel e : model.entities()) {
      List<String> a = sectionAnchors.get(e.qualifiedName());
      List<ApiDocsResource.BodyKind> kinds = ApiDocsResource.bodies(e);
      Map<ApiDocsResource.BodyKind, String> bodyAnchors = new HashMap<>();
      int first = 1 + ApiDocsResource.operations(e).size();
      for (int i = 0; i < kinds.size(); i++) {
        bodyAnchors.put(kinds.get(i), a.get(first + i));
      }
      resources.add(new ApiDocsResource(e, security, fields, bodyAnchors).build(a));
    }
    AppEnvironment env = AppEnvironment.of(context.project(), context.settings(), context.model());
    String baseUrl = "http://localhost:" + env.get(AppEnvironment.SERVER_PORT).value() + "/api";
    int count = resources.size();
    Optional<String> curl = curl(baseUrl);
    return new ApiDocsVars(title, context.project().name(), resources.isEmpty(),
        count + (count == 1 ? " resource" : " resources"), "/api", baseUrl, security, adminRoles(),
        AppEnvironment.ADMIN_USERNAME, AppEnvironment.ADMIN_PASSWORD, curl.isPresent(), curl.orElse(""),
        problemExample(), statuses(resources), resources);
  }

  /** {@code `ADMIN` and `USER`}: the admin account holds ADMIN and every role a resource names. */
  private String adminRoles() {
    TreeSet<String> roles = new TreeSet<>(model.allRoles());
    roles.add("ADMIN");
    return Markdown.and(roles.stream().map(Markdown::code).toList());
  }

  /** A {@code GET}, preferably one that needs credentials, so the example shows them in use. */
  private Optional<String> curl(String baseUrl) {
    Optional<EntityModel> target = model.entities().stream()
        .filter(e -> e.has(Operation.LIST) || e.has(Operation.READ))
        .min((a, b) -> Boolean.compare(a.security().publicReads(), b.security().publicReads()));
    return target.map(e -> {
      String url = baseUrl + "/" + e.path() + (e.has(Operation.LIST) ? "" : "/1");
      return security ? "curl -i -u \"$" + AppEnvironment.ADMIN_USERNAME + ":$" + AppEnvironment.ADMIN_PASSWORD + "\" " + url
          : "curl -i " + url;
    });
  }

  /** Every error status some endpoint answers, with its general meaning. */
  private static List<ApiDocsVars.Status> statuses(List<ApiDocsVars.Resource> resources) {
    Map<Integer, String> used = new TreeMap<>();
    resources.stream().flatMap(r -> r.endpoints().stream()).flatMap(e -> e.statuses().stream())
        .map(s -> Integer.parseInt(s.code())).filter(STATUS_MEANINGS::containsKey)
        .forEach(code -> used.put(code, STATUS_MEANINGS.get(code)));
    return used.entrySet().stream().map(e -> new ApiDocsVars.Status(String.valueOf(e.getKey()), e.getValue())).toList();
  }

  /**
   * A 400 as the generated API writes it: a missing required field on a create when some resource has one
   * (the usual first mistake), else a bad list parameter, else a 404.
   */
  private String problemExample() {
    for (EntityModel e : model.entities()) {
      if (!e.has(Operation.CREATE)) {
        continue;
      }
      for (PropertyModel p : e.surface(SurfaceKind.CREATE)) {
        if (p.requiredIn(SurfaceKind.CREATE)) {
          String message = p.constraint("NotBlank").isPresent() ? "must not be blank" : "must not be null";
          return problem(400, "Bad Request", "The request body has 1 invalid field", "/api/" + e.path(),
              p.jsonName(), message);
        }
      }
    }
    Optional<EntityModel> listed = model.entities().stream().filter(e -> e.has(Operation.LIST)).findFirst();
    if (listed.isPresent()) {
      return problem(400, "Bad Request", "The list request has invalid parameters", "/api/" + listed.get().path(),
          "size", "must be a whole number, 1 or more");
    }
    return model.entities().stream().findFirst().map(e -> problem(404, "Not Found", "No " + e.simpleName()
        + " with id 1", "/api/" + e.path() + "/1", null, null)).orElse("");
  }

  private static String problem(int status, String title, String detail, String instance, String field, String message) {
    String json = "{\n  \"type\": \"about:blank\",\n  \"title\": \"" + title + "\",\n  \"status\": " + status
        + ",\n  \"detail\": \"" + detail + "\",\n  \"instance\": \"" + instance + "\"";
    if (field != null) {
      json += ",\n  \"errors\": [\n    {\"field\": \"" + field + "\", \"message\": \"" + message + "\"}\n  ]";
    }
    return json + "\n}";
  }
}
