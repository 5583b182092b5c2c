package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.compile;
import static dev.armature.processor.diagnostics.Sources.javac;
import static dev.armature.processor.diagnostics.Sources.messages;
import static dev.armature.processor.diagnostics.Sources.source;
import static dev.armature.processor.diagnostics.Sources.sourceIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.armature.processor.ArmatureProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What must not be reported: a realistic domain compiles cleanly, and one broken entity spoils nothing else. */
class HappyPathTest {

  static JavaFileObject publisher() {
    return source("Publisher",
        "@Entity",
        "@ApiResource(path = \"publishers\", readRoles = \"USER\", writeRoles = {\"EDITOR\", \"ADMIN\"},",
        "             defaultPageSize = 10, maxPageSize = 50)",
        "@Surface(name = \"list\", fields = {\"id\", \"name\"})",
        "public class Publisher {",
        "  @Id @GeneratedValue private Long id;",
        "  @Version private long version;",
        "  @NotBlank @Searchable @Column(length = 80, unique = true) private String name;",
        "  @Email private String contact;",
        "  @OneToMany(mappedBy = \"publisher\") private List<Book> books = new ArrayList<>();",
        "  public Long getId() { return id; }",
        "  public long getVersion() { return version; }",
        "  public String getName() { return name; }",
        "  public void setName(String name) { this.name = name; }",
        "  public String getContact() { return contact; }",
        "  public void setContact(String contact) { this.contact = contact; }",
        "  public List<Book> getBooks() { return books; }",
        "}");
  }

  static JavaFileObject book() {
    return source("Book",
        "@Entity @ApiResource",
        "@Surface(name = \"create\", fields = {\"title\", \"isbn\", \"price\", \"genre\", \"publisherId\", \"secretNote\", \"pages\"})",
        "@Surface(name = \"update\", fields = {\"title\", \"price\", \"genre\", \"publisher\", \"published\", \"secretNote\", \"pages\"})",
        "@lombok.Getter @lombok.Setter",
        "public class Book {",
        "  public enum Genre { FICTION, POETRY, SCIENCE }",
        "  @Id @GeneratedValue private Long id;",
        "  @Version private Long version;",
        "  @Searchable @NotBlank @Size(max = 200) private String title;",
        "  @Searchable @Column(unique = true, nullable = false) private String isbn;",
        "  @DecimalMin(\"0.00\") private BigDecimal price;",
        "  @Enumerated(EnumType.STRING) @Searchable private Genre genre;",
        "  private int pages;",
        "  private LocalDate published;",
        "  @ReadOnly private Instant createdAt;",
        "  @WriteOnly private String secretNote;",
        "  @ManyToOne(optional = false) @Searchable private Publisher publisher;",
        "  @Transient private Map<String, Object> scratch;",
        "  private static int counter;",
        "}");
  }

  static JavaFileObject tag() {
    return source("Tag",
        "@Entity @ApiResource(operations = {Operation.LIST, Operation.READ, Operation.CREATE, Operation.DELETE})",
        "public class Tag {",
        "  @Id public UUID id;",
        "  @Version public Integer version;",
        "  @Pattern(regexp = \"[a-z-]+\") @Searchable public String label;",
        "}");
  }

  @Test
  void realisticDomainHasNoDiagnostics() {
    Compilation compilation = Sources.javacWithLombok().compile(publisher(), book(), tag());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.diagnostics()).noneMatch(d -> d.getMessage(null).contains("[armature:"));
  }

  @Test
  void oneBrokenEntityDoesNotStopTheOthers() {
    JavaFileObject broken = source("Broken",
        "@Entity @ApiResource",                           // 2
        "public class Broken {",
        "  @Version public Long version;",
        "}");
    Compilation compilation = javac().withOptions("-Aarmature.timing=true").compile(publisher(), broken, book(), tag());
    assertThat(compilation).hadErrorContaining("[armature:no-id] Broken has no @Id property").inFile(broken).onLine(2);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    // the three valid resources went through every check into the model (the note counts them)
    assertThat(compilation).hadNoteContaining("[armature:timing] 3 resources in");
  }

  /**
   * The same, looking at the model written: compile-testing hands out no generated file of a failed
   * compilation, so this runs javac itself ({@code -proc:only}) into a temporary folder.
   */
  @Test
  void oneBrokenEntityDoesNotStopTheModelOfTheOthers(@TempDir Path out) throws IOException {
    JavaFileObject broken = source("Broken",
        "@Entity @ApiResource",
        "public class Broken {",
        "  @Version public Long version;",
        "}");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, List.of("-proc:only"), null,
          List.of(publisher(), broken, book(), tag()));
      task.setProcessors(List.of(new ArmatureProcessor()));
      assertThat(task.call()).isFalse();
    }
    assertThat(diagnostics.getDiagnostics()).filteredOn(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .extracting(d -> d.getMessage(Locale.ROOT)).singleElement().asString().startsWith("[armature:no-id] Broken");
    String model = Files.readString(out.resolve("META-INF/armature/model.json"));
    assertThat(model).contains("com.example.library.Book", "com.example.library.Publisher", "com.example.library.Tag")
        .doesNotContain("com.example.library.Broken");
    assertThat(out.resolve("com/example/library/api/BookController.java")).exists();
    assertThat(out.resolve("com/example/library/api/BrokenController.java")).doesNotExist();
  }

  @Test
  void modelIsWrittenForAValidDomain() {
    Compilation compilation = Sources.javacWithLombok().withOptions("-Aarmature.timing=true").compile(publisher(), book(), tag());
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[armature:timing] 3 resources in");
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/armature/model.json")).isPresent();
    // without a project repository, Armature generates one
    assertThat(compilation.generatedSourceFile("com.example.library.api.BookRepository")).isPresent();
  }

  @Test
  void noExceptionEscapesOnOddInput() {
    List<JavaFileObject> odd = List.of(
        source("Box",                                     // a generic entity: T is not a type Armature maps
            "@Entity @ApiResource",
            "public class Box<T> {",
            "  @Id public Long id;",
            "  public T content;",
            "}"),
        source("Outer",                                   // a nested entity and a self-reference
            "public class Outer {",
            "  @Entity @ApiResource(path = \"inners\") public static class Inner {",
            "    @Id public Long id;",
            "    @Version public Long version;",
            "    @ManyToOne public Inner parent;",
            "  }",
            "}"),
        source("Base",                                    // properties from a mapped superclass
            "@MappedSuperclass",
            "public abstract class Base {",
            "  @Id @GeneratedValue public Long id;",
            "  @Version public Long version;",
            "}"),
        source("Derived",
            "@Entity @ApiResource",
            "public class Derived extends Base {",
            "  public String name;",
            "}"),
        sourceIn("com.example.other", "Empty",
            "@Entity @ApiResource",
            "public class Empty {",
            "}"));
    Compilation compilation = compile(odd.toArray(JavaFileObject[]::new));
    List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
    assertThat(errors).noneMatch(m -> m.contains("[armature:internal]"));
    assertThat(errors).anyMatch(m -> m.startsWith("[armature:unsupported-type] 'content' has type T"));
    assertThat(errors).anyMatch(m -> m.startsWith("[armature:no-id] Empty has no @Id property"));
    assertThat(errors).filteredOn(m -> m.startsWith("[armature:")).hasSize(2);
  }

  @Test
  void javacErrorsInTheAnnotationAreNotRepeated() {
    JavaFileObject broken = source("Broken",
        "@Entity @ApiResource(operations = Operation.LIST_ALL, path = Broken.PATH, defaultPageSize = Broken.N)",
        "public class Broken {",
        "  @Id public Long id;",
        "}");
    Compilation compilation = compile(broken);
    assertThat(compilation).hadErrorCount(3);
    assertThat(messages(compilation, Diagnostic.Kind.ERROR)).allMatch(m -> m.startsWith("cannot find symbol"));
  }
}
