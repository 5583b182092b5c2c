package bench.timing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The processor's own time once the JVM is warm: runs the same {@code -proc:only} compilation N times in
 * one JVM, with {@link TimedProcessor} (and the processor it delegates to) on this JVM's class path, so
 * that its classes are loaded once and JIT-compiled as they get hot. The last runs show the work itself;
 * the first one, what a cold compiler adds (class loading, interpreting, JIT). A supplement to run.sh,
 * which measures cold compilers only, as builds run them.
 *
 * <p>Usage: {@code java -cp bench/work/timer:PROCESSOR_JAR:ANNOTATIONS_JAR bench.timing.WarmRuns
 * OPTIONS_FILE SOURCES_FILE RUNS}, with the options and sources files run.sh writes for a size
 * ({@code bench/work/n200/with.options}, {@code entities.txt}); {@code -processorpath}, {@code -processor},
 * {@code -d} and {@code -s} in it are replaced. Each run appends a line to the {@code -Abench.timingFile}.
 */
public final class WarmRuns {
  private WarmRuns() {}

  public static void main(String[] args) throws Exception {
    List<String> options = Files.readAllLines(Path.of(args[0]));
    List<String> sources = Files.readAllLines(Path.of(args[1]));
    int runs = Integer.parseInt(args[2]);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      for (int run = 1; run <= runs; run++) {
        Path out = Files.createTempDirectory("warm-runs");
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
          String option = options.get(i);
          if (option.equals("-processorpath") || option.equals("-processor")) {
            i++;
          } else if (option.equals("-d") || option.equals("-s")) {
            Path dir = Files.createDirectories(out.resolve(option.substring(1)));
            arguments.add(option);
            arguments.add(dir.toString());
            i++;
          } else if (!option.startsWith("-proc:")) {
            arguments.add(option);
          }
        }
        arguments.add("-proc:only");
        JavaCompiler.CompilationTask task = javac.getTask(null, files, null, arguments, null,
            files.getJavaFileObjectsFromStrings(sources));
        task.setProcessors(List.<Processor>of(new TimedProcessor()));
        long start = System.nanoTime();
        boolean ok = task.call();
        System.out.printf("run %d: %s, javac %.2f s%n", run, ok ? "ok" : "FAILED", (System.nanoTime() - start) / 1e9);
      }
    }
  }
}
