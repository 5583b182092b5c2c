package dev.armature.processor.openapi;

import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import java.util.Map;

/**
 * Writes {@code META-INF/armature/openapi.yaml}: an OpenAPI 3.1.0 description of exactly the API the
 * emitters generate from the same IR (see the processor README), so it cannot drift from the code.
 *
 * <p>Layout, in this order:
 * <ul>
 *   <li>{@code openapi: 3.1.0}, {@code info} (the project's name, version and description, {@link ApiInfo}),
 *       one tag per resource (its entity's simple name) and {@code OpenAPI}, one relative server {@code /}
 *       (paths carry the {@code /api} base);
 *   <li>{@code paths}: per resource, in model order, {@code /api/{path}} then {@code /api/{path}/{id}},
 *       each only with its enabled operations ({@code operationId}s {@code listBooks}, {@code getBook},
 *       {@code createBook}, {@code updateBook}, {@code patchBook}, {@code deleteBook}); a path with no
 *       enabled operation is left out; then {@code /api/openapi.yaml} and {@code /api/openapi.json}, where
 *       the generated layer serves this document ({@link DocumentPaths});
 *   <li>{@code components}: {@code schemas} (by name: {@code BookResponse}, {@code BookListItem} only when the
 *       list surface differs, {@code BookPage}, {@code BookCreateRequest}, {@code BookUpdateRequest},
 *       {@code BookPatchRequest}, {@code PageMetadata}, {@code Problem}, {@code ProblemFieldError}),
 *       {@code responses} (the shared {@code application/problem+json} ones, by status), {@code headers}
 *       ({@code ETag}, {@code Location}) and, when Spring Security is on the class path,
 *       {@code securitySchemes.basicAuth}. Only what some path references is there.
 * </ul>
 *
 * <p>Choices: PATCH has its own schema, the update surface with nothing {@code required} (RFC 7396);
 * request schemas are closed ({@code additionalProperties: false}) because the server rejects other
 * fields; optional values are {@code type: [T, "null"]}; response schemas list no {@code required}
 * (values may be null) and carry no validation keywords; {@code If-Match} and 412 are on every write and
 * {@code If-None-Match} on every item read (an item without a {@code @Version} has no {@code ETag}, so
 * only {@code *} matches it), the {@code ETag} header and 304 only where there is a version; a malformed
 * id is a 400 on every {@code /{id}} operation; POST, PUT and PATCH answer 415 to a body type they do
 * not read; every resource operation may answer 503 with {@code Retry-After} (the database is out of
 * reach); {@code size} has no {@code maximum} (the server clamps it, so a validator must not refuse it);
 * with Spring Security each operation states its {@code security} ({@code []} when public) and answers
 * 401 (wrong credentials are refused even where none are needed), a secured one also 403; without it
 * the root says {@code security: []} and no operation does.
 *
 * <p>Same model, same bytes: objects are built in a fixed order, YAML with {@code "\n"} line ends,
 * minimal quoting and no line folding ({@link YamlWriter}).
 */
public final class OpenApiWriter {
  public static final String OPENAPI_VERSION = "3.1.0";
  private static final String GENERATED = "The REST API Armature generated from the annotated JPA entities. Errors"
      + " are `application/problem+json` (RFC 9457).";

  private final ApiInfo info;

  /** A writer whose {@code info} is {@link ApiInfo#defaults(String)} of the model's package. */
  public OpenApiWriter() {
    this(null);
  }

  /** A writer whose {@code info} is this one's. */
  public OpenApiWriter(ApiInfo info) {
    this.info = info;
  }

  /** The OpenAPI document as YAML, ending with a newline. */
  public String write(DomainModel model) {
    return YamlWriter.write(tree(model));
  }

  /** The same document as pretty JSON, ending with a newline. */
  public String writeJson(DomainModel model) {
    return JsonTreeWriter.write(tree(model));
  }

  /** The document as nested {@code LinkedHashMap}s and {@code ArrayList}s, for callers that want JSON or to inspect it. */
  public Map<String, Object> document(DomainModel model) {
    return tree(model).toMap();
  }

  private JsonObject tree(DomainModel model) {
    ApiInfo about = info != null ? info : ApiInfo.defaults(model.generatedPackage());
    boolean security = model.classpath().springSecurity();
    Components components = new Components(security);
    JsonObject paths = new JsonObject();
    JsonArray tags = new JsonArray();
    for (EntityModel entity : model.entities()) {
      int before = paths.size();
      new ResourcePaths(entity, components, security).addTo(paths);
      if (paths.size() > before) {
        tags.addObject().put("name", entity.simpleName())
            .put("description", entity.simpleName() + " items at `/api/" + entity.path() + "`.");
      }
    }
    if (!model.entities().isEmpty()) {
      // the generated layer (and so the controller serving this document) exists only with resources
      DocumentPaths.addTo(paths, model, components);
      tags.add(DocumentPaths.tag());
    }
    JsonObject document = new JsonObject().put("openapi", OPENAPI_VERSION);
    document.putObject("info").put("title", about.title()).put("version", about.version())
        .put("description", about.description().map(d -> d.strip() + "\n\n" + GENERATED).orElse(GENERATED));
    // Paths carry the /api base, so the server is the application's root, wherever it runs.
    document.putArray("servers").addObject().put("url", "/").put("description", "The application itself.");
    if (!tags.isEmpty()) {
      document.set("tags", tags);
    }
    if (!security) {
      document.putArray("security"); // nothing is secured: say so once, at the root
    }
    document.set("paths", paths);
    JsonObject builtComponents = components.toNode();
    if (!builtComponents.isEmpty()) {
      document.set("components", builtComponents);
    }
    return document;
  }
}
