package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.columnOf;
import static dev.armature.processor.diagnostics.Sources.compile;
import static dev.armature.processor.diagnostics.Sources.javac;
import static dev.armature.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Warnings: the build succeeds, the warning points at the culprit, and {@code -Aarmature.suppress} silences it. */
class WarningsTest {

  private static JavaFileObject unversioned() {
    return source("Book",
        "@Entity @ApiResource",                           // 2
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  public String title;",
        "}");
  }

  @Test
  void noVersion() {
    JavaFileObject book = unversioned();
    Compilation compilation = compile(book);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[armature:no-version] Book has no @Version property: responses carry no ETag, "
            + "clients cannot make conditional writes (If-Match) and concurrent updates overwrite each other; add @Version Long version")
        .inFile(book).onLine(2).atColumn(9);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void warningSilencedByTag() {
    Compilation compilation = javac().withOptions("-Aarmature.suppress=no-version").compile(unversioned());
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void severalTagsCanBeSilenced() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource(writeRoles = {})",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "}");
    Compilation compilation = javac().withOptions("-Aarmature.suppress=public-writes, no-version").compile(book);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void errorsCannotBeSilenced() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",                           // 2
        "public class Book {",
        "  @Version public Long version;",
        "}");
    Compilation compilation = javac().withOptions("-Aarmature.suppress=no-id").compile(book);
    assertThat(compilation).hadErrorContaining("[armature:no-id]").inFile(book).onLine(2);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void publicWrites() {
    String annotation = "@Entity @ApiResource(writeRoles = {})";
    JavaFileObject book = source("Book",
        annotation,                                       // 2
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[armature:public-writes] @ApiResource(writeRoles = {}) lets anyone create, "
            + "change and delete Book; name a role unless that is intended")
        .inFile(book).onLine(2).atColumn(columnOf(annotation, "{}"));
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void noPublicWritesWarningForAReadOnlyResource() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource(writeRoles = {}, operations = {Operation.LIST, Operation.READ})",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }

  @Test
  void requiredFieldNotInTheCreateSurface() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "@Surface(name = \"create\", fields = {\"title\"})",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  @NotNull public String isbn;",                 // 8
        "  public int pages;",                            // 9: a primitive keeps 0 (or its initializer): no warning
        "  @ManyToOne(optional = false) public Author author;", // 10
        "  @Column(nullable = false) public String language;", // 11
        "}");
    Compilation compilation = compile(Sources.author(), book);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[armature:required-not-in-create] 'isbn' is required (not nullable) but not in "
            + "the create surface, so every POST fails unless the entity sets it itself; add it to @Surface(name = \"create\")")
        .inFile(book).onLine(8).atColumn(26);
    assertThat(compilation).hadWarningContaining("[armature:required-not-in-create] 'author' is required (optional = false)")
        .inFile(book).onLine(10);
    assertThat(compilation).hadWarningContaining("[armature:required-not-in-create] 'language' is required (not nullable)")
        .inFile(book).onLine(11);
    assertThat(compilation).hadWarningCount(3);
  }

  @Test
  void assignedIdNotInTheCreateSurface() {
    JavaFileObject loan = source("Loan",
        "@Entity @ApiResource",
        "@Surface(name = \"create\", fields = {\"title\"})",
        "public class Loan {",
        "  @Id public String code;",                     // 5
        "  @Version public Long version;",
        "  public String title;",
        "}");
    Compilation compilation = compile(loan);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[armature:required-not-in-create] 'code' is required (an assigned @Id)")
        .inFile(loan).onLine(5);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void requiredFieldsAreFineWithoutCreate() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource(operations = {Operation.LIST, Operation.READ, Operation.UPDATE})",
        "@Surface(name = \"update\", fields = {\"title\"})",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  @NotNull public String isbn;",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }
}
