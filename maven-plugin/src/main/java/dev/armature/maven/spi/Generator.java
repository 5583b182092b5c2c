package dev.armature.maven.spi;

import java.util.List;

/**
 * Makes infrastructure files from the IR, e.g. {@code docs/API.md}.
 *
 * <p>A generator is pure: the same {@link GeneratorContext} gives the same files, byte for byte, on any
 * machine (no timestamps, no absolute paths, anything from a set sorted, {@code \n} line ends). It does not
 * write: the plugin writes what it returns through the manifest, so a file a person edited is never
 * overwritten. Generators run in parallel, so an implementation keeps no mutable state.
 *
 * <p>Register it in {@code META-INF/services/dev.armature.maven.spi.Generator} (or with AutoService).
 */
public interface Generator {

  /** The name used in {@code <generators>} and {@code <excludeGenerators>}: lower-case words joined by {@code -}. */
  String name();

  /** One line for the person reading the build log or {@code armature:help}. */
  String description();

  /**
   * The files to write, paths relative to the output directory.
   *
   * @throws Exception to fail the build with the generator's name and this exception's message
   */
  List<GeneratedFile> generate(GeneratorContext context) throws Exception;
}
