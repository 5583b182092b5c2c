package dev.armature.maven.ir;

import dev.armature.processor.ArmatureProcessor;
import dev.armature.processor.model.DomainModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs {@link ArmatureProcessor} over the project's sources with {@code -proc:only} and
 * {@code -Aarmature.irOnly=true}: javac parses and enters the sources, the processor builds the IR and
 * writes {@code model.json}, and nothing else is produced (no class files, no Java). The same processor,
 * options and class path as the compile, so this is the same IR the compile will build.
 *
 * <p>The processor's own mistakes ({@code [armature:...]} errors: an unknown surface, a missing
 * {@code @Id}, ...) fail the pass with every one listed at its file and line. Other compiler errors are
 * the compile's business (they often name classes that only a processor of the real compile generates),
 * so they only count when no IR came out at all.
 */
public final class IrPass {
  /** Where {@code model.json} lands in the work directory, as the processor writes it. */
  static final String MODEL_JSON = "META-INF/armature/model.json";
  private static final int MAX_LISTED = 20;

  /** The IR, the file it was read from (absent when the sources have no {@code @ApiResource}) and the compiler's warnings. */
  public record Result(DomainModel model, java.util.Optional<Path> modelJson, List<String> warnings) {}

  public Result run(IrRequest request) throws IrException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IrException("armature:generate needs a JDK (javax.tools compiler), but Maven runs on a JRE ("
          + System.getProperty("java.home") + "); point JAVA_HOME at a JDK 17 or newer");
    }
    Path classes = request.workDirectory().resolve("classes");
    Path sources = request.workDirectory().resolve("sources");
    List<Path> files;
    try {
      deleteRecursively(request.workDirectory());
      Files.createDirectories(classes);
      Files.createDirectories(sources);
      files = SourceFiles.of(request);
    } catch (IOException e) {
      throw new IrException("cannot prepare " + request.workDirectory() + ": " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      return new Result(EmptyModel.of(), java.util.Optional.empty(), List.of());
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    ArmatureProcessor armature = new ArmatureProcessor();
    Charset charset = Charset.forName(request.encoding());
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, charset);
         EarlierProcessors earlier = EarlierProcessors.load(fm, request.processorPath())) {
      List<String> options = options(request, classes, sources);
      StringWriter out = new StringWriter();
      JavaCompiler.CompilationTask task = javac.getTask(out, fm, diagnostics, options, null,
          fm.getJavaFileObjectsFromPaths(files));
      List<javax.annotation.processing.Processor> processors = new ArrayList<>(earlier.processors());
      processors.add(armature);
      task.setProcessors(processors);
      task.setLocale(Locale.ROOT);
      task.call();
    } catch (IOException | RuntimeException e) {
      throw new IrException("the IR pass of the compiler failed: " + e, e);
    }
    List<String> armatureErrors = new ArrayList<>();
    List<String> otherErrors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String text = DiagnosticText.of(d);
      boolean ours = d.getMessage(Locale.ROOT).startsWith("[armature:");
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        (ours ? armatureErrors : otherErrors).add(text);
      } else if (ours && (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)) {
        warnings.add(text);
      }
    }
    if (!armatureErrors.isEmpty()) {
      throw new IrException(listing(armatureErrors.size() + " problem(s) in the annotated entities; fix them and build again:",
          armatureErrors));
    }
    Path json = classes.resolve(MODEL_JSON);
    if (!Files.isRegularFile(json)) {
      if (!otherErrors.isEmpty()) {
        throw new IrException(listing("the compiler could not read the sources, so there is no IR ("
            + otherErrors.size() + " error(s)):", otherErrors));
      }
      return new Result(EmptyModel.of(), java.util.Optional.empty(), warnings);
    }
    if (armature.model().isPresent()) {
      // the model it wrote, without reading model.json back (a cold jackson-databind costs 0.3-0.9 s)
      return new Result(DetachedModel.of(armature.model().get()), java.util.Optional.of(json), warnings);
    }
    try {
      return new Result(new ModelJsonReader().read(json), java.util.Optional.of(json), warnings);
    } catch (IOException | RuntimeException e) {
      throw new IrException("cannot read the IR the processor wrote (" + json + "): " + e.getMessage(), e);
    }
  }

  private static List<String> options(IrRequest request, Path classes, Path sources) {
    List<String> options = new ArrayList<>(List.of(
        "-proc:only", "-implicit:none", "-nowarn", "-Xlint:none",
        "-d", classes.toString(), "-s", sources.toString(),
        "-encoding", request.encoding(),
        "-classpath", String.join(java.io.File.pathSeparator, request.classpath().stream().map(Path::toString).toList())));
    for (Map.Entry<String, String> option : request.processorOptions().entrySet()) {
      if (!option.getKey().equals(ArmatureProcessor.OPTION_IR_ONLY)) {
        options.add("-A" + option.getKey() + "=" + option.getValue());
      }
    }
    options.add("-A" + ArmatureProcessor.OPTION_IR_ONLY + "=true");
    return options;
  }

  private static String listing(String headline, List<String> lines) {
    StringBuilder b = new StringBuilder(headline);
    lines.stream().limit(MAX_LISTED).forEach(l -> b.append("\n  ").append(l));
    if (lines.size() > MAX_LISTED) {
      b.append("\n  ... and ").append(lines.size() - MAX_LISTED).append(" more");
    }
    return b.toString();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
