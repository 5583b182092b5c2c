package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.JavaFile;
import dev.armature.processor.model.DomainModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Emits a model, compiles it with the fixture's entities (no processor) and loads the classes. */
final class CompiledCode {
  final List<JavaFile> files;
  final Compilation compilation;

  private CompiledCode(List<JavaFile> files, Compilation compilation) {
    this.files = files;
    this.compilation = compilation;
  }

  static CompiledCode compile(DomainModel model) {
    List<JavaFile> files = new JavaEmitters().emit(model);
    List<JavaFileObject> sources = new ArrayList<>(EmitFixture.entitySources());
    files.forEach(f -> sources.add(f.toJavaFileObject()));
    Compilation compilation = Compiler.javac()
        .withOptions("-proc:none", "-Xlint:all", "-Xlint:-processing", "-Xlint:-classfile", "-Xlint:-serial", "-parameters")
        .compile(sources);
    return new CompiledCode(files, compilation);
  }

  /** Runs the real processor on these entity sources (scan, IR, emit) and compiles what it generates with them. */
  static CompiledCode process(List<JavaFileObject> entities) {
    Compilation compilation = Compiler.javac()
        .withProcessors(new dev.armature.processor.ArmatureProcessor())
        .withOptions("-parameters")
        .compile(entities);
    return new CompiledCode(List.of(), compilation);
  }

  /** A class loader of the compiled classes, delegating everything else (Spring, Jackson) to the test's. */
  ClassLoader classLoader() {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("/com/") + 1, path.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertWithMessage("compiled classes").that(classes).isNotEmpty();
    return new ClassLoader(CompiledCode.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
