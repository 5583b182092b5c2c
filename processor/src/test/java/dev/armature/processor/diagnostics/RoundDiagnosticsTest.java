package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.javac;
import static dev.armature.processor.diagnostics.Sources.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A resource whose field type another processor generates in round 1 is deferred to round 2, and the
 * complete ones wait with it (review appendix C): their warnings are printed once, and the deferred one
 * still finds the project's repository, which was a root element of round 1 only.
 */
class RoundDiagnosticsTest {

  private static JavaFileObject shelf() {
    return source("Shelf",
        "@Entity @ApiResource",                           // 2
        "public class Shelf {",
        "  @Id @GeneratedValue public Long id;",
        "}");
  }

  private static JavaFileObject item() {
    return source("Item",
        "@Entity @ApiResource",
        "public class Item {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public Colour colour;",                        // Colour is generated in round 1
        "}");
  }

  @Test
  void aWarningIsPrintedOnceWhenAnotherResourceIsDeferred() {
    JavaFileObject shelf = shelf();
    Compilation compilation = javac().withProcessors(new GeneratesColour(), new ArmatureProcessor()).compile(shelf, item());
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[armature:no-version] Shelf has no @Version property")
        .inFile(shelf).onLine(2).atColumn(9);
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).generatedSourceFile("com.example.library.api.ItemController").isNotNull();
  }

  @Test
  void aDeferredResourceReusesTheProjectsRepository() {
    JavaFileObject repository = source("ItemRepository",
        "public interface ItemRepository extends org.springframework.data.jpa.repository.JpaRepository<Item, Long> {}");
    Compilation compilation = javac().withProcessors(new GeneratesColour(), new ArmatureProcessor())
        .compile(item(), repository);
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.generatedSourceFile("com.example.library.api.ItemRepository").isEmpty(),
        "no second repository of Item");
    assertTrue(compilation.generatedSourceFile("com.example.library.api.ItemController").isPresent());
  }

  /** Stands for another annotation processor (e.g. a code generator) that writes a type in round 1. */
  static final class GeneratesColour extends AbstractProcessor {
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
        try (Writer w = processingEnv.getFiler().createSourceFile("com.example.library.Colour").openWriter()) {
          w.write("package com.example.library;\npublic enum Colour { RED, GREEN }\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
