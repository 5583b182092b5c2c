package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.author;
import static dev.armature.processor.diagnostics.Sources.classpathWithout;
import static dev.armature.processor.diagnostics.Sources.columnOf;
import static dev.armature.processor.diagnostics.Sources.compile;
import static dev.armature.processor.diagnostics.Sources.javac;
import static dev.armature.processor.diagnostics.Sources.messages;
import static dev.armature.processor.diagnostics.Sources.source;
import static dev.armature.processor.diagnostics.Sources.sourceIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.io.TempDir;
import com.google.testing.compile.JavaFileObjects;
import dev.armature.processor.ArmatureProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes that involve more than one class: the class path, repositories, names, paths, rounds. */
class ProjectDiagnosticsTest {

  @ParameterizedTest(name = "without {0}")
  @CsvSource(delimiter = '|', value = {
      "spring-webmvc-   | Spring Web MVC (org.springframework.web.servlet.DispatcherServlet) | spring-boot-starter-webmvc (Spring Boot 4) or spring-boot-starter-web (Spring Boot 3)",
      "spring-data-jpa- | Spring Data JPA (org.springframework.data.jpa.repository.JpaRepository) | spring-boot-starter-data-jpa"})
  void missingSpringDependency(String jar, String what, String fix) {
    JavaFileObject author = author();
    Compilation compilation = javac().withClasspath(classpathWithout(jar)).compile(author);
    assertThat(compilation).hadErrorContaining("[armature:missing-dependency] " + what
            + " is not on the class path, but the generated code needs it; add " + fix)
        .inFile(author).onLine(2).atColumn(9);
    assertThat(compilation).hadErrorCount(1);
  }

  /** The generated security classes are Boot auto-configurations: Security without Boot's autoconfigure cannot run them. */
  @Test
  void springSecurityWithoutSpringBootAutoConfiguration() {
    JavaFileObject author = author();
    Compilation compilation = javac().withClasspath(classpathWithout("spring-boot-autoconfigure-")).compile(author);
    assertThat(compilation).hadErrorContaining("[armature:missing-dependency] Spring Boot auto-configuration"
            + " (org.springframework.boot.autoconfigure.AutoConfiguration) is not on the class path, but the generated"
            + " code needs it; add spring-boot-starter-security, which brings it with Spring Security")
        .inFile(author).onLine(2).atColumn(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void missingBeanValidation() {
    // without jakarta.validation the usual header does not compile, so this source imports only JPA
    JavaFileObject book = JavaFileObjects.forSourceLines("com.example.library.Book",
        "package com.example.library; import dev.armature.annotations.*; import jakarta.persistence.*;",
        "@Entity @ApiResource",                           // 2
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = javac().withClasspath(classpathWithout("jakarta.validation-api-")).compile(book);
    assertThat(compilation).hadErrorContaining("[armature:missing-dependency] Bean Validation (jakarta.validation.Validator) "
            + "is not on the class path, but the generated code needs it; add spring-boot-starter-validation")
        .inFile(book).onLine(2).atColumn(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void missingDependencyIsReportedOnceForAllResources() {
    JavaFileObject author = author();
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = javac().withClasspath(classpathWithout("spring-webmvc-")).compile(author, book);
    assertThat(compilation).hadErrorContaining("[armature:missing-dependency] Spring Web MVC").inFile(author).onLine(2);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void projectJpaRepositoryWithAnotherIdType() {
    JavaFileObject repository = source("BookRepository",
        "public interface BookRepository extends org.springframework.data.jpa.repository.JpaRepository<Book, Integer> {", // 2
        "}");
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book, repository);
    assertThat(compilation).hadErrorContaining("[armature:repository] BookRepository is a Spring Data repository of Book "
            + "but not a JpaRepository<Book, Long>; extend JpaRepository<Book, Long> so the generated service can use it")
        .inFile(repository).onLine(2).atColumn(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void projectRepositoryThatIsNotAJpaRepository() {
    JavaFileObject repository = source("BookRepository",
        "public interface BookRepository extends org.springframework.data.repository.CrudRepository<Book, Long> {", // 2
        "}");
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book, repository);
    assertThat(compilation).hadErrorContaining("[armature:repository] BookRepository is a Spring Data repository of Book "
            + "but not a JpaRepository<Book, java.lang.Long>; extend JpaRepository<Book, java.lang.Long> so the generated service can use it")
        .inFile(repository).onLine(2).atColumn(8); // javac places a type at its keyword
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void projectJpaRepositoryIsReused() {
    JavaFileObject repository = source("BookRepository",
        "public interface BookRepository extends org.springframework.data.jpa.repository.JpaRepository<Book, Long> {",
        "  List<Book> findByTitle(String title);",
        "}");
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "}");
    Compilation compilation = compile(book, repository);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile("com.example.library.api.BookController")).isPresent();
    assertThat(compilation.generatedSourceFile("com.example.library.api.BookRepository")).isEmpty();
  }

  @Test
  void twoResourcesWithTheSamePath() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",                           // default path "books"
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    String annotation = "@Entity @ApiResource(path = \"books\")";
    JavaFileObject novel = source("Novel",
        annotation,                                       // 2
        "public class Novel {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(book, novel);
    assertThat(compilation).hadErrorContaining("[armature:duplicate-path] path \"books\" is already used by com.example.library.Book; "
            + "give one of them another @ApiResource(path = ...)")
        .inFile(novel).onLine(2).atColumn(columnOf(annotation, "\"books\""));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoEntitiesWithTheSameSimpleName() {
    JavaFileObject libraryBook = sourceIn("com.example.library", "Book",
        "@Entity(name = \"LibraryBook\") @ApiResource(path = \"library-books\")",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    JavaFileObject shopBook = sourceIn("com.example.shop", "Book",
        "@Entity(name = \"ShopBook\") @ApiResource",     // 2
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(libraryBook, shopBook);
    assertThat(compilation).hadErrorContaining("[armature:simple-name-clash] com.example.library.Book and com.example.shop.Book "
            + "have the same simple name, so their generated classes would clash; rename one")
        .inFile(shopBook).onLine(2).atColumn(28);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void generatedNameAlreadyTaken() {
    JavaFileObject book = sourceIn("com.example", "Book",
        "@Entity @ApiResource",                           // 2
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    JavaFileObject controller = sourceIn("com.example.api", "BookController",
        "public class BookController {",                  // 2: reported on the project's type, which is to rename
        "}");
    Compilation compilation = compile(book, controller);
    assertThat(compilation).hadErrorContaining("[armature:name-taken] Armature generates com.example.api.BookController for Book, "
            + "but the project already has a type of that name; rename yours or set -Aarmature.package")
        .inFile(controller).onLine(2).atColumn(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void generatedNameIsFreeInAnotherPackage() {
    JavaFileObject book = sourceIn("com.example", "Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    JavaFileObject controller = sourceIn("com.example.api", "BookController",
        "public class BookController {",
        "}");
    Compilation compilation = javac().withOptions("-Aarmature.package=com.example.rest").compile(book, controller);
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** A previous build's generated source passed in again (an IDE or a source root that includes target/). */
  @Test
  void aStaleGeneratedSourceAmongTheSourcesGetsAClearError() {
    JavaFileObject book = sourceIn("com.example", "Book",
        "@Entity @ApiResource",
        "public class Book {", // 3
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    JavaFileObject stale = sourceIn("com.example.api", "BookController",
        "@javax.annotation.processing.Generated(\"dev.armature.processor.ArmatureProcessor\")",
        "public class BookController {",
        "}");
    Compilation compilation = javac().compile(book, stale);
    assertThat(compilation).hadErrorContaining("[armature:stale-generated] com.example.api.BookController was generated "
            + "by an earlier build and is among the sources being compiled")
        .inFile(book).onLine(3);
    assertThat(compilation).hadErrorCount(1);
  }

  /** A previous build's output on the class path (not among the sources: javac's Filer would refuse to recreate it). */
  @Test
  void aTypeArmatureGeneratedBeforeDoesNotCountAsTaken(@TempDir Path previousBuild) throws IOException {
    JavaFileObject book = sourceIn("com.example", "Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    JavaFileObject controller = sourceIn("com.example.api", "BookController",
        "@javax.annotation.processing.Generated(\"dev.armature.processor.ArmatureProcessor\")",
        "public class BookController {",
        "}");
    Compilation previous = Compiler.javac().compile(controller);
    JavaFileObject classFile = previous.generatedFile(StandardLocation.CLASS_OUTPUT, "com/example/api/BookController.class")
        .orElseThrow();
    Path target = previousBuild.resolve("com/example/api/BookController.class");
    Files.createDirectories(target.getParent());
    try (InputStream in = classFile.openInputStream()) {
      Files.copy(in, target);
    }
    List<File> classpath = new ArrayList<>(classpathWithout());
    classpath.add(previousBuild.toFile());
    Compilation compilation = javac().withClasspath(classpath).compile(book);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile("com.example.api.BookController")).isPresent();
  }

  @Test
  void resourceGeneratedInALaterRound() {
    JavaFileObject author = author();
    Compilation compilation = javac()
        .withProcessors(new GeneratesAResource(), new ArmatureProcessor())
        .compile(author);
    assertThat(compilation).hadErrorCount(1);
    // a failed compilation does not hand out its generated files, so the file is checked by name
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertThat(error.getMessage(null)).startsWith("[armature:late-resource] Late appeared in a later annotation processing round, "
        + "after Armature had generated the API; generate it in the first round or declare it in source");
    assertThat(error.getSource().getName()).endsWith("com/example/library/Late.java");
    assertThat(error.getLineNumber()).isEqualTo(3);
  }

  @Test
  void typeThatNeverResolves() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",                            // 3: javac reports a class at its name
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public Missing thing;",                        // 6: javac's own "cannot find symbol"
        "}");
    Compilation compilation = compile(author(), book);
    assertThat(compilation).hadErrorContaining("[armature:incomplete-type] com.example.library.Book could not be resolved "
            + "after all annotation processing rounds (the type of 'thing' is Missing); check the type names and imports")
        .inFile(book).onLine(3).atColumn(8);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(book).onLine(6);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void incompleteTypeDoesNotRepeatTheWarningsOfTheOthers() {
    JavaFileObject unversioned = source("Shelf",
        "@Entity @ApiResource",
        "public class Shelf {",
        "  @Id @GeneratedValue public Long id;",
        "}");
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public Missing thing;",
        "}");
    Compilation compilation = compile(unversioned, book);
    assertThat(compilation).hadErrorContaining("[armature:incomplete-type]");
    assertThat(messages(compilation, Diagnostic.Kind.WARNING)).filteredOn(m -> m.contains("[armature:no-version]")).hasSize(1);
  }

  /** Stands for another annotation processor (e.g. a code generator) that writes an entity in round 1. */
  static final class GeneratesAResource extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer w = processingEnv.getFiler().createSourceFile("com.example.library.Late").openWriter()) {
        w.write(String.join("\n",
            "package com.example.library;",
            "@jakarta.persistence.Entity @dev.armature.annotations.ApiResource",
            "public class Late {",                        // 3
            "  @jakarta.persistence.Id public Long id;",
            "  @jakarta.persistence.Version public Long version;",
            "}",
            ""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }
}
