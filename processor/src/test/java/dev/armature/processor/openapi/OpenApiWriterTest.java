package dev.armature.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    assertThat(api.getTags()).extracting(t -> t.getName()).containsExactly("Author", "Book", "Publisher", "OpenAPI");
  }

  @Test
  void infoIsTheProjectsNameVersionAndDescription() {
    OpenAPI named = OpenApiValidation.parseValid(new OpenApiWriter(
        new ApiInfo("Library", "2.3.1", Optional.of("Books and their authors."))).write(LibraryModel.model()));
    assertThat(named.getInfo().getTitle()).isEqualTo("Library");
    assertThat(named.getInfo().getVersion()).isEqualTo("2.3.1");
    assertThat(named.getInfo().getDescription()).startsWith("Books and their authors.\n\nThe REST API Armature generated");
    // without a project: from the generated package, never "Armature API 0.1.0"
    assertThat(api.getInfo().getTitle()).isEqualTo("Library API");
    assertThat(api.getInfo().getVersion()).isEqualTo(ApiInfo.UNKNOWN_VERSION);
    assertThat(api.getInfo().getDescription()).startsWith("The REST API Armature generated");
    assertThat(ApiInfo.defaults("com.example.shop").title()).isEqualTo("Shop API");
    assertThat(ApiInfo.defaults("api").title()).isEqualTo("API");
  }

  @Test
  void theJsonTwinIsTheSameDocument() throws Exception {
    OpenApiWriter writer = new OpenApiWriter();
    String json = writer.writeJson(LibraryModel.model());
    assertThat(json).startsWith("{\n  \"openapi\": \"3.1.0\",\n").endsWith("}\n").doesNotContain("\r");
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(mapper.writeValueAsString(writer.document(LibraryModel.model()))));
    assertThat(OpenApiValidation.messages(json)).isEmpty();
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
      // public reads: wrong credentials are still a 401; 503 when the database is out of reach
      expected.put("GET " + base, List.of("200", "400", "401", "503"));
      expected.put("POST " + base, List.of("201", "400", "401", "403", "409", "415", "503"));
    }
    // only Book has a @Version: an ETag, hence 304 on a matching If-None-Match
    expected.put("GET /api/authors/{id}", List.of("200", "400", "401", "404", "503"));
    expected.put("GET /api/books/{id}", List.of("200", "304", "400", "401", "404", "503"));
    // every write reads If-Match: without a version any tag but * is a 412
    for (String resource : List.of("authors", "books")) {
      String item = "/api/" + resource + "/{id}";
      expected.put("DELETE " + item, List.of("204", "400", "401", "403", "404", "409", "412", "503"));
      expected.put("PUT " + item, List.of("200", "400", "401", "403", "404", "409", "412", "415", "503"));
      expected.put("PATCH " + item, List.of("200", "400", "401", "403", "404", "409", "412", "415", "503"));
    }
    // Publisher: LIST and READ only, reads need role STAFF
    expected.put("GET /api/publishers", List.of("200", "400", "401", "403", "503"));
    expected.put("GET /api/publishers/{id}", List.of("200", "400", "401", "403", "404", "503"));
    // the document itself: public, as some lists are
    expected.put("GET /api/openapi.yaml", List.of("200", "401"));
    expected.put("GET /api/openapi.json", List.of("200", "401"));

    assertThat(OpenApiValidation.statusCodes(api)).isEqualTo(expected);
    assertThat(api.getPaths()).containsOnlyKeys("/api/authors", "/api/authors/{id}", "/api/books", "/api/books/{id}",
        "/api/publishers", "/api/publishers/{id}", "/api/openapi.yaml", "/api/openapi.json");
  }

  @Test
  void unavailableNamesRetryAfterAndTheDocumentPathsTheirMediaTypes() {
    var unavailable = api.getComponents().getResponses().get("ServiceUnavailable");
    assertThat(unavailable.getHeaders()).containsOnlyKeys("Retry-After");
    assertThat(unavailable.getContent()).containsOnlyKeys("application/problem+json");
    assertThat(api.getComponents().getResponses().get("UnsupportedMediaType").getContent())
        .containsOnlyKeys("application/problem+json");
    assertThat(api.getPaths().get("/api/openapi.yaml").getGet().getResponses().get("200").getContent())
        .containsOnlyKeys("application/yaml");
    assertThat(api.getPaths().get("/api/openapi.json").getGet().getResponses().get("200").getContent())
        .containsOnlyKeys("application/json");
    assertThat(api.getPaths().get("/api/openapi.json").getGet().getSecurity()).isEmpty();
  }

  @Test
  void theDocumentIsReadableLikeTheLists() {
    // every resource's reads need roles: the union of them
    DomainModel secured = LibraryModel.model(true);
    List<EntityModel> onlyPublisher = secured.entities().stream().filter(e -> e.simpleName().equals("Publisher")).toList();
    DomainModel staffOnly = new DomainModel(secured.generatedPackage(), secured.classpath(), onlyPublisher);
    assertThat(DocumentAccess.roles(staffOnly)).containsExactly("STAFF");
    Operation yaml = OpenApiValidation.parseValid(new OpenApiWriter().write(staffOnly))
        .getPaths().get("/api/openapi.yaml").getGet();
    assertThat(yaml.getSecurity()).containsExactly(new SecurityRequirement().addList("basicAuth"));
    assertThat(yaml.getResponses()).containsOnlyKeys("200", "401", "403");
    assertThat(yaml.getDescription()).contains("`STAFF`");
    // any public read makes it public
    assertThat(DocumentAccess.roles(secured)).isEmpty();
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
    assertThat(OpenApiValidation.statusCodes(unsecured).get("POST /api/books"))
        .containsExactly("201", "400", "409", "415", "503");
    assertThat(OpenApiValidation.statusCodes(unsecured).get("GET /api/openapi.yaml")).containsExactly("200");
  }

  @Test
  void listTakesPagingSortAndOneFilterPerSearchableProperty() {
    List<Parameter> parameters = api.getPaths().get("/api/books").getGet().getParameters();
    assertThat(parameters).extracting(Parameter::getName)
        .containsExactly("page", "size", "sort", "title", "isbn", "genre", "authorId");
    assertThat(parameters).allMatch(p -> p.getIn().equals("query"));
    Schema<?> size = parameters.get(1).getSchema();
    // a larger size is clamped and answered 200: a maximum (or int32) would make validators refuse it
    assertThat(size.getMaximum()).isNull();
    assertThat(size.getFormat()).isNull();
    assertThat(parameters.get(1).getDescription()).contains("at most 100", "clamped to 100");
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

    Parameter publisherSize = api.getPaths().get("/api/publishers").getGet().getParameters().get(1);
    assertThat(publisherSize.getDescription()).contains("at most 50");
    assertThat(publisherSize.getSchema().getDefault()).isEqualTo(10);
  }

  @Test
  void everyWriteReadsIfMatchButOnlyVersionedResourcesHaveETags() {
    PathItem book = api.getPaths().get("/api/books/{id}");
    assertThat(book.getParameters()).extracting(Parameter::getName).containsExactly("id");
    assertThat(book.getGet().getResponses().get("200").getHeaders()).containsOnlyKeys("ETag");
    assertThat(book.getGet().getResponses().get("304").getHeaders()).containsOnlyKeys("ETag");
    assertThat(book.getGet().getResponses().get("304").getContent()).isNull();
    assertThat(book.getGet().getParameters()).extracting(Parameter::getName).containsExactly("If-None-Match");
    assertThat(book.getPut().getParameters()).extracting(Parameter::getName).containsExactly("If-Match");
    assertThat(book.getPatch().getParameters()).extracting(Parameter::getName).containsExactly("If-Match");
    assertThat(api.getPaths().get("/api/books").getPost().getResponses().get("201").getHeaders())
        .containsOnlyKeys("Location", "ETag");

    PathItem author = api.getPaths().get("/api/authors/{id}");
    assertThat(author.getGet().getResponses().get("200").getHeaders()).isNull();
    assertThat(author.getGet().getParameters()).extracting(Parameter::getName).containsExactly("If-None-Match");
    for (Operation write : List.of(author.getPut(), author.getPatch(), author.getDelete())) {
      assertThat(write.getParameters()).extracting(Parameter::getName).containsExactly("If-Match");
      assertThat(write.getParameters().get(0).getDescription()).contains("no version", "`*`", "412");
      assertThat(write.getResponses()).containsKey("412");
    }
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
    assertThat(api.getComponents().getResponses()).containsOnlyKeys("BadRequest", "Unauthorized", "Forbidden",
        "NotFound", "Conflict", "PreconditionFailed", "UnsupportedMediaType", "ServiceUnavailable");
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
