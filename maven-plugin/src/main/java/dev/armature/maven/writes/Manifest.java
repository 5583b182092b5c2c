package dev.armature.maven.writes;

import dev.armature.maven.writes.ManifestEntry.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code .armature/manifest.json}: every file Armature wrote into the output directory and who wrote it.
 * A team commits it, so that every clone agrees on which files a person has edited since. Its shape (each
 * entry is written over several lines):
 *
 * <pre>{@code
 * {
 *   "armatureManifestVersion": 1,
 *   "files": {
 *     ".env": { "hook": "secrets", "kind": "secret" },
 *     ".gitignore": { "hook": "gitignore", "kind": "merged" },
 *     "Dockerfile": { "generator": "docker", "kind": "written", "sha256": "9f86d0…" }
 *   }
 * }
 * }</pre>
 *
 * Keys sorted, two-space indent, {@code "\n"} line ends, a trailing newline; no timestamps and no absolute
 * paths, so the same state gives the same bytes on every machine and the file only changes in a diff when
 * what it records changes.
 */
final class Manifest {
  /** Where the manifest lives, relative to the output directory. */
  static final String PATH = ".armature/manifest.json";
  /** The value of {@code armatureManifestVersion}; bumped on any change a reader of version 1 would misread. */
  static final int VERSION = 1;

  private final SortedMap<String, ManifestEntry> entries;

  Manifest(SortedMap<String, ManifestEntry> entries) {
    this.entries = new TreeMap<>(entries);
  }

  static Manifest empty() {
    return new Manifest(new TreeMap<>());
  }

  /**
   * The manifest under {@code outputDirectory}, or an empty one when there is none yet.
   *
   * @throws IOException when it exists but cannot be read or understood; never an empty manifest then,
   *     because that would make every file look like Armature's to overwrite
   */
  static Manifest read(Path outputDirectory) throws IOException {
    Path file = outputDirectory.resolve(PATH);
    if (!Files.exists(file)) {
      return empty();
    }
    return ManifestJson.parse(Files.readAllBytes(file), file);
  }

  Optional<ManifestEntry> get(String path) {
    return Optional.ofNullable(entries.get(path));
  }

  void put(String path, ManifestEntry entry) {
    entries.put(path, entry);
  }

  void remove(String path) {
    entries.remove(path);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Every entry, by path. */
  SortedMap<String, ManifestEntry> entries() {
    return Collections.unmodifiableSortedMap(entries);
  }

  /** The paths listed as secrets: never hashed, anywhere. */
  SortedSet<String> secrets() {
    SortedSet<String> secrets = new TreeSet<>();
    entries.forEach((path, entry) -> {
      if (entry.kind() == Kind.SECRET) {
        secrets.add(path);
      }
    });
    return secrets;
  }

  byte[] toBytes() {
    return ManifestJson.format(entries);
  }
}
