package bench.timing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of "what a processor adds to compiling what it generates": writes, in the first round,
 * exactly the Java sources found under {@code -Abench.replayDir=...} (what Armature generated for the
 * same entities) and does nothing else. javac then pays what it pays for any processor that generates
 * these files: a second round that enters every new compilation unit, and the final round. No processor
 * generating the same sources can add less than javac with this one adds over {@code -proc:none}.
 * It answers to the same annotation as Armature, so javac calls it in the same rounds.
 */
public final class ReplayProcessor extends AbstractProcessor {
  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.armature.annotations.ApiResource");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("bench.replayDir");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || round.processingOver()) {
      return false;
    }
    written = true;
    Path root = Path.of(processingEnv.getOptions().get("bench.replayDir"));
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      for (Path source : sources) {
        String relative = root.relativize(source).toString();
        String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        try (Writer w = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          w.write(Files.readString(source, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
