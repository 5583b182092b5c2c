package dev.armature.maven.writes;

import dev.armature.maven.spi.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How files are on disk now, as the engine keeps it in {@code target/armature/state.json} to tell whether
 * the next run has anything to do. A secret is only ever {@value #PRESENT} or {@value #MISSING}: its hash
 * must not end up in any file.
 */
final class DiskState {
  static final String MISSING = "missing";
  static final String PRESENT = "present";
  /** Neither a regular file nor missing (a folder where a file belongs): never equal to a remembered hash. */
  static final String NOT_A_FILE = "not-a-file";
  /** A key that is no path Armature writes (a damaged state file): never equal to a remembered value. */
  static final String INVALID = "invalid";

  private DiskState() {}

  static SortedMap<String, String> of(Path outputDirectory, Collection<String> paths, Set<String> secrets)
      throws IOException {
    SortedMap<String, String> state = new TreeMap<>();
    for (String path : paths) {
      state.put(path, stateOf(outputDirectory, path, secrets.contains(path)));
    }
    return state;
  }

  private static String stateOf(Path outputDirectory, String path, boolean secret) throws IOException {
    if (!path.equals(Manifest.PATH)) {
      try {
        GeneratedFile.checkedPath(path);
      } catch (IllegalArgumentException e) {
        return INVALID;
      }
    }
    Path file = outputDirectory.resolve(path);
    if (secret) {
      return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? PRESENT : MISSING;
    }
    if (!Files.exists(file)) {
      return MISSING;
    }
    return Files.isRegularFile(file) ? Hashes.sha256(Files.readAllBytes(file)) : NOT_A_FILE;
  }
}
