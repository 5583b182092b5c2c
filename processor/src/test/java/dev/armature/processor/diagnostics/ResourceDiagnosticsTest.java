package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.columnOf;
import static dev.armature.processor.diagnostics.Sources.compile;
import static dev.armature.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mistakes in the annotated class itself and in the attributes of {@code @ApiResource}. */
class ResourceDiagnosticsTest {

  @Test
  void apiResourceOnAClassThatIsNotAnEntity() {
    JavaFileObject book = source("Book",
        "@ApiResource",                                   // 2
        "public class Book {",
        "  @Id public Long id;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:not-an-entity] @ApiResource is on Book, which is not a JPA @Entity; add @jakarta.persistence.Entity")
        .inFile(book).onLine(2).atColumn(1);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void apiResourceOnAnInterface() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",                           // 2
        "public interface Book {",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:not-a-class] @ApiResource needs a concrete class, but Book is an interface")
        .inFile(book).onLine(2).atColumn(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void apiResourceOnAnAbstractClass() {
    JavaFileObject book = source("Book",
        "@Entity",
        "@ApiResource",                                   // 3
        "public abstract class Book {",
        "  @Id public Long id;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:not-a-class] @ApiResource needs a concrete class, but Book is abstract")
        .inFile(book).onLine(3);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void apiResourceOnAnEnum() {
    JavaFileObject book = source("Book",
        "@ApiResource",                                   // 2
        "public enum Book { FICTION }");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:not-a-class] @ApiResource needs a concrete class, but Book is an enum")
        .inFile(book).onLine(2);
    assertThat(compilation).hadErrorCount(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/books", "Books", "books/", "api/", "book loans", "book_loans", ""})
  void invalidPath(String path) {
    String annotation = "@Entity @ApiResource(path = \"" + path + "\")";
    JavaFileObject book = source("Book",
        annotation,                                       // 2
        "public class Book {",
        "  @Id public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    if (path.isEmpty()) {
      assertThat(compilation).succeededWithoutWarnings(); // "" means the default path
      return;
    }
    assertThat(compilation).hadErrorContaining("[armature:invalid-path] path \"" + path + "\" is not a valid resource path; "
            + "use lower-case words separated by '-'")
        .inFile(book).onLine(2).atColumn(columnOf(annotation, "\"" + path));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void nestedLowerCasePathsAreValid() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource(path = \"library/book-loans\")",
        "public class Book {",
        "  @Id public Long id;",
        "  @Version public Long version;",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }

  @Test
  void defaultPageSizeLargerThanMaxPageSize() {
    String annotation = "@ApiResource(defaultPageSize = 50, maxPageSize = 10)";
    JavaFileObject book = source("Book",
        "@Entity",
        annotation,                                       // 3
        "public class Book {",
        "  @Id public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:page-size] defaultPageSize 50 is larger than maxPageSize 10; need 1 <= defaultPageSize <= maxPageSize")
        .inFile(book).onLine(3).atColumn(columnOf(annotation, "50"));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void maxPageSizeBelowTheDefaultPointsAtMaxPageSize() {
    JavaFileObject book = source("Book",
        "@Entity",
        "@ApiResource(path = \"books\",",
        "             maxPageSize = 10)",                 // 4: the only page size the user wrote
        "public class Book {",
        "  @Id public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:page-size] defaultPageSize 20 is larger than maxPageSize 10")
        .inFile(book).onLine(4).atColumn(28);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void defaultPageSizeZero() {
    String annotation = "@Entity @ApiResource(defaultPageSize = 0)";
    JavaFileObject book = source("Book",
        annotation,                                       // 2
        "public class Book {",
        "  @Id public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:page-size] defaultPageSize is 0; need 1 <= defaultPageSize")
        .inFile(book).onLine(2).atColumn(columnOf(annotation, "0"));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void noOperations() {
    String annotation = "@Entity @ApiResource(operations = {})";
    JavaFileObject book = source("Book",
        annotation,                                       // 2
        "public class Book {",
        "  @Id public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:no-operations] @ApiResource(operations = {}) generates nothing")
        .inFile(book).onLine(2).atColumn(columnOf(annotation, "{}"));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void duplicateOperationIsAWarning() {
    String annotation = "@Entity @ApiResource(operations = {Operation.LIST, Operation.READ, Operation.LIST})";
    JavaFileObject book = source("Book",
        annotation,                                       // 2
        "public class Book {",
        "  @Id public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[armature:duplicate-operation] Operation.LIST is listed more than once")
        .inFile(book).onLine(2).atColumn(annotation.lastIndexOf(".LIST") + 1); // javac places Operation.LIST at its dot
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void roleWithTheRolePrefix() {
    String annotation = "@Entity @ApiResource(writeRoles = {\"EDITOR\", \"ROLE_ADMIN\"})";
    JavaFileObject book = source("Book",
        annotation,                                       // 2
        "public class Book {",
        "  @Id public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:invalid-role] role \"ROLE_ADMIN\" is not valid: drop the ROLE_ prefix (Spring Security adds it): use \"ADMIN\"")
        .inFile(book).onLine(2).atColumn(columnOf(annotation, "\"ROLE_ADMIN\""));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void blankRole() {
    String annotation = "@Entity @ApiResource(readRoles = \" \")";
    JavaFileObject book = source("Book",
        annotation,                                       // 2
        "public class Book {",
        "  @Id public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:invalid-role] role \" \" is not valid: it is blank")
        .inFile(book).onLine(2).atColumn(columnOf(annotation, "\" \""));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void roleWithASpace() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource(readRoles = {\"USER\",",
        "                                  \"LIBRARY STAFF\"})", // 3
        "public class Book {",
        "  @Id public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:invalid-role] role \"LIBRARY STAFF\" is not valid: use letters, digits, '_', '-' or '.' only")
        .inFile(book).onLine(3).atColumn(35);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void noPublicNoArgConstructorWithCreate() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",                           // 2
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  private Book() {}",
        "  public Book(String title) { this.title = title; }",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:no-constructor] Book needs a public or protected no-argument constructor for Operation.CREATE, as JPA does")
        .inFile(book).onLine(2).atColumn(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void protectedNoArgConstructorIsEnough() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  protected Book() {}",
        "  public Book(String title) { this.title = title; }",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }

  @Test
  void noPublicNoArgConstructorIsFineWithoutCreate() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource(operations = {Operation.LIST, Operation.READ, Operation.UPDATE, Operation.DELETE})",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  private Book() {}",
        "  public Book(String title) { this.title = title; }",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }
}
