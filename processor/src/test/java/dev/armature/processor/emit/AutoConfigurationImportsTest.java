package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.armature.processor.ArmatureProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated security classes are auto-configurations only if Boot finds them in
 * {@code AutoConfiguration.imports}; a project's own list, already in the class output, must survive.
 */
class AutoConfigurationImportsTest {
  private static final String PATH = SecurityAutoConfigurations.IMPORTS;
  private static final String OURS = "com.example.api.ArmatureAdminAccountConfiguration\n"
      + "com.example.api.ArmatureSecurityConfiguration\n";

  private static JavaFileObject owner() {
    return JavaFileObjects.forSourceLines("com.example.Owner",
        "package com.example; import dev.armature.annotations.*; import jakarta.persistence.*;",
        "@Entity @ApiResource public class Owner {",
        "  @Id @GeneratedValue public Long id; @Version public Long version; public String name; }");
  }

  @Test
  void withSpringSecurityBothClassesAreListed() throws IOException {
    Compilation compilation = Compiler.javac().withProcessors(new ArmatureProcessor()).compile(owner());

    assertThat(compilation).succeeded();
    String imports = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", PATH).orElseThrow()
        .getCharContent(true).toString();
    assertThat(imports).isEqualTo(OURS);
  }

  @Test
  void withoutSpringSecurityThereIsNoList() {
    List<File> classpath = withoutJars("spring-security-config-");
    Compilation compilation = Compiler.javac().withProcessors(new ArmatureProcessor()).withClasspath(classpath)
        .compile(owner());

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", PATH).isPresent()).isFalse();
  }

  @Test
  void aProjectsOwnListIsKeptAndOurLinesAreNotRepeated(@TempDir Path dir) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path list = classes.resolve(PATH);
    Files.createDirectories(list.getParent());
    // the project's own auto-configuration, and our lines from an earlier build
    Files.writeString(list, "com.example.boot.ProjectAutoConfiguration\n" + OURS, StandardCharsets.UTF_8);
    Path source = dir.resolve("Owner.java");
    Files.writeString(source, owner().getCharContent(true).toString(), StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(Files.createDirectories(dir.resolve("gen"))));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-classpath", System.getProperty("java.class.path"), "-proc:only"), null,
          files.getJavaFileObjects(source));
      task.setProcessors(List.of(new ArmatureProcessor()));
      assertThat(task.call()).isTrue();
    }

    assertThat(Files.readString(list, StandardCharsets.UTF_8))
        .isEqualTo("com.example.boot.ProjectAutoConfiguration\n" + OURS);
  }

  private static List<File> withoutJars(String prefix) {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new).filter(f -> !f.getName().startsWith(prefix)).toList();
  }
}
