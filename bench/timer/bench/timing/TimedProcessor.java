package bench.timing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Measures an annotation processor's own time inside a real javac run: delegates every call to the
 * processor named by {@code -Abench.delegate=...} and adds up the wall time spent in its constructor,
 * {@code init} and every {@code process} round (which includes the files it writes through the Filer),
 * both as wall-clock time and as CPU time of the compiling thread (less disturbed by other work on a
 * shared machine; JIT and GC threads are not in it). After the last round it appends
 * {@code <wall nanoseconds> <rounds> <cpu nanoseconds>} to the file named by
 * {@code -Abench.timingFile=...}. javac's own parsing and compiling of what the processor wrote is not
 * in the figure; that is what the with/without comparison of bench/run.sh measures.
 */
public final class TimedProcessor implements Processor {

  private Processor delegate;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long nanos;
  private long cpuNanos;
  private int rounds;
  private String timingFile;

  @Override
  public void init(ProcessingEnvironment env) {
    String name = env.getOptions().get("bench.delegate");
    timingFile = env.getOptions().get("bench.timingFile");
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    try {
      delegate = (Processor) Class.forName(name, true, getClass().getClassLoader())
          .getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot load -Abench.delegate=" + name, e);
    }
    delegate.init(env);
    nanos += System.nanoTime() - start;
    cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    boolean claimed = delegate.process(annotations, round);
    nanos += System.nanoTime() - start;
    cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
    rounds++;
    if (round.processingOver() && timingFile != null) {
      try {
        Files.writeString(Path.of(timingFile), nanos + " " + rounds + " " + cpuNanos + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return claimed;
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new HashSet<>(Set.of("bench.delegate", "bench.timingFile"));
    if (delegate != null) {
      options.addAll(delegate.getSupportedOptions());
    }
    return options;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
