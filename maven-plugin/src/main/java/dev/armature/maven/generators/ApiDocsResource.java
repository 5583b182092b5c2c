package dev.armature.maven.generators;

import dev.armature.annotations.Operation;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.SurfaceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One resource's section: its names, who may call what, its endpoints ({@link ApiDocsEndpoints}) and the
 * bodies they use. The headings it will have are known before it is built ({@link #headings}), so the
 * anchors of the whole document can be handed out in document order first.
 */
final class ApiDocsResource {
  /** The body sections a resource can have, in the order they appear. */
  enum BodyKind { RESPONSE, LIST_ITEM, CREATE, UPDATE }

  private final EntityModel entity;
  private final boolean security;
  private final ApiDocsFields fields;
  private final Map<BodyKind, String> bodyAnchors;

  ApiDocsResource(EntityModel entity, boolean security, ApiDocsFields fields, Map<BodyKind, String> bodyAnchors) {
    this.entity = entity;
    this.security = security;
    this.fields = fields;
    this.bodyAnchors = bodyAnchors;
  }

  /** The section's heading, from the path: {@code book-loans} → Book loans. */
  static String title(EntityModel entity) {
    return Markdown.capitalized(Words.plural(entity.path()));
  }

  /** The operations it has, in {@link Operation} order. */
  static List<Operation> operations(EntityModel entity) {
    return Arrays.stream(Operation.values()).filter(entity::has).toList();
  }

  static String method(Operation op) {
    return switch (op) {
      case LIST, READ -> "GET";
      case CREATE -> "POST";
      case UPDATE -> "PUT";
      case PATCH -> "PATCH";
      case DELETE -> "DELETE";
    };
  }

  static String path(EntityModel entity, Operation op) {
    return "/api/" + entity.path() + (op == Operation.LIST || op == Operation.CREATE ? "" : "/{id}");
  }

  /** The bodies its endpoints use; list items only when they differ from the single-item response. */
  static List<BodyKind> bodies(EntityModel e) {
    List<BodyKind> kinds = new ArrayList<>();
    boolean listsOwnItems = e.has(Operation.LIST) && e.surfaces().listDiffersFromRead();
    if (e.has(Operation.READ) || e.has(Operation.CREATE) || e.has(Operation.UPDATE) || e.has(Operation.PATCH)
        || e.has(Operation.LIST) && !listsOwnItems) {
      kinds.add(BodyKind.RESPONSE);
    }
    if (listsOwnItems) {
      kinds.add(BodyKind.LIST_ITEM);
    }
    if (e.has(Operation.CREATE)) {
      kinds.add(BodyKind.CREATE);
    }
    if (e.has(Operation.UPDATE) || e.has(Operation.PATCH)) {
      kinds.add(BodyKind.UPDATE);
    }
    return kinds;
  }

  static String bodyTitle(EntityModel e, BodyKind kind) {
    String name = Markdown.capitalized(Words.singular(e.simpleName()));
    return switch (kind) {
      case RESPONSE -> name + " response";
      case LIST_ITEM -> name + " list item";
      case CREATE -> name + " create request";
      case UPDATE -> name + " update request";
    };
  }

  /** Every heading of the section, in order: title, endpoints, bodies. */
  static List<String> headings(EntityModel e) {
    List<String> headings = new ArrayList<>();
    headings.add(title(e));
    operations(e).forEach(op -> headings.add(method(op) + " " + path(e, op)));
    bodies(e).forEach(kind -> headings.add(bodyTitle(e, kind)));
    return headings;
  }

  /** The section; {@code anchors} are those of {@link #headings}, in the same order. */
  ApiDocsVars.Resource build(List<String> anchors) {
    List<Operation> operations = operations(entity);
    ApiDocsEndpoints endpoints = new ApiDocsEndpoints(this);
    List<ApiDocsVars.Endpoint> built = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      built.add(endpoints.build(operations.get(i), anchors.get(1 + i)));
    }
    List<ApiDocsVars.Body> bodies = bodies(entity).stream().map(this::body).toList();
    List<Operation> missing = Arrays.stream(Operation.values()).filter(op -> !entity.has(op)).toList();
    return new ApiDocsVars.Resource(title(entity), anchors.get(0), "/api/" + entity.path(), entity.qualifiedName(),
        ApiDocsFields.valueType(entity.id().value()), !missing.isEmpty(), gaps(missing), versioned(), versioning(),
        built, bodies);
  }

  private ApiDocsVars.Body body(BodyKind kind) {
    String schema = entity.simpleName() + switch (kind) {
      case RESPONSE -> "Response";
      case LIST_ITEM -> "ListItem";
      case CREATE -> "CreateRequest";
      case UPDATE -> "UpdateRequest";
    };
    String usage = switch (kind) {
      case RESPONSE -> responseUses();
      case LIST_ITEM -> "Each item in `content` of `GET " + path(Operation.LIST) + "`.";
      case CREATE -> "The body of `POST " + path(Operation.CREATE) + "`. Any other field is a 400 that names it.";
      case UPDATE -> "The body of " + Markdown.and(updateUses()) + ". Any other field is a 400 that names it."
          + (entity.has(Operation.PATCH) ? " A merge patch needs none of the fields; *required* is for `PUT`." : "");
    };
    usage += " Its schema in the OpenAPI description is `" + schema + "`"
        + (kind == BodyKind.UPDATE && entity.has(Operation.PATCH) ? " (`" + entity.simpleName() + "PatchRequest` for PATCH)." : ".");
    SurfaceKind surface = switch (kind) {
      case RESPONSE -> SurfaceKind.READ;
      case LIST_ITEM -> SurfaceKind.LIST;
      case CREATE -> SurfaceKind.CREATE;
      case UPDATE -> SurfaceKind.UPDATE;
    };
    boolean request = surface.isRequest();
    Function<PropertyModel, ApiDocsVars.Field> row = request ? p -> fields.request(p, surface) : fields::response;
    List<ApiDocsVars.Field> rows = entity.surface(surface).stream().map(row).toList();
    return new ApiDocsVars.Body(bodyTitle(entity, kind), bodyAnchors.get(kind), usage, request, rows.isEmpty(), rows);
  }

  /** E.g. "The body of `GET /api/books/{id}` and of the answers to `POST` and `PUT`." */
  private String responseUses() {
    List<String> uses = new ArrayList<>();
    if (entity.has(Operation.READ)) {
      uses.add("`GET " + path(Operation.READ) + "`");
    }
    List<String> writes = Arrays.stream(new Operation[] {Operation.CREATE, Operation.UPDATE, Operation.PATCH})
        .filter(entity::has).map(op -> "`" + method(op) + "`").toList();
    if (!writes.isEmpty()) {
      uses.add((uses.isEmpty() ? "" : "of ") + "the answers to " + Markdown.and(writes));
    }
    String text = uses.isEmpty() ? "" : "The body of " + String.join(" and ", uses) + ".";
    if (entity.has(Operation.LIST) && !entity.surfaces().listDiffersFromRead()) {
      text += (text.isEmpty() ? "" : " ") + "Each item in `content` of `GET " + path(Operation.LIST) + "` has these"
          + " fields" + (text.isEmpty() ? "." : " too.");
    }
    return text;
  }

  private List<String> updateUses() {
    List<String> uses = new ArrayList<>();
    if (entity.has(Operation.UPDATE)) {
      uses.add("`PUT " + path(Operation.UPDATE) + "` (all of it)");
    }
    if (entity.has(Operation.PATCH)) {
      uses.add("`PATCH " + path(Operation.PATCH) + "` (any part of it)");
    }
    return uses;
  }

  /** E.g. {@code Books cannot be deleted through this API.} */
  private String gaps(List<Operation> missing) {
    List<String> verbs = missing.stream().map(op -> switch (op) {
      case LIST -> "listed";
      case READ -> "read one by one";
      case CREATE -> "created";
      case UPDATE -> "replaced with `PUT`";
      case PATCH -> "patched";
      case DELETE -> "deleted";
    }).toList();
    return verbs.isEmpty() ? "" : Markdown.capitalized(plural()) + " cannot be " + Markdown.or(verbs) + " through this API.";
  }

  private String versioning() {
    if (!versioned()) {
      return "";
    }
    String field = entity.version().get().jsonName();
    boolean writes = entity.has(Operation.UPDATE) || entity.has(Operation.PATCH) || entity.has(Operation.DELETE);
    List<String> writeMethods = new ArrayList<>();
    if (entity.has(Operation.UPDATE)) {
      writeMethods.add("`PUT`");
    }
    if (entity.has(Operation.PATCH)) {
      writeMethods.add("`PATCH`");
    }
    if (entity.has(Operation.DELETE)) {
      writeMethods.add("`DELETE`");
    }
    return "**Versions.** An answer about one " + singular() + " carries its version in an `ETag` header: `" + field
        + "` as a quoted string, e.g. `\"3\"`." + (writes ? " " + Markdown.and(writeMethods) + " take it back in an"
        + " optional `If-Match` header: when it no longer matches, the answer is 412 and nothing changes; without"
        + " `If-Match` the write goes ahead. Of two writes racing each other, the one that loses gets a 409." : "");
  }

  EntityModel entity() {
    return entity;
  }

  String singular() {
    return Words.singular(entity.simpleName());
  }

  String plural() {
    return Words.plural(entity.path());
  }

  boolean versioned() {
    return entity.version().isPresent();
  }

  String path(Operation op) {
    return path(entity, op);
  }

  List<String> roles(Operation op) {
    boolean read = op == Operation.LIST || op == Operation.READ;
    return read ? entity.security().readRoles() : entity.security().writeRoles();
  }

  boolean needsRole(Operation op) {
    return security && !roles(op).isEmpty();
  }

  /** Who may call it, e.g. {@code role `ADMIN` or `EDITOR`}. */
  String access(Operation op) {
    if (!security) {
      return "anyone (no authentication)";
    }
    List<String> roles = roles(op);
    return roles.isEmpty() ? "anyone (public)" : "role " + Markdown.or(roles.stream().map(Markdown::code).toList());
  }

  /** A link to one of its body sections, e.g. {@code [book create request](#book-create-request)}. */
  String link(BodyKind kind) {
    BodyKind target = kind == BodyKind.LIST_ITEM && !bodyAnchors.containsKey(kind) ? BodyKind.RESPONSE : kind;
    String text = switch (kind) {
      case RESPONSE -> singular();
      case LIST_ITEM -> target == kind ? singular() + " list items" : plural();
      case CREATE -> singular() + " create request";
      case UPDATE -> singular() + " update request";
    };
    return "[" + text + "](#" + bodyAnchors.get(target) + ")";
  }

  /** The link after its article: {@code a [book create request](#book-create-request)}. */
  String aLink(BodyKind kind) {
    String link = link(kind);
    return Words.a(link.substring(1, link.indexOf(']'))) + " " + link;
  }
}
