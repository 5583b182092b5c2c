package dev.armature.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.armature.processor.emit.JavaEmitters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exception in one resource's emitter (a bug of Armature's, so injected here through the emitters'
 * test seam) is an {@code [armature:internal]} error on that entity, with the frames that say where it
 * broke, and the other resources' files are still generated (CONVENTIONS 6).
 */
class EmitterFailureTest {
  private static final String HEADER = "package com.example; import jakarta.persistence.*; import dev.armature.annotations.*;";

  private static JavaFileObject entity(String name) {
    return JavaFileObjects.forSourceLines("com.example." + name, HEADER,
        "@Entity @ApiResource",
        "public class " + name + " {",                    // 3: on the class, like any diagnostic without an annotation
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
  }

  @Test
  void aFailingEmitterIsReportedOnItsEntityAndTheOthersAreGenerated(@TempDir Path generated) throws IOException {
    JavaFileObject book = entity("Book");
    JavaEmitters failing = new JavaEmitters(e -> {
      if (e.simpleName().equals("Book")) {
        throw new IllegalStateException("boom");
      }
    });
    Compilation compilation = Compiler.javac().withProcessors(new ArmatureProcessor(failing))
        .compile(entity("Author"), book);

    assertThat(compilation).hadErrorContaining("[armature:internal] Armature failed on com.example.api.BookController: "
            + "java.lang.IllegalStateException: boom at dev.armature.processor.EmitterFailureTest.")
        .inFile(book).onLine(3).atColumn(8);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    String error = compilation.errors().get(0).getMessage(null);
    assertThat(error).contains(", dev.armature.processor.emit.JavaEmitters");

    // compile-testing hides the files of a failed compilation: the same run through javac's own API
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(generated));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, d -> {}, List.of("-proc:only"), null,
          List.of(entity("Author"), entity("Book")));
      task.setProcessors(List.of(new ArmatureProcessor(failing)));
      assertThat(task.call()).isFalse();
    }
    Path api = generated.resolve("com/example/api");
    assertThat(api.resolve("AuthorController.java")).exists();
    assertThat(api.resolve("AuthorRepository.java")).exists();
    assertThat(api.resolve("ResourceOperations.java")).exists();
    assertThat(api.resolve("BookController.java")).doesNotExist();
    assertThat(api.resolve("BookRepository.java")).doesNotExist();
    assertThat(generated.resolve("META-INF/armature/model.json")).exists();
  }
}
