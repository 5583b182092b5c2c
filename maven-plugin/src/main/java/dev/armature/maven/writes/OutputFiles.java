package dev.armature.maven.writes;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.ProjectFiles;
import dev.armature.maven.spi.ProjectFiles.WriteOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every write Armature makes into the output directory, by the rules of {@code .armature/manifest.json}.
 * SKELETON: the contract is fixed; the bodies are being written.
 */
public final class OutputFiles {

  private OutputFiles() {}

  /**
   * Opens the output directory: reads {@code .armature/manifest.json} if it exists.
   *
   * @param outputDirectory the folder files go to
   * @param notices receives one whole sentence per thing the person should know (an edited file kept, a
   *     deleted file not restored), to be logged as a warning
   * @throws IOException when the manifest exists but cannot be read (the message names the file)
   */
  public static OutputFiles open(Path outputDirectory, Consumer<String> notices) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /** Writes one generator's file by the manifest's rules. */
  public WriteOutcome writeGenerated(GeneratedFile file, String generator) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /** The view a hook writes through: its writes are recorded in the manifest under the hook's name. */
  public ProjectFiles forHook(String hook) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Removes files that {@code generators} wrote on an earlier run and no longer make (not in {@code made});
   * a file the person edited is kept and only dropped from the manifest.
   */
  public void removeStale(Set<String> made, Set<String> generators) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /** Writes the manifest when its bytes changed. */
  public void save() throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /** One line for the build log, e.g. {@code "2 files written, 5 unchanged, 1 kept (edited)"}. */
  public String summary() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Path → SHA-256 (or {@code "missing"}) of every file the manifest lists, as they are on disk now. */
  public Map<String, String> diskState() throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /** The same for any set of paths under a folder. */
  public static Map<String, String> diskState(Path outputDirectory, Set<String> paths) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }
}
