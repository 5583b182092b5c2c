package dev.armature.maven.generators;

import dev.armature.maven.spi.GeneratorContext;
import dev.armature.maven.spi.TemplateVars;
import java.util.List;

/**
 * The variables of {@code API.md.vm}: the generated API as a person reads it. Every sentence that depends
 * on the model is composed here (see {@link ApiDocsBuilder}), so the template is layout and fixed prose.
 * Text values are Markdown, already escaped for the table cell or paragraph they go into.
 *
 * @param title the document's title, e.g. {@code Library API}
 * @param projectName the project's name
 * @param empty whether there is no resource yet (the document then only says so)
 * @param resourceCount e.g. {@code 2 resources}
 * @param basePath {@code /api}
 * @param baseUrl e.g. {@code http://localhost:8080/api}
 * @param security whether Spring Security is on the class path (else there is no authentication)
 * @param adminRoles the roles of the admin account, e.g. {@code `ADMIN` and `USER`}
 * @param usernameVariable the environment variable of the admin's user name
 * @param passwordVariable the environment variable of the admin's password
 * @param hasCurl whether some resource can be read, for an example request
 * @param curl the example request, a shell command; empty without one
 * @param problemExample an example error body, pretty-printed JSON
 * @param statuses every error status this API can answer, with what it means
 * @param resources the resources, in model order
 */
public record ApiDocsVars(
    String title,
    String projectName,
    boolean empty,
    String resourceCount,
    String basePath,
    String baseUrl,
    boolean security,
    String adminRoles,
    String usernameVariable,
    String passwordVariable,
    boolean hasCurl,
    String curl,
    String problemExample,
    List<Status> statuses,
    List<Resource> resources) implements TemplateVars {

  /** The variables of the generator's context. */
  public static ApiDocsVars of(GeneratorContext context) {
    return new ApiDocsBuilder(context).build();
  }

  /**
   * One resource.
   *
   * @param title its heading, from its path: {@code Books}, {@code Book loans}
   * @param anchor the heading's anchor
   * @param path {@code /api/books}
   * @param entity the entity class
   * @param idType the JSON type of its id, e.g. {@code integer (int64)}
   * @param hasGaps whether some operations are not generated
   * @param gaps the sentence saying which, e.g. {@code Books cannot be deleted through this API.}
   * @param versioned whether it has a {@code @Version}, hence ETags
   * @param versioning the paragraph on ETags and {@code If-Match}; empty without a version
   * @param endpoints only the operations it has, in {@code Operation} order
   * @param bodies the request and response bodies its endpoints use
   */
  public record Resource(
      String title,
      String anchor,
      String path,
      String entity,
      String idType,
      boolean hasGaps,
      String gaps,
      boolean versioned,
      String versioning,
      List<Endpoint> endpoints,
      List<Body> bodies) {}

  /**
   * One endpoint.
   *
   * @param method {@code GET}, {@code POST}, ...
   * @param path e.g. {@code /api/books/{id}}
   * @param anchor its heading's anchor
   * @param does a short phrase for the resource's table, e.g. {@code read one book}
   * @param description what it does and takes, one paragraph
   * @param access who may call it, e.g. {@code role `USER`} or {@code anyone}
   * @param hasParameters whether it takes query parameters (lists)
   * @param parameters its query parameters
   * @param parametersNote what the table of parameters does not say
   * @param answer what a success looks like
   * @param hasExample whether an example body follows
   * @param example the example, JSON
   * @param statuses its status codes, ascending
   */
  public record Endpoint(
      String method,
      String path,
      String anchor,
      String does,
      String description,
      String access,
      boolean hasParameters,
      List<Parameter> parameters,
      String parametersNote,
      String answer,
      boolean hasExample,
      String example,
      List<Status> statuses) {}

  /**
   * A query parameter.
   *
   * @param name e.g. {@code size}
   * @param meaning what it does
   * @param defaultValue its default, or empty
   */
  public record Parameter(String name, String meaning, String defaultValue) {}

  /**
   * A status code.
   *
   * @param code e.g. {@code 404}
   * @param meaning when it is answered
   */
  public record Status(String code, String meaning) {}

  /**
   * A request or response body.
   *
   * @param title its heading, e.g. {@code Book create request}
   * @param anchor the heading's anchor
   * @param usage where it is used, and its name in the OpenAPI description
   * @param request whether it is a request (its table then has required and constraints columns)
   * @param empty whether it has no field
   * @param fields its fields, in JSON order
   */
  public record Body(String title, String anchor, String usage, boolean request, boolean empty, List<Field> fields) {}

  /**
   * A field of a body.
   *
   * @param name the JSON name
   * @param type JSON type and format, enum constants, or the related resource
   * @param required for a request, {@code yes} or {@code no}
   * @param nullable for a response, {@code yes} or {@code no}
   * @param constraints for a request, the Bean Validation constraints, e.g. {@code `@Size(max = 200)`}
   * @param notes read-only, write-only, unique, set by the server
   */
  public record Field(String name, String type, String required, String nullable, String constraints, String notes) {}
}
