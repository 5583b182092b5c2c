package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.compile;
import static dev.armature.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The id: missing, composite, of an unsupported type, write-only. */
class IdDiagnosticsTest {

  @Test
  void noId() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",                           // 2
        "public class Book {",
        "  @Version public Long version;",
        "  public String title;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:no-id] Book has no @Id property; add an @Id field")
        .inFile(book).onLine(2).atColumn(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void compositeIdWithIdClass() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "@IdClass(Book.Key.class)",                       // 3
        "public class Book {",
        "  public static class Key implements java.io.Serializable { public Long shelf; public Long slot; }",
        "  @Id public Long shelf;",
        "  @Id public Long slot;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:composite-id] Book uses a composite id (@IdClass), which Armature does not expose")
        .inFile(book).onLine(3).atColumn(1);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void compositeIdWithEmbeddedId() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Embeddable public static class Key { public Long shelf; public Long slot; }",
        "  @EmbeddedId public Key key;",                  // 5
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:composite-id] Book uses a composite id (@EmbeddedId key)")
        .inFile(book).onLine(5);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoIdFields() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id public Long shelf;",
        "  @Id public Long slot;",                        // 5: the second @Id is the culprit
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:composite-id] Book uses a composite id (more than one @Id)")
        .inFile(book).onLine(5).atColumn(19);
    assertThat(compilation).hadErrorCount(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"java.math.BigDecimal", "java.time.LocalDate", "double", "java.util.Date", "byte[]"})
  void unsupportedIdType(String type) {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id public " + type + " id;",                  // 4
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:id-type] the @Id 'id' has type " + type
            + "; Armature supports Long, Integer, UUID and String ids")
        .inFile(book).onLine(4);
    assertThat(compilation).hadErrorCount(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Long", "long", "Integer", "int", "UUID", "String"})
  void supportedIdTypes(String type) {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id public " + type + " id;",
        "  @Version public Long version;",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }

  @Test
  void unsupportedIdTypeOnAGetterUnderPropertyAccess() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  private LocalDate day;",
        "  @Id public LocalDate getDay() { return day; }", // 5: the getter carries the mapping
        "  public void setDay(LocalDate day) { this.day = day; }",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:id-type] the @Id 'day' has type java.time.LocalDate")
        .inFile(book).onLine(5);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void writeOnlyId() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue",
        "  @WriteOnly",
        "  public Long id;",                              // 6: javac reports a field at its name
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining(
            "[armature:write-only-id] the @Id 'id' cannot be @WriteOnly: clients need it to address the resource")
        .inFile(book).onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }
}
