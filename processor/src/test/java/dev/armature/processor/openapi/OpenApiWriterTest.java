package dev.armature.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The document of {@link LibraryModel}, read back with swagger-parser (see {@link OpenApiValidation}). */
class OpenApiWriterTest {
  private final String yaml = new OpenApiWriter().write(LibraryModel.model());
  private final OpenAPI api = OpenApiValidation.parseValid(yaml);

  @Test
  void isValidOpenApi31() {
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getSpecVersion()).isEqualTo(io.swagger.v3.oas.models.SpecVersion.V31);
    assertThat(api.getInfo().getTitle()).isEqualTo("Armature API");
    assertThat(api.getInfo().getVersion()).isEqualTo("0.1.0");
    assertThat(api.getTags()).extracting(t -> t.getName()).containsExactly("Author", "Book", "Publisher");
  }

  @Test
  void sameModelGivesSameBytes() {
    assertThat(new OpenApiWriter().write(LibraryModel.model())).isEqualTo(yaml);
    assertThat(yaml).startsWith("openapi: 3.1.0\n").endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
  }

  @Test
  void everyScalarKeepsItsTypeUnderAYaml11Reader() throws Exception {
    // Minimal quoting must still quote "200", "null", "3.1"-like and yes/no-like strings for YAML 1.1 readers.
    for (boolean security : List.of(true, false)) {
      OpenApiWriter writer = new OpenApiWriter();
      Object loaded = new org.yaml.snakeyaml.Yaml().load(writer.write(LibraryModel.model(security)));
      ObjectMapper json = new ObjectMapper();
      assertThat(json.readTree(json.writeValueAsString(loaded)))
          .isEqualTo(json.readTree(json.writeValueAsString(writer.document(LibraryModel.model(security)))));
    }
  }

  @Test
  void hasExactlyTheEnabledOperationsWithTheirStatusCodes() {
    Map<String, List<String>> expected = new TreeMap<>();
    for (String resource : List.of("authors", "books")) {
      String base = "/api/" + resource;
      expected.put("GET " + base, List.of("200", "400"));
      expected.put("POST " + base, List.of("201", "400", "401", "403", "409"));
      expected.put("GET " + base + "/{id}", List.of("200", "400", "404"));
    }
    // Author has no @Version: no If-Match, no 412; Book's writes, DELETE included, answer 412 to a stale If-Match
    expected.put("DELETE /api/authors/{id}", List.of("204", "400", "401", "403", "404", "409"));
    expected.put("DELETE /api/books/{id}", List.of("204", "400", "401", "403", "404", "409", "412"));
    expected.put("PUT /api/authors/{id}", List.of("200", "400", "401", "403", "404", "409"));
    expected.put("PATCH /api/authors/{id}", List.of("200", "400", "401", "403", "404", "409"));
    expected.put("PUT /api/books/{id}", List.of("200", "400", "401", "403", "404", "409", "412"));
    expected.put("PATCH /api/books/{id}", List.of("200", "400", "401", "403", "404", "409", "412"));
    // Publisher: LIST and READ only, reads need role STAFF
    expected.put("GET /api/publishers", List.of("200", "400", "401", "403"));
    expected.put("GET /api/publishers/{id}", List.of("200", "400", "401", "403", "404"));

    assertThat(OpenApiValidation.statusCodes(api)).isEqualTo(expected);
    assertThat(api.getPaths()).containsOnlyKeys("/api/authors", "/api/authors/{id}", "/api/books", "/api/books/{id}",
        "/api/publishers", "/api/publishers/{id}");
  }

  @Test
  void operationsStateWhoMayCallThem() {
    assertThat(api.getSecurity()).isNull();
    assertThat(api.getComponents().getSecuritySchemes().get("basicAuth").getScheme()).isEqualTo("basic");
    Operation listBooks = api.getPaths().get("/api/books").getGet();
    assertThat(listBooks.getSecurity()).isEmpty();
    Operation createBook = api.getPaths().get("/api/books").getPost();
    assertThat(createBook.getSecurity()).containsExactly(new SecurityRequirement().addList("basicAuth"));
    assertThat(createBook.getDescription()).contains("`ADMIN` or `EDITOR`");
    assertThat(api.getPaths().get("/api/publishers/{id}").getGet().getSecurity()).hasSize(1);
    assertThat(api.getPaths().get("/api/publishers/{id}").getGet().getDescription()).contains("`STAFF`");
  }

  @Test
  void withoutSpringSecurityThereIsNoSecurityAtAll() {
    String plain = new OpenApiWriter().write(LibraryModel.model(false));
    OpenAPI unsecured = OpenApiValidation.parseValid(plain);
    assertThat(unsecured.getComponents().getSecuritySchemes()).isNull();
    assertThat(plain).contains("\nsecurity: []\npaths:\n"); // swagger-parser reads an empty root list as null
    assertThat(unsecured.getPaths().values()).allSatisfy(item ->
        assertThat(item.readOperations()).allSatisfy(op -> assertThat(op.getSecurity()).isNull()));
    assertThat(plain).doesNotContain("basicAuth", "\"401\"", "\"403\"", "Unauthorized");
    assertThat(OpenApiValidation.statusCodes(unsecured).get("POST /api/books")).containsExactly("201", "400", "409");
  }

  @Test
  void listTakesPagingSortAndOneFilterPerSearchableProperty() {
    List<Parameter> parameters = api.getPaths().get("/api/books").getGet().getParameters();
    assertThat(parameters).extracting(Parameter::getName)
        .containsExactly("page", "size", "sort", "title", "isbn", "genre", "authorId");
    assertThat(parameters).allMatch(p -> p.getIn().equals("query"));
    Schema<?> size = parameters.get(1).getSchema();
    assertThat(size.getMaximum()).isEqualByComparingTo("100");
    assertThat(size.getMinimum()).isEqualByComparingTo("1");
    assertThat(size.getDefault()).isEqualTo(20);
    Parameter sort = parameters.get(2);
    assertThat(sort.getExplode()).isTrue();
    assertThat(sort.getStyle()).isEqualTo(Parameter.StyleEnum.FORM);
    assertThat(sort.getSchema().getTypes()).containsExactly("array");
    String pattern = sort.getSchema().getItems().getPattern();
    assertThat(pattern).isEqualTo(
        "^(id|version|title|isbn|price|genre|published|pages|createdAt)(,([Aa][Ss][Cc]|[Dd][Ee][Ss][Cc]))?$");
    assertThat("title,desc").matches(pattern);
    assertThat("title,DESC").matches(pattern); // the server reads the direction case-insensitively
    assertThat("title,sideways").doesNotMatch(pattern);
    assertThat("price").matches(pattern);
    assertThat("secretNote").doesNotMatch(pattern); // write-only
    assertThat("author,asc").doesNotMatch(pattern); // relations are not sortable
    assertThat(parameters.get(5).getSchema().getEnum()).containsExactly("FICTION", "NON_FICTION", "POETRY");
    assertThat(parameters.get(6).getSchema().getFormat()).isEqualTo("int64");

    Schema<?> publisherSize = api.getPaths().get("/api/publishers").getGet().getParameters().get(1).getSchema();
    assertThat(publisherSize.getMaximum()).isEqualByComparingTo("50");
    assertThat(publisherSize.getDefault()).isEqualTo(10);
  }

  @Test
  void itemOperationsCarryETagAndIfMatchOnlyForVersionedResources() {
    PathItem book = api.getPaths().get("/api/books/{id}");
    assertThat(book.getParameters()).extracting(Parameter::getName).containsExactly("id");
    assertThat(book.getGet().getResponses().get("200").getHeaders()).containsOnlyKeys("ETag");
    assertThat(book.getPut().getParameters()).extracting(Parameter::getName).containsExactly("If-Match");
    assertThat(book.getPatch().getParameters()).extracting(Parameter::getName).containsExactly("If-Match");
    assertThat(api.getPaths().get("/api/books").getPost().getResponses().get("201").getHeaders())
        .containsOnlyKeys("Location", "ETag");

    PathItem author = api.getPaths().get("/api/authors/{id}");
    assertThat(author.getGet().getResponses().get("200").getHeaders()).isNull();
    assertThat(author.getPut().getParameters()).isNull();
    assertThat(api.getPaths().get("/api/authors").getPost().getResponses().get("201").getHeaders())
        .containsOnlyKeys("Location");
    assertThat(api.getPaths().get("/api/publishers/{id}").getParameters().get(0).getSchema().getFormat()).isEqualTo("uuid");
  }

  @Test
  void bodiesUseTheSurfacesAndTheRightMediaTypes() {
    Operation patch = api.getPaths().get("/api/books/{id}").getPatch();
    assertThat(patch.getRequestBody().getContent()).containsOnlyKeys("application/merge-patch+json", "application/json");
    assertThat(patch.getRequestBody().getContent().get("application/json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/BookPatchRequest");
    assertThat(api.getPaths().get("/api/books").getGet().getResponses().get("200").getContent().get("application/json")
        .getSchema().get$ref()).isEqualTo("#/components/schemas/BookPage");
    assertThat(api.getPaths().get("/api/books/{id}").getDelete().getResponses().get("404").get$ref())
        .isEqualTo("#/components/responses/NotFound");
    assertThat(api.getComponents().getResponses().get("NotFound").getContent()).containsOnlyKeys("application/problem+json");

    Map<String, Schema> schemas = api.getComponents().getSchemas();
    assertThat(schemas).containsOnlyKeys("AuthorCreateRequest", "AuthorPage", "AuthorPatchRequest", "AuthorResponse",
        "AuthorUpdateRequest", "BookCreateRequest", "BookListItem", "BookPage", "BookPatchRequest", "BookResponse",
        "BookUpdateRequest", "PageMetadata", "Problem", "ProblemFieldError", "PublisherPage", "PublisherResponse");
    assertThat(schemas.get("BookResponse").getProperties()).containsOnlyKeys("id", "version", "title", "isbn", "price",
        "genre", "published", "pages", "authorId", "createdAt");
    assertThat(schemas.get("BookListItem").getProperties()).containsOnlyKeys("id", "title", "price", "authorId");
    assertThat(property(schemas.get("BookPage"), "content").getItems().get$ref())
        .isEqualTo("#/components/schemas/BookListItem");
    assertThat(property(schemas.get("AuthorPage"), "content").getItems().get$ref())
        .isEqualTo("#/components/schemas/AuthorResponse");
    assertThat(schemas.get("BookCreateRequest").getProperties()).containsOnlyKeys("title", "isbn", "price", "genre",
        "pages", "authorId", "secretNote");
    assertThat(schemas.get("Problem").getProperties()).containsOnlyKeys("type", "title", "status", "detail",
        "instance", "errors");
  }

  @Test
  void requestSchemasAreClosedAndCarryTheConstraints() {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    Schema<?> create = schemas.get("BookCreateRequest");
    // the primitive pages and the optional = false author: left out of a POST they keep the entity's value
    // (a null author is then a 400); PUT must give them
    assertThat(create.getRequired()).containsExactlyInAnyOrder("title");
    assertThat(((Schema<?>) create.getProperties().get("authorId")).getDescription()).contains("Required unless");
    assertThat(((Schema<?>) create.getProperties().get("pages")).getTypes()).containsExactlyInAnyOrder("integer", "null");
    assertThat(closed(create)).isTrue();
    assertThat(schemas.get("BookUpdateRequest").getRequired()).containsExactlyInAnyOrder("title", "pages", "authorId");
    assertThat(((Schema<?>) schemas.get("BookUpdateRequest").getProperties().get("pages")).getTypes())
        .containsExactly("integer");
    assertThat(schemas.get("BookPatchRequest").getRequired()).isNull();
    assertThat(closed(schemas.get("BookPatchRequest"))).isTrue();
    assertThat(closed(schemas.get("BookResponse"))).isFalse();

    Map<String, Schema> p = create.getProperties();
    assertThat(p.get("title").getTypes()).containsExactly("string");
    assertThat(p.get("title").getMinLength()).isEqualTo(1);
    assertThat(p.get("title").getMaxLength()).isEqualTo(200);
    assertThat(p.get("isbn").getTypes()).containsExactlyInAnyOrder("string", "null");
    assertThat(p.get("isbn").getPattern()).isEqualTo("^(?:[0-9-]{10,17})$");
    assertThat(p.get("price").getTypes()).containsExactlyInAnyOrder("number", "null");
    assertThat(p.get("price").getMinimum()).isEqualByComparingTo("0");
    assertThat(p.get("price").getExclusiveMaximumValue()).isEqualByComparingTo("10000");
    assertThat(p.get("genre").getEnum()).containsExactly("FICTION", "NON_FICTION", "POETRY", null);
    assertThat(p.get("pages").getMinimum()).isEqualByComparingTo("1");
    assertThat(p.get("pages").getMaximum()).isEqualByComparingTo("10000");
    assertThat(p.get("authorId").getTypes()).as("null on create keeps the entity's value").containsExactlyInAnyOrder("integer", "null");
    assertThat(p.get("secretNote").getMinLength()).isEqualTo(3);
    assertThat(property(schemas.get("AuthorCreateRequest"), "email").getFormat()).isEqualTo("email");

    Map<String, Schema> response = schemas.get("BookResponse").getProperties();
    assertThat(response.get("id").getTypes()).containsExactly("integer");
    assertThat(response.get("createdAt").getFormat()).isEqualTo("date-time");
    assertThat(response.get("published").getFormat()).isEqualTo("date");
    assertThat(response.get("title").getMaxLength()).as("responses carry no validation keywords").isNull();
  }

  private static Schema<?> property(Schema<?> schema, String name) {
    return schema.getProperties().get(name);
  }

  /** {@code additionalProperties: false}; in 3.1 swagger-parser reads it as a boolean schema. */
  private static boolean closed(Schema<?> schema) {
    Object additional = schema.getAdditionalProperties();
    return Boolean.FALSE.equals(additional)
        || additional instanceof Schema<?> s && Boolean.FALSE.equals(s.getBooleanSchemaValue());
  }
}
