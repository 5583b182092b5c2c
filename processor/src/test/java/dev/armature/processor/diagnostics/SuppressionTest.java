package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.compile;
import static dev.armature.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @SuppressWarnings("armature:<tag>")} silences that warning where it is written: on the element
 * the warning points at, on its class, or on the entity that inherits the element. Errors stay.
 */
class SuppressionTest {

  @Test
  void onTheEntityClass() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource @SuppressWarnings(\"armature:no-version\")",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }

  @Test
  void anotherTagDoesNotSilenceIt() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource @SuppressWarnings({\"armature:public-writes\", \"unchecked\"})", // 2
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadWarningContaining("[armature:no-version]").inFile(book).onLine(2);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void onTheField() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "@Surface(name = \"create\", fields = {\"title\"})",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "  @SuppressWarnings(\"armature:required-not-in-create\") @NotNull public String isbn;",
        "  @NotNull public String language;",            // 9
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadWarningContaining("[armature:required-not-in-create] 'language' is required")
        .inFile(book).onLine(9);
    assertThat(compilation).hadWarningCount(1);
  }

  /** The field is in a @MappedSuperclass the user may not own; the entity's annotation covers it. */
  @Test
  void onTheEntityForAnInheritedField() {
    JavaFileObject base = source("Named",
        "@MappedSuperclass",
        "public abstract class Named {",
        "  @NotNull public String name;",
        "}");
    JavaFileObject book = source("Book",
        "@Entity @ApiResource @SuppressWarnings(\"armature:required-not-in-create\")",
        "@Surface(name = \"create\", fields = {\"title\"})",
        "public class Book extends Named {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "}");
    assertThat(compile(base, book)).succeededWithoutWarnings();
  }

  @Test
  void errorsAreNotSilenced() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource @SuppressWarnings(\"armature:no-id\")", // 2
        "public class Book {",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadErrorContaining("[armature:no-id]").inFile(book).onLine(2);
    assertThat(compilation).hadErrorCount(1);
  }
}
