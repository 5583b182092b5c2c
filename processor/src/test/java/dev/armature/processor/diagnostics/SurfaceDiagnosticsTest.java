package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.columnOf;
import static dev.armature.processor.diagnostics.Sources.compile;
import static dev.armature.processor.diagnostics.Sources.messages;
import static dev.armature.processor.diagnostics.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code @Surface}: names, fields, and fields a side of the API can never carry. Errors point at the value. */
class SurfaceDiagnosticsTest {

  /** A {@code Book} with one {@code @Surface} on line 3; its fields are on lines 5 to 10. */
  private static JavaFileObject book(String surface) {
    return source("Book",
        "@Entity @ApiResource",
        surface,                                          // 3
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",          // 5
        "  @Version public Long version;",                // 6
        "  public String title;",                         // 7
        "  @ReadOnly public Instant createdAt;",          // 8
        "  @WriteOnly public String secret;",             // 9
        "  @org.springframework.data.annotation.CreatedDate public Instant created;", // 10
        "}");
  }

  @Test
  void unknownSurfaceNameWithDidYouMean() {
    String surface = "@Surface(name = \"creat\", fields = {\"title\"})";
    JavaFileObject book = book(surface);
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:unknown-surface] unknown surface name \"creat\"; use one of create, update, read, list; did you mean 'create'?")
        .inFile(book).onLine(3).atColumn(columnOf(surface, "\"creat\""));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unknownSurfaceNameWithoutACloseMatch() {
    JavaFileObject book = book("@Surface(name = \"summary\", fields = {\"title\"})");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:unknown-surface] unknown surface name \"summary\"; use one of create, update, read, list")
        .inFile(book).onLine(3);
    assertThat(compilation).hadErrorCount(1);
    assertThat(messages(compilation, Diagnostic.Kind.ERROR)).noneMatch(m -> m.contains("did you mean"));
  }

  @Test
  void unknownSurfaceNameAmongRepeatedSurfacesPointsAtItsOwnAnnotation() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "@Surface(name = \"create\", fields = {\"title\"})",
        "@Surface(name = \"reed\", fields = {\"title\"})", // 4
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:unknown-surface] unknown surface name \"reed\"")
        .inFile(book).onLine(4).atColumn(17);
    assertThat(compilation).hadErrorContaining("did you mean 'read'?");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void duplicateSurface() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "@Surface(name = \"read\", fields = {\"title\"})",
        "@Surface(name = \"read\", fields = {\"id\", \"title\"})", // 4: the second one is the culprit
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:duplicate-surface] surface \"read\" is declared more than once on Book; merge the two @Surface annotations")
        .inFile(book).onLine(4).atColumn(17);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unknownFieldWithDidYouMean() {
    String surface = "@Surface(name = \"create\", fields = {\"titel\"})";
    JavaFileObject book = book(surface);
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:unknown-field] @Surface(name = \"create\") names 'titel', which Book does not have; did you mean 'title'?")
        .inFile(book).onLine(3).atColumn(columnOf(surface, "\"titel\""));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unknownFieldOnItsOwnLine() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "@Surface(name = \"update\", fields = {",
        "    \"title\",",
        "    \"isbn\"})",                                 // 5
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:unknown-field] @Surface(name = \"update\") names 'isbn', which Book does not have")
        .inFile(book).onLine(5).atColumn(5);
    assertThat(compilation).hadErrorCount(1);
    assertThat(messages(compilation, Diagnostic.Kind.ERROR)).noneMatch(m -> m.contains("did you mean"));
  }

  @Test
  void duplicateFieldInASurface() {
    String surface = "@Surface(name = \"read\", fields = {\"title\", \"id\", \"title\"})";
    JavaFileObject book = book(surface);
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:duplicate-field] @Surface(name = \"read\") names 'title' twice; list each field once")
        .inFile(book).onLine(3).atColumn(surface.lastIndexOf("\"title\"") + 1);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void collectionInASurface() {
    String surface = "@Surface(name = \"read\", fields = {\"id\", \"name\", \"books\"})";
    JavaFileObject author = source("Author",
        "@Entity @ApiResource",
        surface,                                          // 3
        "public class Author {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String name;",
        "  @OneToMany(mappedBy = \"author\") public List<Book> books;",
        "}");
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @ManyToOne public Author author;",
        "}");
    Compilation compilation = compile(author, book);
    assertThat(compilation).hadErrorContaining(
            "[armature:collection-field] @Surface(name = \"read\") names 'books', a collection relation; "
                + "Armature exposes only the owning to-one side (e.g. 'authorId' of the related entity)")
        .inFile(author).onLine(3).atColumn(columnOf(surface, "\"books\""));
    assertThat(compilation).hadErrorCount(1);
  }

  @ParameterizedTest(name = "{0} surface naming {1}")
  @CsvSource(delimiter = '|', value = {
      "create | createdAt | @ReadOnly",
      "update | createdAt | @ReadOnly",
      "create | version   | the @Version",
      "update | version   | the @Version",
      "create | id        | the generated @Id",
      "update | id        | the generated @Id",
      "create | created   | generated by the database or provider"})
  void fieldThatCanNeverBeAcceptedFromARequest(String surfaceName, String field, String why) {
    String surface = "@Surface(name = \"" + surfaceName + "\", fields = {\"title\", \"" + field + "\"})";
    JavaFileObject book = book(surface);
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:read-only-in-request] @Surface(name = \"" + surfaceName
            + "\") names '" + field + "', which is " + why + " and can never be accepted from a request; remove it from the surface")
        .inFile(book).onLine(3).atColumn(columnOf(surface, "\"" + field + "\""));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void assignedIdIsAcceptedOnCreateButNotOnUpdate() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "@Surface(name = \"create\", fields = {\"isbn\", \"title\"})",
        "@Surface(name = \"update\", fields = {\"isbn\", \"title\"})", // 4
        "public class Book {",
        "  @Id public String isbn;",
        "  @Version public Long version;",
        "  public String title;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:read-only-in-request] @Surface(name = \"update\") names 'isbn', "
            + "which is the @Id (ids are set on create only)")
        .inFile(book).onLine(4).atColumn(37);
    assertThat(compilation).hadErrorCount(1);
  }

  @ParameterizedTest
  @CsvSource({"read", "list"})
  void writeOnlyFieldInAResponseSurface(String surfaceName) {
    String surface = "@Surface(name = \"" + surfaceName + "\", fields = {\"id\", \"title\", \"secret\"})";
    JavaFileObject book = book(surface);
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:write-only-in-response] @Surface(name = \"" + surfaceName
            + "\") names 'secret', which is @WriteOnly and can never be written to a response")
        .inFile(book).onLine(3).atColumn(columnOf(surface, "\"secret\""));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unsupportedTypeNamedInASurface() {
    String surface = "@Surface(name = \"create\", fields = {\"title\", \"tags\"})";
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        surface,                                          // 3
        "@Surface(name = \"update\", fields = {\"title\"})",
        "@Surface(name = \"read\", fields = {\"id\", \"title\"})",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  public Map<String, String> tags;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:unsupported-type] 'tags' has type java.util.Map<java.lang.String,java.lang.String>, which Armature cannot expose")
        .inFile(book).onLine(3).atColumn(columnOf(surface, "\"tags\""));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void relationIsNamedByItsJsonNameOrItsFieldName() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "@Surface(name = \"create\", fields = {\"title\", \"authorId\"})",
        "@Surface(name = \"update\", fields = {\"title\", \"author\"})",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  @ManyToOne public Author author;",
        "}");
    assertThat(compile(Sources.author(), book)).succeededWithoutWarnings();
  }
}
