package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.compile;
import static dev.armature.processor.diagnostics.Sources.javac;
import static dev.armature.processor.diagnostics.Sources.messages;
import static dev.armature.processor.diagnostics.Sources.sourceIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
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

/**
 * Every generated name, shared or per resource, against the project's types (issue 9): a clash is
 * {@code name-taken} on the type to rename, never {@code stale-generated}, which only a previous build's
 * own output is (a clean build cannot help otherwise).
 */
class NameDiagnosticsTest {

  private static JavaFileObject item() {
    return sourceIn("com.example", "Item",
        "@Entity @ApiResource",                           // 2
        "public class Item {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
  }

  @Test
  void anEntityWhoseControllerIsTheSharedBaseClass() {
    JavaFileObject resource = sourceIn("com.example", "Resource",
        "@Entity @ApiResource",                           // 2
        "public class Resource {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "}");
    Compilation compilation = compile(resource, item());
    assertThat(compilation).hadErrorContaining("[armature:name-taken] Armature generates com.example.api.ResourceController "
            + "for Resource, but it generates a shared class of that name for all resources too; rename the entity")
        .inFile(resource).onLine(2).atColumn(9);
    assertThat(compilation).hadErrorCount(1);
    assertThat(messages(compilation, Diagnostic.Kind.ERROR)).noneMatch(m -> m.contains("stale-generated"));
  }

  @Test
  void aProjectClassWithTheNameOfASharedClass() {
    JavaFileObject page = sourceIn("com.example.api", "PageResponse",
        "public class PageResponse {",                    // 2
        "}");
    Compilation compilation = compile(item(), page);
    assertThat(compilation).hadErrorContaining("[armature:name-taken] Armature generates com.example.api.PageResponse for every "
            + "resource, but the project already has a type of that name; rename yours or set -Aarmature.package")
        .inFile(page).onLine(2).atColumn(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aTypeAnotherToolGeneratedIsTheProjectsToo() {
    JavaFileObject other = sourceIn("com.example.api", "ItemController",
        "@javax.annotation.processing.Generated(\"com.example.tools.Generator\")",
        "public class ItemController {",                  // 3
        "}");
    Compilation compilation = compile(item(), other);
    assertThat(compilation).hadErrorContaining("[armature:name-taken] Armature generates com.example.api.ItemController for Item, "
            + "but the project already has a type of that name")
        .inFile(other).onLine(3);
    assertThat(compilation).hadErrorCount(1);
  }

  /** The Filer refuses a name another processor wrote earlier in the compilation: not a stale build either. */
  @Test
  void aTypeAnotherProcessorGeneratesInTheSameRound() {
    JavaFileObject item = item();
    Compilation compilation = javac().withProcessors(new GeneratesAController(), new ArmatureProcessor()).compile(item);
    assertThat(compilation).hadErrorContaining("[armature:name-taken] Armature generates com.example.api.ItemController, "
            + "but the compiler refused to create it (Attempt to recreate a file for type com.example.api.ItemController): "
            + "another annotation processor has generated a type of that name; rename that type or set -Aarmature.package")
        .inFile(item).onLine(3);
    assertThat(compilation).hadErrorCount(1);
  }

  /** Stands for another annotation processor that writes a class of a name Armature generates. */
  static final class GeneratesAController extends AbstractProcessor {
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
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile("com.example.api.ItemController").openWriter()) {
          w.write("package com.example.api;\npublic class ItemController {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
