package dev.armature.maven.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.armature.processor.model.DomainModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IrPassTest {
  @TempDir Path project;

  private static final String AUTHOR = """
      package com.example.shop;

      import dev.armature.annotations.ApiResource;
      import jakarta.persistence.*;

      @Entity
      @ApiResource
      public class Author {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false) public String name;
      }
      """;

  private static final String BOOK = """
      package com.example.shop;

      import dev.armature.annotations.ApiResource;
      import dev.armature.annotations.Surface;
      import jakarta.persistence.*;

      @Entity
      @ApiResource(path = "books")
      @Surface(name = "create", fields = {"title", "author"})
      public class Book {
        @Id @GeneratedValue public Long id;
        @Version public Long version;
        public String title;
        @ManyToOne(optional = false) public Author author;
      }
      """;

  @Test
  void buildsTheIrOfTheSourcesWithoutCompilingThem() throws Exception {
    write("com/example/shop/Author.java", AUTHOR);
    write("com/example/shop/Book.java", BOOK);

    IrPass.Result result = new IrPass().run(request(Map.of()));

    DomainModel model = result.model();
    assertThat(model.generatedPackage()).isEqualTo("com.example.shop.api");
    assertThat(model.entities()).extracting(e -> e.path()).containsExactly("authors", "books");
    assertThat(model.entity("com.example.shop.Book").orElseThrow().surfaces().create()).containsExactly("title", "author");
    assertThat(result.modelJson()).isPresent();
    try (Stream<Path> files = Files.walk(project.resolve("target/armature/ir"))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .as("no class files and no Java: -proc:only and IR-only")
          .containsExactlyInAnyOrder("model.json", "openapi.json", "openapi.yaml");
    }
    // the model handed over in memory is the one model.json holds, and carries no compiler elements
    assertThat(model).isEqualTo(new ModelJsonReader().read(result.modelJson().get()));
    assertThat(model.entities()).allSatisfy(e -> assertThat(e.origin()).isNull());
  }

  @Test
  void passesTheProjectsProcessorOptions() throws Exception {
    write("com/example/shop/Author.java", AUTHOR);

    DomainModel model = new IrPass().run(request(Map.of("armature.package", "com.example.rest"))).model();

    assertThat(model.generatedPackage()).isEqualTo("com.example.rest");
  }

  @Test
  void listsTheProcessorsErrorsWithFileAndLine() throws Exception {
    write("com/example/shop/Author.java", AUTHOR);
    write("com/example/shop/Book.java", BOOK.replace("\"title\", \"author\"", "\"titel\", \"author\""));

    assertThatThrownBy(() -> new IrPass().run(request(Map.of())))
        .isInstanceOf(IrException.class)
        .hasMessageContaining("1 problem(s) in the annotated entities")
        .hasMessageContaining("Book.java:[9,")
        .hasMessageContaining("[armature:unknown-field]")
        .hasMessageContaining("titel");
  }

  @Test
  void otherCompilerErrorsDoNotStopTheIr() throws Exception {
    write("com/example/shop/Author.java", AUTHOR);
    // a class the real compile's processors would generate: not there in this pass
    write("com/example/shop/Report.java", """
        package com.example.shop;
        class Report { com.example.shop.api.AuthorResponse latest; }
        """);

    assertThat(new IrPass().run(request(Map.of())).model().entities()).hasSize(1);
  }

  @Test
  void sourcesThatDoNotParseFailWhenNoIrCameOut() throws Exception {
    write("com/example/shop/Author.java", "package com.example.shop; class Author {");

    assertThatThrownBy(() -> new IrPass().run(request(Map.of())))
        .isInstanceOf(IrException.class)
        .hasMessageContaining("could not read the sources")
        .hasMessageContaining("Author.java:[1,");
  }

  @Test
  void aProjectWithoutResourcesHasAnEmptyModel() throws Exception {
    write("com/example/shop/Plain.java", "package com.example.shop; class Plain {}");

    IrPass.Result result = new IrPass().run(request(Map.of()));

    assertThat(result.model().entities()).isEmpty();
    assertThat(result.modelJson()).isEmpty();
  }

  @Test
  void leavesOutTheProcessorsEarlierOutput() throws Exception {
    write("com/example/shop/Author.java", AUTHOR);
    Path stale = project.resolve("target/generated-sources/annotations/com/example/shop/api/Broken.java");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "this is not java");

    IrRequest request = request(Map.of());
    IrRequest withGenerated = new IrRequest(List.of(project.resolve("src/main/java"),
        project.resolve("target/generated-sources/annotations")), request.excludedRoots(), request.classpath(),
        request.processorOptions(), request.encoding(), request.workDirectory());

    assertThat(new IrPass().run(withGenerated).model().entities()).hasSize(1);
  }

  private static final String LOMBOK_TASK = """
      package com.example.shop;

      import dev.armature.annotations.ApiResource;
      import jakarta.persistence.*;
      import lombok.Getter;
      import lombok.Setter;

      @Entity
      @ApiResource
      @Getter
      @Setter
      public class Task {
        @Id @GeneratedValue private Long id;
        private String summary;
      }
      """;

  @Test
  void runsLombokFirstWhenTheProjectListsItBeforeArmature() throws Exception {
    write("com/example/shop/Task.java", LOMBOK_TASK);
    Path lombok = classpath().stream().filter(p -> p.getFileName().toString().startsWith("lombok-")).findFirst()
        .orElseThrow();
    IrRequest plain = request(Map.of());
    IrRequest withLombok = new IrRequest(plain.sourceRoots(), plain.excludedRoots(), plain.classpath(),
        plain.processorOptions(), plain.encoding(), plain.workDirectory(), List.of(lombok));

    DomainModel model = new IrPass().run(withLombok).model();

    assertThat(model.entity("com.example.shop.Task").orElseThrow().properties())
        .extracting(p -> p.access().getter().orElse("field")).containsExactly("getSummary");
    // Armature alone foresees Lombok's accessors from its annotations; with Lombok run, the same model
    assertThat(new IrPass().run(plain).model()).isEqualTo(model);
  }

  @Test
  void loadsOnlyTheProcessorsOfTheGivenJars() throws Exception {
    Path lombok = classpath().stream().filter(p -> p.getFileName().toString().startsWith("lombok-")).findFirst()
        .orElseThrow();
    var javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    try (var fm = javac.getStandardFileManager(null, null, null);
         EarlierProcessors earlier = EarlierProcessors.load(fm, List.of(lombok))) {
      // Lombok's two; not Armature's, which the test class path also offers to the loader's parent
      assertThat(earlier.processors()).extracting(p -> p.getClass().getName())
          .containsExactlyInAnyOrder("lombok.launch.AnnotationProcessorHider$AnnotationProcessor",
              "lombok.launch.AnnotationProcessorHider$ClaimingProcessor");
    }
  }

  private static List<Path> classpath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
  }

  private IrRequest request(Map<String, String> options) {
    List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of).toList();
    return new IrRequest(List.of(project.resolve("src/main/java")),
        List.of(project.resolve("target/generated-sources/annotations")), classpath, options, "UTF-8",
        project.resolve("target/armature/ir"));
  }

  private void write(String path, String content) throws IOException {
    Path file = project.resolve("src/main/java").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
