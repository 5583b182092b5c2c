package com.example.library;

import static dev.armature.it.support.Api.JSON;
import static dev.armature.it.support.Api.MERGE_PATCH;
import static dev.armature.it.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.armature.it.support.Api;
import dev.armature.it.support.Conformance;
import dev.armature.it.support.Json;
import dev.armature.it.support.OpenApiProxy;
import dev.armature.it.support.Reply;
import dev.armature.it.support.RunningApp;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP contract of DESIGN.md, row by row, against the packaged application started as a process of
 * its own ({@code java -jar}), on the database named by {@code -Ddb} (h2 or postgresql). Every reply is
 * also checked by {@link Api}: never a 5xx, every error {@code application/problem+json}, no stack trace.
 *
 * <p>The tests share one running application and never depend on each other: each makes its own authors
 * and books, with unique titles and ISBNs, and filters lists down to them. Publishers are fixed reference
 * data (five rows, page sizes 2 and 3), so paging is asserted exactly on them.
 */
class LibraryApiIT {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);
  private static final String MISSING_ID = "987654321";

  private static final String CLERK_PASSWORD = "clerk-" + SEQUENCE.get();

  private static RunningApp app;
  private static Api anonymous;
  private static Api admin;
  /** An account of the project's own (StaffAccounts) with the role CLERK only: neither ADMIN nor MEMBER. */
  private static Api clerk;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.start("/api/publishers", "--library.clerk.password=" + CLERK_PASSWORD);
    anonymous = app.anonymous();
    admin = app.admin();
    clerk = anonymous.as("clerk", CLERK_PASSWORD);
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
      System.out.printf("[armature-it] LibraryApiIT finished on db=%s, Spring Boot %s%n",
          app.database().name(), System.getProperty("spring-boot.version"));
    }
  }

  // --- build output -------------------------------------------------------------------------------------

  @Test
  void theBuildWroteTheModelAndTheOpenApiDescription() throws Exception {
    Path model = Path.of("target/classes/META-INF/armature/model.json");
    Path openApi = Path.of("target/classes/META-INF/armature/openapi.yaml");
    assertThat(model).isRegularFile();
    assertThat(openApi).isRegularFile();
    assertThat(Json.parse(Files.readString(model)).toString()).contains("Book", "Author", "Publisher", "Review", "Branch");
    assertThat(Files.readString(openApi)).contains("openapi: 3.1", "/api/books", "/api/authors",
        "/api/publishers", "/api/reviews", "/api/branches");
  }

  // --- the OpenAPI description against the traffic ---------------------------------------------------

  @Test
  void everyExchangeIsValidatedAgainstTheOpenApiDescription() {
    assertThat(app.conformanceProxy()).as("Prism between the tests and the app (-Dopenapi.proxy from it/pom.xml)")
        .isPresent();
  }

  /** The negative twin of the conformance run: Prism and {@link Conformance} catch a body the spec forbids. */
  @Test
  void theConformanceCheckFailsOnAResponseThatBreaksTheDescription() throws Exception {
    ObjectNode spec = (ObjectNode) Json.parse(Files.readString(Path.of("target/classes/META-INF/armature/openapi.json")));
    ((ObjectNode) spec.path("components").path("schemas").path("PublisherResponse").path("properties").path("name"))
        .put("type", "integer");
    Path broken = Path.of("target/openapi-broken.json");
    Files.writeString(broken, Json.write(spec));
    Path log = Path.of("target/openapi-broken.prism.log");
    try (OpenApiProxy proxy = OpenApiProxy.start(OpenApiProxy.launcher(), broken, app.process().baseUri(), log)) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(proxy.baseUri().resolve("/api/publishers/1")).build(),
          HttpResponse.BodyHandlers.ofString());
      Reply reply = new Reply("GET /api/publishers/1 (spec says name is an integer)", response.statusCode(),
          response.headers(), response.body());
      assertThat(reply.status()).isEqualTo(200);
      assertThat(Conformance.violations(reply)).as("violations of %s", reply)
          .anySatisfy(v -> assertThat(v).contains("response", "name"));
    }
  }

  // --- GET /api/{path}: pages --------------------------------------------------------------------------

  @Test
  void listsAPageInTheContractShape() {
    Reply reply = anonymous.get("/api/publishers").expect(200);
    assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = reply.json();
    assertThat(body.path("content")).hasSize(2); // defaultPageSize = 2
    assertPage(body, 2, 0, 5, 3);
    JsonNode first = body.path("content").get(0);
    assertThat(first.has("id")).isTrue();
    assertThat(first.has("name")).isTrue();
  }

  @Test
  void pagesThroughTheList() {
    assertPage(anonymous.get("/api/publishers?page=1").expect(200).json(), 2, 1, 5, 3);
    JsonNode last = anonymous.get("/api/publishers?page=2").expect(200).json();
    assertThat(last.path("content")).hasSize(1);
    assertPage(last, 2, 2, 5, 3);
    JsonNode beyond = anonymous.get("/api/publishers?page=9").expect(200).json();
    assertThat(beyond.path("content")).isEmpty();
    assertPage(beyond, 2, 9, 5, 3);
    assertPage(anonymous.get("/api/publishers?size=1&page=4").expect(200).json(), 1, 4, 5, 5);
  }

  @Test
  void clampsTheSizeToMaxPageSize() {
    JsonNode publishers = anonymous.get("/api/publishers?size=1000").expect(200).json();
    assertThat(publishers.path("content")).hasSize(3); // maxPageSize = 3
    assertPage(publishers, 3, 0, 5, 2);
    assertThat(anonymous.get("/api/books?size=1000").expect(200).json().path("page").path("size").asInt())
        .isEqualTo(50);
    assertThat(anonymous.get("/api/books").expect(200).json().path("page").path("size").asInt())
        .as("defaultPageSize of books").isEqualTo(10);
    assertThat(anonymous.get("/api/authors").expect(200).json().path("page").path("size").asInt())
        .as("the default defaultPageSize").isEqualTo(20);
  }

  @Test
  void rejectsBadPageAndSizeValues() {
    anonymous.get("/api/publishers?page=-1").expectBadRequestNaming("page");
    anonymous.get("/api/publishers?page=first").expectBadRequestNaming("page");
    anonymous.get("/api/publishers?size=0").expectBadRequestNaming("size");
    anonymous.get("/api/publishers?size=-5").expectBadRequestNaming("size");
    anonymous.get("/api/publishers?size=many").expectBadRequestNaming("size");
  }

  @Test
  void clampsAnySizeAndRefusesAPageBeyondTheLargestOffsetSayingSo() {
    // DESIGN.md: a size above maxPageSize is clamped, however many digits it has
    assertPage(anonymous.get("/api/publishers?size=99999999999999999999").expect(200).json(), 3, 0, 5, 2);
    // page * size is the offset, an int: beyond it a 400 with the largest page for this size (2)
    Reply beyond = anonymous.get("/api/publishers?page=99999999999999").expectBadRequestNaming("page");
    assertThat(beyond.json().path("errors").get(0).path("message").asText())
        .isEqualTo("must be at most 1073741823 with size 2");
  }

  @Test
  void aListParameterGivenTwiceIs400ButSortIsRepeatable() {
    anonymous.get("/api/publishers?name=Gollancz&name=Tor").expectBadRequestNaming("name");
    anonymous.get("/api/publishers?page=0&page=1").expectBadRequestNaming("page");
    anonymous.get("/api/publishers?size=1&size=2").expectBadRequestNaming("size");
    anonymous.get("/api/books?genre=POETRY&genre=HISTORY").expectBadRequestNaming("genre");
    anonymous.get("/api/publishers?sort=country&sort=name").expect(200);
  }

  @Test
  void rejectsBadSortValues() {
    anonymous.get("/api/publishers?sort=nope").expectBadRequestNaming("sort");
    anonymous.get("/api/publishers?sort=name,sideways").expectBadRequestNaming("sort");
    anonymous.get("/api/books?sort=author.name").expectBadRequestNaming("sort");
    // README: sorting is on non-write-only scalar fields (a sort order would leak the hidden value)
    anonymous.get("/api/books?sort=secretNote").expectBadRequestNaming("sort");
  }

  @Test
  void rejectsBadFilterValues() {
    anonymous.get("/api/books?genre=NOVEL").expectBadRequestNaming("genre");
    anonymous.get("/api/books?published=yesterday").expectBadRequestNaming("published");
    anonymous.get("/api/books?authorId=someone").expectBadRequestNaming("authorId");
  }

  @Test
  void sortsAscendingAndDescending() {
    assertThat(names(anonymous.get("/api/publishers?sort=name&size=3")))
        .containsExactly("Ace Books", "Gollancz", "Penguin Books");
    assertThat(names(anonymous.get("/api/publishers?sort=name,asc&size=3")))
        .containsExactly("Ace Books", "Gollancz", "Penguin Books");
    assertThat(names(anonymous.get("/api/publishers?sort=name,desc&size=3")))
        .containsExactly("Tor Books", "Suhrkamp", "Penguin Books");
    assertThat(names(anonymous.get("/api/publishers?sort=country,asc&sort=name,desc&size=3")))
        .containsExactly("Suhrkamp", "Penguin Books", "Gollancz");

    long author = createAuthor("Sorting Author");
    String token = token();
    createBook(author, token + " b", "12.00", "FANTASY");
    createBook(author, token + " c", "3.50", "FANTASY");
    createBook(author, token + " a", "40.00", "FANTASY");
    assertThat(titles(anonymous.get("/api/books?title=" + token + "&sort=price,desc")))
        .containsExactly(token + " a", token + " b", token + " c");
    assertThat(titles(anonymous.get("/api/books?title=" + token + "&sort=price")))
        .containsExactly(token + " c", token + " b", token + " a");
    assertThat(titles(anonymous.get("/api/books?title=" + token + "&sort=title,desc")))
        .containsExactly(token + " c", token + " b", token + " a");
  }

  @Test
  void filtersStringsBySubstringIgnoringCase() {
    JsonNode books = anonymous.get("/api/publishers?name=BOOKS&sort=name").expect(200).json();
    assertThat(books.path("page").path("totalElements").asLong()).isEqualTo(3);
    assertThat(names(anonymous.get("/api/publishers?country=gb&sort=name"))).containsExactly("Gollancz", "Penguin Books");
    assertThat(names(anonymous.get("/api/publishers?name=ENGUIN&country=g"))).containsExactly("Penguin Books");

    long author = createAuthor("Filter Author");
    String token = token();
    createBook(author, "The " + token + " Affair", "10.00", "MYSTERY");
    createBook(author, token.toUpperCase() + " Rising", "10.00", "FANTASY");
    createBook(author, "100% " + token, "10.00", "POETRY");
    createBook(author, "100_" + token, "10.00", "POETRY");
    assertThat(total(anonymous.get("/api/books?title=" + token.toUpperCase()))).isEqualTo(4);
    assertThat(total(anonymous.get("/api/books?title=" + encode(token.substring(2) + " ris")))).isEqualTo(1);
    // % and _ are literal characters, not wildcards
    assertThat(titles(anonymous.get("/api/books?title=" + encode("0% " + token)))).containsExactly("100% " + token);
    assertThat(titles(anonymous.get("/api/books?title=" + encode("0_" + token)))).containsExactly("100_" + token);
    assertThat(total(anonymous.get("/api/books?title=" + encode("%" + token + "%")))).isZero();
  }

  @Test
  void filtersOtherTypesByEquality() {
    long author = createAuthor("Equality Author");
    long other = createAuthor("Other Author");
    long publisher = publisherId("Gollancz");
    String token = token();
    long poetry = createBook(obj("title", token + " verse", "isbn", isbn(), "price", 5, "genre", "POETRY",
        "published", "2001-02-03", "authorId", author, "publisherId", publisher)).path("id").asLong();
    createBook(author, token + " history", "5.00", "HISTORY");
    createBook(other, token + " other", "5.00", "POETRY");

    assertThat(ids(anonymous.get("/api/books?authorId=" + author))).hasSize(2).contains(poetry);
    assertThat(ids(anonymous.get("/api/books?genre=POETRY&authorId=" + author))).containsExactly(poetry);
    assertThat(ids(anonymous.get("/api/books?published=2001-02-03&authorId=" + author))).containsExactly(poetry);
    assertThat(ids(anonymous.get("/api/books?publisherId=" + publisher + "&title=" + token))).containsExactly(poetry);
    assertThat(total(anonymous.get("/api/books?genre=POETRY&title=" + token))).isEqualTo(2);
    // equality, not substring: "POET" is not a genre
    anonymous.get("/api/books?genre=POET").expectBadRequestNaming("genre");
  }

  // --- GET /api/{path}/{id} ------------------------------------------------------------------------------

  @Test
  void readsOneWithItsVersionAsETag() {
    long author = createAuthor("Reading Author");
    long publisher = publisherId("Tor Books");
    String isbn = isbn();
    long id = createBook(obj("title", "Readable", "isbn", isbn, "price", new BigDecimal("19.99"), "genre", "SCIENCE_FICTION",
        "published", "1965-08-01", "authorId", author, "publisherId", publisher, "secretNote", "hidden"))
        .path("id").asLong();

    Reply reply = anonymous.get("/api/books/" + id).expect(200);
    assertThat(reply.etag()).isEqualTo("\"0\"");
    JsonNode book = reply.json();
    assertThat(book.path("id").asLong()).isEqualTo(id);
    assertThat(book.path("title").asText()).isEqualTo("Readable");
    assertThat(book.path("isbn").asText()).isEqualTo(isbn);
    assertThat(book.path("price").decimalValue()).isEqualByComparingTo("19.99");
    assertThat(book.path("genre").asText()).isEqualTo("SCIENCE_FICTION");
    assertThat(book.path("published").asText()).isEqualTo("1965-08-01");
    assertThat(book.path("authorId").asLong()).isEqualTo(author);
    assertThat(book.path("publisherId").asLong()).isEqualTo(publisher);
    assertThat(book.path("createdAt").asText()).isNotBlank();
    assertThat(book.has("secretNote")).as("write-only field in %s", reply).isFalse();
    assertThat(book.has("author")).as("relations travel as ids: %s", reply).isFalse();
    assertThat(reply.body()).doesNotContain("hidden");

    // the list items carry the read surface too (no list surface declared)
    JsonNode item = anonymous.get("/api/books?title=Readable&authorId=" + author).expect(200).json()
        .path("content").get(0);
    assertThat(item.path("id").asLong()).isEqualTo(id);
    assertThat(item.has("secretNote")).isFalse();
  }

  @Test
  void readingAnUnknownIdIs404() {
    anonymous.get("/api/books/" + MISSING_ID).expectProblem(404);
    anonymous.get("/api/authors/" + MISSING_ID).expectProblem(404);
    anonymous.get("/api/publishers/" + MISSING_ID).expectProblem(404);
    anonymous.get("/api/books/not-a-number").expectProblem(400);
  }

  @Test
  void resourcesWithoutVersionHaveNoETag() {
    Reply reply = anonymous.get("/api/publishers/" + publisherId("Suhrkamp")).expect(200);
    assertThat(reply.header("ETag")).isEmpty();
    assertThat(reply.json().path("country").asText()).isEqualTo("DE");
  }

  /** RFC 9110 13.1.2 and the OpenAPI's 304: the current ETag (weakly, in a list, or {@code *}) is a 304 without a body. */
  @Test
  void aReadNamingTheCurrentETagInIfNoneMatchIs304WithoutABody() {
    long id = createBook(createAuthor("Conditional Author"), "Conditional", "5.00", "HISTORY");
    for (String ifNoneMatch : List.of("\"0\"", "W/\"0\"", "\"7\", W/\"0\"", "*")) {
      Reply reply = anonymous.get("/api/books/" + id, "If-None-Match", ifNoneMatch).expect(304);
      assertThat(reply.etag()).as("ETag of the 304 to %s", ifNoneMatch).isEqualTo("\"0\"");
      assertThat(reply.body()).as("body of the 304 to %s", ifNoneMatch).isEmpty();
    }
    Reply stale = anonymous.get("/api/books/" + id, "If-None-Match", "\"1\", W/\"2\"").expect(200);
    assertThat(stale.json().path("title").asText()).isEqualTo("Conditional");

    admin.patch("/api/books/" + id, MERGE_PATCH, obj("title", "Conditional 2")).expect(200);
    Reply changed = anonymous.get("/api/books/" + id, "If-None-Match", "\"0\"").expect(200);
    assertThat(changed.etag()).isEqualTo("\"1\"");
    assertThat(changed.json().path("title").asText()).isEqualTo("Conditional 2");
    anonymous.get("/api/books/" + id, "If-None-Match", "W/\"1\"").expect(304);
    anonymous.get("/api/books/" + MISSING_ID, "If-None-Match", "*").expectProblem(404);
  }

  /** The OpenAPI: "Read, but never matches: this item has no version, hence no ETag." */
  @Test
  void anItemWithoutVersionNeverAnswers304() {
    long publisher = publisherId("Suhrkamp");
    for (String ifNoneMatch : List.of("*", "\"0\"", "W/\"0\"")) {
      Reply reply = anonymous.get("/api/publishers/" + publisher, "If-None-Match", ifNoneMatch).expect(200);
      assertThat(reply.header("ETag")).isEmpty();
      assertThat(reply.json().path("country").asText()).isEqualTo("DE");
    }
  }

  // --- SQL statements per request (Hibernate statistics, read through the IT app's /it/statements) ---------

  /** Review.book is an EAGER @ManyToOne: a page must not load each review's book with a select of its own. */
  @Test
  void aListPageRunsOneSelectAndItsCountWhateverItsEagerRelations() {
    long author = createAuthor("Reviewed Author");
    for (int i = 0; i < 3; i++) {
      long book = createBook(author, "Reviewed " + i, "1.00", "POETRY");
      admin.post("/api/reviews", obj("rating", 3, "bookId", book)).expect(201);
    }
    long[] bookIds = new long[3];
    long statements = statementsOf(() -> {
      JsonNode content = admin.get("/api/reviews?size=3&sort=id,desc").expect(200).json().path("content");
      assertThat(content).hasSize(3);
      for (int i = 0; i < 3; i++) {
        bookIds[i] = content.get(i).path("bookId").asLong();
      }
    });
    assertThat(bookIds).as("three reviews of three books").doesNotHaveDuplicates().doesNotContain(0L);
    assertThat(statements).as("a full page: its select and the count, no select per review's book").isEqualTo(2);
  }

  /** Issue 9: a one-field PATCH reads the row and updates it; it neither reloads relations nor re-checks the ISBN. */
  @Test
  void aOneFieldPatchRunsTwoStatementsAndAReadOne() {
    long id = createBook(obj("title", "Counted", "isbn", isbn(), "price", 3, "genre", "POETRY",
        "authorId", createAuthor("Counted Author"), "publisherId", publisherId("Gollancz"))).path("id").asLong();
    assertThat(statementsOf(() -> admin.patch("/api/books/" + id, MERGE_PATCH, obj("price", 4)).expect(200)))
        .as("select the book, update it").isEqualTo(2);
    assertThat(statementsOf(() -> anonymous.get("/api/books/" + id).expect(200))).isEqualTo(1);
    assertThat(statementsOf(() -> anonymous.get("/api/books/" + id, "If-None-Match", "\"1\"").expect(304)))
        .isEqualTo(1);
    // a PATCH that changes the author resolves the new one (and a missing one is still a 400)
    long other = createAuthor("Counted Other");
    assertThat(statementsOf(() -> admin.patch("/api/books/" + id, MERGE_PATCH, obj("authorId", other)).expect(200)))
        .as("select the book, the new author, update").isEqualTo(3);
    admin.patch("/api/books/" + id, MERGE_PATCH, obj("authorId", Long.parseLong(MISSING_ID))).expectFieldErrors("authorId");
    assertThat(anonymous.get("/api/books/" + id).expect(200).json().path("authorId").asLong()).isEqualTo(other);
  }

  /** Issue 9: a write answers what a read then shows; price is a NUMERIC(10, 2) column. */
  @Test
  void aWriteAnswersTheDecimalAsStoredAtTheColumnsScale() {
    // straight to the app: Prism re-serializes the JSON it forwards, which writes 10.00 as 10
    Api admin = new Api(app.process().baseUri()).as(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
    Api anonymous = admin.anonymous();
    Reply created = admin.post("/api/books", obj("title", "Scaled", "isbn", isbn(), "price", 10, "genre", "POETRY",
        "authorId", createAuthor("Scaled Author"))).expect(201);
    assertThat(created.body()).contains("\"price\":10.00");
    long id = created.json().path("id").asLong();
    Reply patched = admin.patch("/api/books/" + id, MERGE_PATCH, obj("price", new BigDecimal("12.5"))).expect(200);
    assertThat(patched.body()).contains("\"price\":12.50");
    assertThat(anonymous.get("/api/books/" + id).expect(200).body()).contains("\"price\":12.50");
  }

  // --- POST /api/{path} ------------------------------------------------------------------------------------

  @Test
  void createsWith201LocationAndTheReadSurface() {
    long author = createAuthor("Creating Author");
    String isbn = isbn();
    Reply reply = admin.post("/api/books", obj("title", "Created", "isbn", isbn, "price", 7.5,
        "genre", "HISTORY", "authorId", author, "secretNote", "do not show")).expect(201);
    JsonNode book = reply.json();
    long id = book.path("id").asLong();
    assertThat(id).isPositive();
    assertThat(reply.header("Location")).hasValueSatisfying(location ->
        assertThat(URI.create(location).getPath()).isEqualTo("/api/books/" + id));
    assertThat(reply.etag()).isEqualTo("\"0\"");
    assertThat(book.path("title").asText()).isEqualTo("Created");
    assertThat(book.path("isbn").asText()).isEqualTo(isbn);
    assertThat(book.path("authorId").asLong()).isEqualTo(author);
    assertThat(book.path("createdAt").asText()).as("set by @PrePersist").isNotBlank();
    assertThat(book.path("published").isMissingNode() || book.path("published").isNull()).isTrue();
    assertThat(book.has("secretNote")).isFalse();
    assertThat(reply.body()).doesNotContain("do not show");

    // what Location names is there
    String location = URI.create(reply.header("Location").orElseThrow()).getPath();
    assertThat(anonymous.get(location).expect(200).json().path("title").asText()).isEqualTo("Created");

    // an author with every default surface
    JsonNode created = admin.post("/api/authors", obj("name", "Ursula", "email", "ursula@example.org")).expect(201).json();
    assertThat(created.path("name").asText()).isEqualTo("Ursula");
    assertThat(created.has("books")).as("collections are never exposed").isFalse();
  }

  @Test
  void rejectsInvalidValuesWithOneErrorPerField() {
    long author = createAuthor("Validating Author");
    admin.post("/api/books", obj("title", " ", "isbn", isbn(), "price", -1, "authorId", author))
        .expectFieldErrors("title", "price");
    admin.post("/api/books", obj("title", "x".repeat(201), "isbn", isbn(), "authorId", author))
        .expectFieldErrors("title");
    admin.post("/api/books", obj("title", "Long note", "isbn", isbn(), "authorId", author, "secretNote", "n".repeat(501)))
        .expectFieldErrors("secretNote");
    admin.post("/api/authors", obj("name", "", "email", "not-an-email")).expectFieldErrors("name", "email");
    // implied by the mapping: a string column is at most 255 long, @Column(length = 17) at most 17
    admin.post("/api/authors", obj("name", "n".repeat(256))).expectFieldErrors("name");
    admin.post("/api/books", obj("title", "Long ISBN", "isbn", "9".repeat(18), "authorId", author))
        .expectFieldErrors("isbn");
  }

  @Test
  void rejectsUnknownReadOnlyAndNonSurfaceFieldsByName() {
    long author = createAuthor("Strict Author");
    admin.post("/api/books", obj("title", "Unknown", "isbn", isbn(), "authorId", author, "colour", "red"))
        .expectBadRequestNaming("colour");
    admin.post("/api/books", obj("title", "Read-only", "isbn", isbn(), "authorId", author,
        "createdAt", "2020-01-01T00:00:00Z")).expectBadRequestNaming("createdAt");
    admin.post("/api/books", obj("title", "Id", "isbn", isbn(), "authorId", author, "id", 5))
        .expectBadRequestNaming("id");
    admin.post("/api/books", obj("title", "Version", "isbn", isbn(), "authorId", author, "version", 3))
        .expectBadRequestNaming("version");
    admin.post("/api/authors", obj("name", "Bookish", "books", List.of())).expectBadRequestNaming("books");
  }

  @Test
  void rejectsValuesOfTheWrongType() {
    long author = createAuthor("Typed Author");
    admin.post("/api/books", obj("title", "Price", "isbn", isbn(), "authorId", author, "price", "cheap"))
        .expectBadRequestNaming("price");
    admin.post("/api/books", obj("title", "Genre", "isbn", isbn(), "authorId", author, "genre", "NOVEL"))
        .expectBadRequestNaming("genre");
    admin.post("/api/books", obj("title", "Date", "isbn", isbn(), "authorId", author, "published", "yesterday"))
        .expectBadRequestNaming("published");
    admin.post("/api/books", obj("title", "Author", "isbn", isbn(), "authorId", "someone"))
        .expectBadRequestNaming("authorId");
    admin.post("/api/books", obj("title", List.of("a"), "isbn", isbn(), "authorId", author))
        .expectBadRequestNaming("title");
    admin.send("POST", "/api/books", JSON, "{\"title\": ", new String[0]).expectProblem(400);
    admin.send("POST", "/api/books", JSON, "[]", new String[0]).expectProblem(400);
    admin.send("POST", "/api/books", JSON, "\"a book\"", new String[0]).expectProblem(400);
  }

  @Test
  void rejectsMissingRelatedIds() {
    long author = createAuthor("Related Author");
    admin.post("/api/books", obj("title", "Orphan", "isbn", isbn(), "authorId", Long.parseLong(MISSING_ID)))
        .expectBadRequestNaming("authorId");
    admin.post("/api/books", obj("title", "No author", "isbn", isbn())).expectBadRequestNaming("authorId");
    admin.post("/api/books", obj("title", "Null author", "isbn", isbn(), "authorId", null))
        .expectBadRequestNaming("authorId");
    admin.post("/api/books", obj("title", "Bad publisher", "isbn", isbn(), "authorId", author,
        "publisherId", Long.parseLong(MISSING_ID))).expectBadRequestNaming("publisherId");
    assertThat(total(anonymous.get("/api/books?authorId=" + author))).isZero();
  }

  @Test
  void aUniqueValueTakenIs409() {
    long author = createAuthor("Unique Author");
    String isbn = isbn();
    createBook(obj("title", "First", "isbn", isbn, "authorId", author));
    // checked before the insert, so the 409 names the field (the constraint stays the backstop for races)
    JsonNode problem = admin.post("/api/books", obj("title", "Second", "isbn", isbn, "authorId", author))
        .expectProblem(409).json();
    assertThat(problem.path("errors")).hasSize(1);
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("isbn");
    assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("another Book already has this value");
    assertThat(problem.path("detail").asText()).contains("isbn");
    assertThat(total(anonymous.get("/api/books?isbn=" + isbn))).isEqualTo(1);
  }

  @Test
  void anAssignedIdIsRequiredOnCreate() {
    // Branch's id is assigned (no @GeneratedValue): without it JPA cannot persist, so it is a 400, not a 500
    admin.post("/api/branches", obj("name", "No code")).expectFieldErrors("code");
    admin.post("/api/branches", obj("code", "B-1", "name", "Bad code")).expectFieldErrors("code");
    String code = branchCode();
    Reply reply = admin.post("/api/branches", obj("code", code, "name", "Central")).expect(201);
    assertThat(reply.header("Location")).hasValueSatisfying(location ->
        assertThat(URI.create(location).getPath()).isEqualTo("/api/branches/" + code));
    admin.post("/api/branches", obj("code", code, "name", "Central again")).expectProblem(409);
    assertThat(anonymous.get("/api/branches/" + code).expect(200).json().path("name").asText()).isEqualTo("Central");
  }

  @Test
  void aPrimitiveLeftOutOfAPostKeepsTheEntityValueButAPutMustGiveIt() {
    String code = branchCode();
    JsonNode created = admin.post("/api/branches", obj("code", code, "name", "Defaults")).expect(201).json();
    assertThat(created.path("desks").asInt()).as("int desks = 12").isEqualTo(12);
    assertThat(created.path("lending").asBoolean()).as("boolean lending = true").isTrue();
    // PUT replaces the whole update surface, and a primitive cannot be cleared
    admin.put("/api/branches/" + code, obj("name", "Renamed")).expectFieldErrors("desks", "lending");
    JsonNode replaced = admin.put("/api/branches/" + code, obj("name", "Renamed", "desks", 3, "lending", false))
        .expect(200).json();
    assertThat(replaced.path("desks").asInt()).isEqualTo(3);
    assertThat(replaced.path("lending").asBoolean()).isFalse();
  }

  @Test
  void datesOutsideTheYears1To9999AreRejectedNotStoredCorrupted() {
    admin.post("/api/branches", obj("code", branchCode(), "name", "Far future", "openedAt", "+999999999-12-31T23:59:59"))
        .expectFieldErrors("openedAt");
    long author = createAuthor("Dating Author");
    admin.post("/api/books", obj("title", "Year zero", "isbn", isbn(), "authorId", author, "published", "0000-01-01"))
        .expectFieldErrors("published");
    anonymous.get("/api/books?published=0000-01-01").expectBadRequestNaming("published");
    anonymous.get("/api/branches?openedAt=" + encode("+10000-01-01T00:00:00")).expectBadRequestNaming("openedAt");
    String code = branchCode();
    admin.post("/api/branches", obj("code", code, "name", "Edge", "openedAt", "9999-12-31T23:59:59")).expect(201);
    assertThat(anonymous.get("/api/branches/" + code).expect(200).json().path("openedAt").asText())
        .isEqualTo("9999-12-31T23:59:59");
  }

  // --- PUT /api/{path}/{id} ------------------------------------------------------------------------------

  @Test
  void replacesWithPutAndReturnsTheNewETag() {
    long author = createAuthor("Put Author");
    long other = createAuthor("Put Other");
    String isbn = isbn();
    long id = createBook(obj("title", "Before", "isbn", isbn, "price", 1, "genre", "MYSTERY", "authorId", author))
        .path("id").asLong();

    ObjectNode update = obj("title", "After", "price", new BigDecimal("2.50"), "genre", "HISTORY", "published", "2020-02-29",
        "authorId", other, "publisherId", publisherId("Ace Books"), "secretNote", "changed");
    Reply reply = admin.put("/api/books/" + id, update, "If-Match", "\"0\"").expect(200);
    assertThat(reply.etag()).isEqualTo("\"1\"");
    JsonNode book = reply.json();
    assertThat(book.path("title").asText()).isEqualTo("After");
    assertThat(book.path("price").decimalValue()).isEqualByComparingTo("2.50");
    assertThat(book.path("authorId").asLong()).isEqualTo(other);
    assertThat(book.path("isbn").asText()).as("not in the update surface, kept").isEqualTo(isbn);
    assertThat(book.has("secretNote")).isFalse();

    Reply read = anonymous.get("/api/books/" + id).expect(200);
    assertThat(read.etag()).isEqualTo("\"1\"");
    assertThat(read.json().path("published").asText()).isEqualTo("2020-02-29");

    // If-Match is optional, and * matches any version
    assertThat(admin.put("/api/books/" + id, update.put("title", "Again")).expect(200).etag()).isEqualTo("\"2\"");
    assertThat(admin.put("/api/books/" + id, update.put("title", "Star"), "If-Match", "*").expect(200).etag())
        .isEqualTo("\"3\"");
    // a list of entity tags matches when one of them does (RFC 9110 13.1.1)
    assertThat(admin.put("/api/books/" + id, update.put("title", "Listed"), "If-Match", "\"1\", \"3\"")
        .expect(200).etag()).isEqualTo("\"4\"");
  }

  @Test
  void putReplacesTheWholeUpdateSurface() {
    long author = createAuthor("Whole Author");
    long id = createBook(obj("title", "Whole", "isbn", isbn(), "price", 3, "published", "1999-09-09",
        "authorId", author)).path("id").asLong();

    // a required field missing: 400 naming it
    admin.put("/api/books/" + id, obj("price", 4, "authorId", author)).expectBadRequestNaming("title");
    admin.put("/api/books/" + id, obj("title", "No author", "price", 4)).expectBadRequestNaming("authorId");
    // an optional field missing: the whole surface is replaced, so it is either rejected by name or cleared
    Reply partial = admin.put("/api/books/" + id, obj("title", "Whole", "price", 4, "authorId", author));
    if (partial.status() == 400) {
      partial.expectBadRequestNaming("published");
    } else {
      partial.expect(200);
      JsonNode published = partial.json().path("published");
      assertThat(published.isMissingNode() || published.isNull())
          .as("PUT without 'published' replaces it (no merge): %s", partial).isTrue();
    }
    // not in the update surface, invalid, wrong type
    admin.put("/api/books/" + id, obj("title", "Isbn", "isbn", isbn(), "authorId", author)).expectBadRequestNaming("isbn");
    admin.put("/api/books/" + id, obj("title", "", "authorId", author)).expectFieldErrors("title");
    admin.put("/api/books/" + id, obj("title", "Typed", "price", "free", "authorId", author)).expectBadRequestNaming("price");
    admin.put("/api/books/" + id, obj("title", "Related", "authorId", Long.parseLong(MISSING_ID)))
        .expectBadRequestNaming("authorId");
  }

  @Test
  void putOnAnUnknownIdIs404() {
    long author = createAuthor("Missing Author");
    admin.put("/api/books/" + MISSING_ID, obj("title", "Nowhere", "authorId", author)).expectProblem(404);
    admin.put("/api/authors/" + MISSING_ID, obj("name", "Nobody")).expectProblem(404);
  }

  @Test
  void aStaleIfMatchIs412AndChangesNothing() {
    long author = createAuthor("Stale Author");
    long id = createBook(obj("title", "Guarded", "isbn", isbn(), "authorId", author)).path("id").asLong();
    ObjectNode update = obj("title", "Lost update", "authorId", author);
    admin.put("/api/books/" + id, update, "If-Match", "\"7\"").expectProblem(412);
    // weak tags never match (RFC 9110 13.1.1: If-Match uses the strong comparison)
    admin.put("/api/books/" + id, update, "If-Match", "W/\"0\"").expectProblem(412);
    admin.patch("/api/books/" + id, MERGE_PATCH, obj("title", "Lost patch"), "If-Match", "\"1\"").expectProblem(412);

    Reply read = anonymous.get("/api/books/" + id).expect(200);
    assertThat(read.etag()).isEqualTo("\"0\"");
    assertThat(read.json().path("title").asText()).isEqualTo("Guarded");
  }

  @Test
  void aConcurrentChangeIs409() throws Exception {
    long author = createAuthor("Racing Author");
    long id = createBook(obj("title", "Contended", "isbn", isbn(), "authorId", author)).path("id").asLong();

    // The database changes the row (version 0 -> 1) between the application's read and its write: the
    // application sees version 0 (If-Match passes), then its UPDATE ... WHERE version = 0 matches nothing.
    Reply put = app.database().whileRowLocked("book", id, () -> admin.sendAsync("PUT", "/api/books/" + id, JSON,
        obj("title", "Overwritten?", "authorId", author), "If-Match", "\"0\""));
    put.expectProblem(409);

    Reply patch = app.database().whileRowLocked("book", id, () -> admin.sendAsync("PATCH", "/api/books/" + id,
        MERGE_PATCH, obj("title", "Patched over?")));
    patch.expectProblem(409);

    Reply read = anonymous.get("/api/books/" + id).expect(200);
    assertThat(read.json().path("title").asText()).isEqualTo("Contended");
    assertThat(read.etag()).isEqualTo("\"2\"");
  }

  // --- PATCH /api/{path}/{id} (RFC 7396) -----------------------------------------------------------------

  @Test
  void mergePatchChangesOnlyWhatItNames() {
    long author = createAuthor("Patch Author");
    long publisher = publisherId("Penguin Books");
    long id = createBook(obj("title", "Patchable", "isbn", isbn(), "price", 10, "genre", "POETRY",
        "published", "2010-10-10", "authorId", author, "publisherId", publisher)).path("id").asLong();

    Reply priced = admin.patch("/api/books/" + id, MERGE_PATCH, obj("price", 12.5), "If-Match", "\"0\"").expect(200);
    assertThat(priced.etag()).isEqualTo("\"1\"");
    JsonNode book = priced.json();
    assertThat(book.path("price").decimalValue()).isEqualByComparingTo("12.5");
    assertThat(book.path("title").asText()).isEqualTo("Patchable");
    assertThat(book.path("published").asText()).isEqualTo("2010-10-10");
    assertThat(book.path("genre").asText()).isEqualTo("POETRY");
    assertThat(book.path("publisherId").asLong()).isEqualTo(publisher);

    // null removes: a value and an optional relation
    JsonNode cleared = admin.patch("/api/books/" + id, MERGE_PATCH, obj("published", null, "publisherId", null))
        .expect(200).json();
    assertThat(cleared.path("published").isMissingNode() || cleared.path("published").isNull()).isTrue();
    assertThat(cleared.path("publisherId").isMissingNode() || cleared.path("publisherId").isNull()).isTrue();
    assertThat(cleared.path("price").decimalValue()).isEqualByComparingTo("12.5");
    JsonNode read = anonymous.get("/api/books/" + id).expect(200).json();
    assertThat(read.path("published").isMissingNode() || read.path("published").isNull()).isTrue();
    assertThat(read.path("publisherId").isMissingNode() || read.path("publisherId").isNull()).isTrue();

    // application/json is a merge patch too
    Reply retitled = admin.patch("/api/books/" + id, JSON, obj("title", "Retitled")).expect(200);
    assertThat(retitled.json().path("title").asText()).isEqualTo("Retitled");
    assertThat(retitled.json().path("price").decimalValue()).isEqualByComparingTo("12.5");
    assertThat(anonymous.get("/api/books/" + id).expect(200).etag()).isEqualTo("\"3\"");

    // an empty patch changes nothing
    assertThat(admin.patch("/api/books/" + id, MERGE_PATCH, obj()).expect(200).json().path("title").asText())
        .isEqualTo("Retitled");
  }

  @Test
  void mergePatchFailsAsPutDoes() {
    long author = createAuthor("Patch Failures");
    long id = createBook(obj("title", "Stable", "isbn", isbn(), "authorId", author)).path("id").asLong();
    admin.patch("/api/books/" + id, MERGE_PATCH, obj("title", null)).expectFieldErrors("title");
    admin.patch("/api/books/" + id, MERGE_PATCH, obj("authorId", null)).expectBadRequestNaming("authorId");
    admin.patch("/api/books/" + id, MERGE_PATCH, obj("authorId", Long.parseLong(MISSING_ID))).expectBadRequestNaming("authorId");
    admin.patch("/api/books/" + id, MERGE_PATCH, obj("isbn", isbn())).expectBadRequestNaming("isbn");
    admin.patch("/api/books/" + id, MERGE_PATCH, obj("createdAt", "2020-01-01T00:00:00Z")).expectBadRequestNaming("createdAt");
    admin.patch("/api/books/" + id, MERGE_PATCH, obj("shelf", 3)).expectBadRequestNaming("shelf");
    admin.patch("/api/books/" + id, MERGE_PATCH, obj("price", "a lot")).expectBadRequestNaming("price");
    admin.patch("/api/books/" + id, MERGE_PATCH, "[1, 2]").expectProblem(400);
    admin.patch("/api/books/" + MISSING_ID, MERGE_PATCH, obj("title", "Nowhere")).expectProblem(404);

    Reply read = anonymous.get("/api/books/" + id).expect(200);
    assertThat(read.etag()).isEqualTo("\"0\"");
    assertThat(read.json().path("title").asText()).isEqualTo("Stable");
  }

  // --- DELETE /api/{path}/{id} ---------------------------------------------------------------------------

  @Test
  void deletesWith204() {
    long author = createAuthor("Deleting Author");
    long id = createBook(obj("title", "Doomed", "isbn", isbn(), "authorId", author)).path("id").asLong();
    // If-Match is honoured by DELETE too: a stale tag is a 412 and the book stays
    admin.delete("/api/books/" + id, "If-Match", "\"5\"").expectProblem(412);
    anonymous.get("/api/books/" + id).expect(200);
    Reply deleted = admin.delete("/api/books/" + id, "If-Match", "\"0\"").expect(204);
    assertThat(deleted.body()).isEmpty();
    anonymous.get("/api/books/" + id).expectProblem(404);
    admin.delete("/api/books/" + id).expectProblem(404);
    admin.delete("/api/authors/" + author).expect(204);
  }

  @Test
  void deletingWhatIsStillReferencedIs409() {
    long author = createAuthor("Referenced Author");
    long book = createBook(obj("title", "Reviewed", "isbn", isbn(), "authorId", author)).path("id").asLong();
    admin.delete("/api/authors/" + author).expectProblem(409);
    anonymous.get("/api/authors/" + author).expect(200);

    long review = admin.post("/api/reviews", obj("rating", 5, "comment", "Great", "bookId", book)).expect(201)
        .json().path("id").asLong();
    admin.delete("/api/books/" + book).expectProblem(409);
    anonymous.get("/api/books/" + book).expect(200);

    admin.delete("/api/reviews/" + review).expect(204);
    admin.delete("/api/books/" + book).expect(204);
    admin.delete("/api/authors/" + author).expect(204);
  }

  // --- operations left out ---------------------------------------------------------------------------------

  @Test
  void operationsLeftOutAreNotThere() {
    long id = publisherId("Gollancz");
    for (Reply reply : List.of(
        admin.post("/api/publishers", obj("name", "Orbit")),
        admin.put("/api/publishers/" + id, obj("name", "Orbit")),
        admin.patch("/api/publishers/" + id, MERGE_PATCH, obj("name", "Orbit")),
        admin.delete("/api/publishers/" + id))) {
      assertThat(reply.status()).as("%s", reply).isIn(404, 405);
      reply.expectProblem(reply.status());
    }
    assertThat(total(anonymous.get("/api/publishers"))).isEqualTo(5);
  }

  // --- security --------------------------------------------------------------------------------------------

  @Test
  void publicReadsNeedNoCredentials() {
    anonymous.get("/api/books").expect(200);
    anonymous.get("/api/authors").expect(200);
    anonymous.get("/api/publishers").expect(200);
    anonymous.get("/api/publishers/" + publisherId("Ace Books")).expect(200);
  }

  @Test
  void writesWithoutCredentialsAre401WithAChallenge() {
    long author = createAuthor("Guarded Author");
    long id = createBook(obj("title", "Guarded", "isbn", isbn(), "authorId", author)).path("id").asLong();
    Api wrongPassword = anonymous.as(RunningApp.ADMIN, "wrong-password");
    Api unknownUser = anonymous.as("mallory", RunningApp.ADMIN_PASSWORD);
    for (Api api : List.of(anonymous, wrongPassword, unknownUser)) {
      List<Reply> replies = new ArrayList<>();
      replies.add(api.post("/api/books", obj("title", "Sneaky", "isbn", isbn(), "authorId", author)));
      replies.add(api.put("/api/books/" + id, obj("title", "Sneaky", "authorId", author)));
      replies.add(api.patch("/api/books/" + id, MERGE_PATCH, obj("title", "Sneaky")));
      replies.add(api.delete("/api/books/" + id));
      replies.add(api.post("/api/authors", obj("name", "Sneaky")));
      for (Reply reply : replies) {
        reply.expectProblem(401);
        assertThat(reply.header("WWW-Authenticate")).as("challenge of %s", reply)
            .hasValueSatisfying(challenge -> assertThat(challenge).startsWithIgnoringCase("Basic"));
      }
    }
    assertThat(anonymous.get("/api/books/" + id).expect(200).json().path("title").asText()).isEqualTo("Guarded");
  }

  @Test
  void readRolesProtectReads() {
    long author = createAuthor("Reviewed Author");
    long book = createBook(obj("title", "Reviewable", "isbn", isbn(), "authorId", author)).path("id").asLong();
    long review = admin.post("/api/reviews", obj("rating", 4, "comment", "Good", "bookId", book)).expect(201)
        .json().path("id").asLong();

    for (Reply reply : List.of(anonymous.get("/api/reviews"), anonymous.get("/api/reviews/" + review))) {
      reply.expectProblem(401);
      assertThat(reply.header("WWW-Authenticate")).isPresent();
    }
    anonymous.as(RunningApp.ADMIN, "wrong-password").get("/api/reviews").expectProblem(401);
    // the admin holds every role a resource names
    assertThat(ids(admin.get("/api/reviews?bookId=" + book))).containsExactly(review);
    assertThat(admin.get("/api/reviews/" + review).expect(200).json().path("rating").asInt()).isEqualTo(4);
    admin.post("/api/reviews", obj("rating", 9, "bookId", book)).expectFieldErrors("rating");
    // a primitive left out of a POST keeps the entity's 0, which its @Min(1) refuses when the row is inserted
    admin.post("/api/reviews", obj("comment", "No rating", "bookId", book)).expectBadRequestNaming("rating");
  }

  @Test
  void anAccountWithoutTheRoleIs403() {
    long author = createAuthor("Forbidden Author");
    long book = createBook(obj("title", "Forbidden", "isbn", isbn(), "authorId", author)).path("id").asLong();
    long review = admin.post("/api/reviews", obj("rating", 3, "bookId", book)).expect(201).json().path("id").asLong();

    // the clerk is authenticated: public reads work, the rest is 403 (not 401: no challenge to retry)
    clerk.get("/api/books/" + book).expect(200);
    for (Reply reply : List.of(
        clerk.post("/api/books", obj("title", "Clerical", "isbn", isbn(), "authorId", author)),
        clerk.put("/api/books/" + book, obj("title", "Clerical", "authorId", author)),
        clerk.patch("/api/books/" + book, MERGE_PATCH, obj("title", "Clerical")),
        clerk.delete("/api/books/" + book),
        clerk.delete("/api/authors/" + author),
        clerk.get("/api/reviews"),
        clerk.get("/api/reviews/" + review),
        clerk.post("/api/reviews", obj("rating", 1, "bookId", book)))) {
      reply.expectProblem(403);
    }
    assertThat(anonymous.get("/api/books/" + book).expect(200).json().path("title").asText()).isEqualTo("Forbidden");
  }

  // --- helpers ---------------------------------------------------------------------------------------------

  /** The SQL statements Hibernate prepared while {@code request} ran (the tests run one at a time). */
  private static long statementsOf(Runnable request) {
    long before = statements();
    request.run();
    return statements() - before;
  }

  private static long statements() {
    return Long.parseLong(admin.get("/it/statements").expect(200).body().trim());
  }

  private static long createAuthor(String name) {
    return admin.post("/api/authors", obj("name", name, "email", "a" + SEQUENCE.incrementAndGet() + "@example.org"))
        .expect(201).json().path("id").asLong();
  }

  private static long createBook(long author, String title, String price, String genre) {
    return createBook(obj("title", title, "isbn", isbn(), "price", new BigDecimal(price), "genre", genre,
        "authorId", author))
        .path("id").asLong();
  }

  private static JsonNode createBook(ObjectNode book) {
    return admin.post("/api/books", book).expect(201).json();
  }

  private static long publisherId(String name) {
    JsonNode content = anonymous.get("/api/publishers?name=" + encode(name)).expect(200).json().path("content");
    assertThat(content).as("publisher %s", name).hasSize(1);
    return content.get(0).path("id").asLong();
  }

  /** A branch code no other test uses, as {@code Branch}'s pattern wants it. */
  private static String branchCode() {
    return "BR-" + String.format("%04d", SEQUENCE.incrementAndGet());
  }

  private static String isbn() {
    return "978" + String.format("%010d", SEQUENCE.incrementAndGet() % 10_000_000_000L);
  }

  /** A word no other test's titles contain. */
  private static String token() {
    StringBuilder token = new StringBuilder("zq");
    for (long n = SEQUENCE.incrementAndGet(); n > 0; n /= 26) {
      token.append((char) ('a' + n % 26));
    }
    return token.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void assertPage(JsonNode body, int size, int number, long totalElements, int totalPages) {
    JsonNode page = body.path("page");
    assertThat(page.path("size").asInt()).as("page.size of %s", body).isEqualTo(size);
    assertThat(page.path("number").asInt()).as("page.number of %s", body).isEqualTo(number);
    assertThat(page.path("totalElements").asLong()).as("page.totalElements of %s", body).isEqualTo(totalElements);
    assertThat(page.path("totalPages").asInt()).as("page.totalPages of %s", body).isEqualTo(totalPages);
  }

  private static long total(Reply reply) {
    return reply.expect(200).json().path("page").path("totalElements").asLong();
  }

  private static List<String> names(Reply reply) {
    return values(reply, "name");
  }

  private static List<String> titles(Reply reply) {
    return values(reply, "title");
  }

  private static List<Long> ids(Reply reply) {
    List<Long> ids = new ArrayList<>();
    reply.expect(200).json().path("content").forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }

  private static List<String> values(Reply reply, String field) {
    List<String> values = new ArrayList<>();
    reply.expect(200).json().path("content").forEach(item -> values.add(item.path(field).asText()));
    return values;
  }
}
