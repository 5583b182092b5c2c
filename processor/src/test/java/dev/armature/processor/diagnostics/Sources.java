package dev.armature.processor.diagnostics;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.armature.processor.ArmatureProcessor;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Builds test sources with a fixed one-line header, so the first line a test writes is line 2 of the
 * file and every line number in an assertion can be read off the test (each test marks them with a
 * trailing {@code // n}).
 */
final class Sources {
  /** Line 1 of every source after the package: the imports every entity needs. */
  static final String IMPORTS = "import dev.armature.annotations.*; import jakarta.persistence.*; "
      + "import jakarta.validation.constraints.*; import java.math.*; import java.time.*; import java.util.*;";

  static final String PACKAGE = "com.example.library";

  private Sources() {}

  /** {@code com.example.library.<simpleName>}: line 1 is the header, {@code lines[0]} is line 2. */
  static JavaFileObject source(String simpleName, String... lines) {
    return sourceIn(PACKAGE, simpleName, lines);
  }

  /** A source in another package, with the same one-line header. */
  static JavaFileObject sourceIn(String pkg, String simpleName, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package " + pkg + "; " + IMPORTS);
    all.addAll(Arrays.asList(lines));
    return JavaFileObjects.forSourceLines(pkg + "." + simpleName, all);
  }

  /** A minimal valid resource (with {@code @Version}, so it draws no warning) other tests can add. */
  static JavaFileObject author() {
    return source("Author",
        "@Entity @ApiResource",
        "public class Author {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String name;",
        "}");
  }

  static Compiler javac() {
    return Compiler.javac().withProcessors(new ArmatureProcessor());
  }

  /** Lombok's processor first, as in a real build, so the code Armature generates finds the accessors it makes. */
  static Compiler javacWithLombok() {
    try {
      javax.annotation.processing.Processor lombok = (javax.annotation.processing.Processor)
          Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor").getDeclaredConstructor().newInstance();
      return Compiler.javac().withProcessors(lombok, new ArmatureProcessor());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("lombok is on the test class path", e);
    }
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().compile(sources);
  }

  /** The 1-based column at which {@code token} starts in {@code line}, for {@code atColumn}. */
  static int columnOf(String line, String token) {
    int at = line.indexOf(token);
    if (at < 0) {
      throw new IllegalArgumentException(token + " is not in " + line);
    }
    return at + 1;
  }

  /** The messages of all diagnostics of this kind, for assertions that something is absent. */
  static List<String> messages(Compilation compilation, javax.tools.Diagnostic.Kind kind) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(java.util.Locale.ROOT)).toList();
  }

  /**
   * The test class path without the jars whose file names start with one of these prefixes (e.g.
   * {@code "spring-webmvc-"}), to compile a project that lacks a dependency.
   */
  static List<File> classpathWithout(String... jarPrefixes) {
    List<File> kept = new ArrayList<>();
    int removed = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      File file = new File(entry);
      if (Arrays.stream(jarPrefixes).anyMatch(p -> file.getName().startsWith(p))) {
        removed++;
      } else {
        kept.add(file);
      }
    }
    if (removed != jarPrefixes.length) {
      throw new IllegalStateException("expected to remove " + Arrays.toString(jarPrefixes)
          + " from the test class path, removed " + removed + " entries: " + System.getProperty("java.class.path"));
    }
    return kept;
  }
}
