package dev.armature.maven.ir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the IR pass compiles.
 *
 * @param sourceRoots the project's compile source roots (those that exist are read)
 * @param excludedRoots folders under the source roots to leave out, e.g. the processor's own output of
 *     an earlier compile ({@code target/generated-sources/annotations})
 * @param classpath the project's compile class path
 * @param processorOptions {@code armature.*} options the project gives the processor ({@code -A} compiler
 *     arguments), so this pass builds the same IR as the compile
 * @param encoding the source encoding ({@code project.build.sourceEncoding}), e.g. {@code UTF-8}
 * @param workDirectory a folder of the plugin's under {@code target/} for the pass's output
 * @param processorPath jars of annotation processors that must run before Armature's in the same pass,
 *     because they complete the entities Armature reads (Lombok's accessors); empty for most projects
 */
public record IrRequest(
    List<Path> sourceRoots,
    List<Path> excludedRoots,
    List<Path> classpath,
    Map<String, String> processorOptions,
    String encoding,
    Path workDirectory,
    List<Path> processorPath) {

  public IrRequest {
    sourceRoots = List.copyOf(sourceRoots);
    excludedRoots = List.copyOf(excludedRoots);
    classpath = List.copyOf(classpath);
    processorOptions = java.util.Collections.unmodifiableMap(new TreeMap<>(processorOptions));
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(workDirectory, "workDirectory");
    processorPath = List.copyOf(processorPath);
  }

  /** A pass with Armature's processor alone. */
  public IrRequest(List<Path> sourceRoots, List<Path> excludedRoots, List<Path> classpath,
      Map<String, String> processorOptions, String encoding, Path workDirectory) {
    this(sourceRoots, excludedRoots, classpath, processorOptions, encoding, workDirectory, List.of());
  }
}
