package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.compile;
import static dev.armature.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes on one property: its type, its markers, its accessors, its relation. Errors point at the property. */
class PropertyDiagnosticsTest {

  @Test
  void readOnlyAndWriteOnly() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @ReadOnly @WriteOnly public String note;",     // 6
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:read-and-write-only] 'note' is both @ReadOnly and @WriteOnly, so no request or response could carry it")
        .inFile(book).onLine(6).atColumn(38);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unsupportedTypeIncludedByDefaultSurfaces() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  public Map<String, String> tags;",             // 7
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:unsupported-type] 'tags' has type java.util.Map<java.lang.String,java.lang.String>, "
            + "which Armature cannot expose; supported: String, numbers")
        .inFile(book).onLine(7).atColumn(30);
    assertThat(compilation).hadErrorContaining("Leave it out with explicit @Surface declarations, or mark it @Transient");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void embeddedValueIncludedByDefaultSurfaces() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Embeddable public static class Address { public String city; }",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @Embedded",
        "  public Address address;",                      // 8
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:unsupported-type] 'address' has type com.example.library.Book.Address")
        .inFile(book).onLine(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unsupportedTypesAreFineWhenExplicitSurfacesLeaveThemOut() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "@Surface(name = \"create\", fields = {\"title\"})",
        "@Surface(name = \"update\", fields = {\"title\"})",
        "@Surface(name = \"read\", fields = {\"id\", \"title\"})",
        "public class Book {",
        "  @Embeddable public static class Address { public String city; }",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  public Map<String, String> tags;",
        "  @Embedded public Address address;",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }

  @Test
  void unsupportedTypesAreFineWhenTheOnlyOperationsUseExplicitSurfaces() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource(operations = {Operation.LIST, Operation.READ})",
        "@Surface(name = \"read\", fields = {\"id\", \"title\"})",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  public Map<String, String> tags;",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }

  @Test
  void unsupportedTypeIsStillAnErrorWhenOneUsedSurfaceIsDefaulted() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "@Surface(name = \"create\", fields = {\"title\"})",
        "@Surface(name = \"read\", fields = {\"id\", \"title\"})", // update stays the default
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  public Map<String, String> tags;",             // 9
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:unsupported-type] 'tags'").inFile(book).onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void searchableNamedLikeAListParameter() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @Searchable public Integer size;", // 6
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:reserved-filter] @Searchable 'size' would be the list filter "
            + "?size=, which is the paging and sorting parameter of the same name")
        .inFile(book).onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void searchableWriteOnlyField() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @Searchable @WriteOnly public String secret;", // 6
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:unsupported-searchable] @Searchable on 'secret' is not supported: "
            + "it is @WriteOnly, and filtering on it would reveal its value")
        .inFile(book).onLine(6).atColumn(40);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void searchableUnsupportedType() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @Searchable",
        "  public Map<String, String> tags;",             // 7
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:unsupported-searchable] @Searchable on 'tags' is not supported: "
            + "its type java.util.Map<java.lang.String,java.lang.String> cannot be filtered")
        .inFile(book).onLine(7);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void searchableCollection() {
    JavaFileObject author = source("Author",
        "@Entity @ApiResource",
        "public class Author {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @Searchable @OneToMany(mappedBy = \"author\") public List<Book> books;", // 6
        "}");
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @ManyToOne public Author author;",
        "}");
    Compilation compilation = compile(author, book);
    assertThat(compilation).hadErrorContaining("[armature:unsupported-searchable] @Searchable on 'books' is not supported: "
            + "it is an inverse or collection relation")
        .inFile(author).onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateFieldWithoutGetterCannotBeRead() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  private String title;",                        // 6
        "  public void setTitle(String title) { this.title = title; }",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:inaccessible] 'title' cannot be read by generated code: "
            + "add a public getter (or Lombok's @Getter), or make the field public")
        .inFile(book).onLine(6).atColumn(18);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateFieldWithoutSetterInAWriteSurface() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue private Long id;",
        "  @Version private Long version;",
        "  private String title;",                        // 6
        "  public Long getId() { return id; }",
        "  public Long getVersion() { return version; }",
        "  public String getTitle() { return title; }",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:inaccessible] 'title' cannot be written by generated code: "
            + "add a public setter (or Lombok's @Setter), or make the field public")
        .inFile(book).onLine(6).atColumn(18);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void fieldWithoutSetterIsFineWhenNoWriteSurfaceNamesIt() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue private Long id;",
        "  @Version private Long version;",
        "  @ReadOnly private String title;",
        "  public Long getId() { return id; }",
        "  public Long getVersion() { return version; }",
        "  public String getTitle() { return title; }",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }

  @Test
  void lombokAccessorsCount() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource @lombok.Getter @lombok.Setter",
        "public class Book {",
        "  @Id @GeneratedValue private Long id;",
        "  @Version private Long version;",
        "  private String title;",
        "}");
    assertThat(Sources.javacWithLombok().compile(book)).succeededWithoutWarnings();
  }

  @Test
  void manyToOneToANonEntity() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  public static class Publisher { public Long id; }",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @ManyToOne",                                   // 7: the mapping annotation is the culprit
        "  public Publisher publisher;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:relation-target] 'publisher' is a @ManyToOne to "
            + "com.example.library.Book.Publisher, which is not an @Entity with a single @Id")
        .inFile(book).onLine(7).atColumn(3);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void manyToOneToABasicType() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @ManyToOne public String publisher;",          // 6
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:relation-target] 'publisher' is a @ManyToOne to java.lang.String")
        .inFile(book).onLine(6).atColumn(3);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void oneToOneToAnEntityWithoutASingleId() {
    JavaFileObject shelf = source("Shelf",
        "@Entity",
        "public class Shelf {",
        "  public String label;",
        "}");
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  @OneToOne(optional = false) public Shelf shelf;", // 6
        "}");
    Compilation compilation = compile(shelf, book);
    assertThat(compilation).hadErrorContaining("[armature:relation-target] 'shelf' is a @OneToOne to "
            + "com.example.library.Shelf, which is not an @Entity with a single @Id")
        .inFile(book).onLine(6).atColumn(3);
    assertThat(compilation).hadErrorCount(1);
  }
}
