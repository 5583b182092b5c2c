package dev.armature.maven.writes;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.ProjectFiles.WriteOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A project folder in a test, and runs of {@link OutputFiles} on it the way the engine drives them. */
final class ProjectFolder {
  final Path dir;

  ProjectFolder(Path dir) {
    this.dir = dir;
  }

  /** What one run did. */
  record Run(Map<String, WriteOutcome> outcomes, List<String> notices, String summary, Map<String, String> state) {
    WriteOutcome outcome(String path) {
      return outcomes.get(path);
    }
  }

  /** One {@code generate}: the generator makes exactly {@code files} (in this order), then stale files go. */
  Run generate(String generator, Map<String, String> files) throws IOException {
    List<String> notices = new ArrayList<>();
    OutputFiles out = OutputFiles.open(dir, notices::add);
    Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      outcomes.put(f.getKey(), out.writeGenerated(GeneratedFile.text(f.getKey(), f.getValue()), generator));
    }
    out.removeStale(files.keySet(), Set.of(generator));
    out.save();
    return new Run(outcomes, notices, out.summary(), out.diskState());
  }

  Run generate(String generator, String path, String text) throws IOException {
    return generate(generator, Map.of(path, text));
  }

  void put(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  String text(String path) throws IOException {
    return Files.readString(dir.resolve(path));
  }

  boolean exists(String path) {
    return Files.exists(dir.resolve(path));
  }

  String manifest() throws IOException {
    return text(Manifest.PATH);
  }

  Optional<String> manifestIfAny() throws IOException {
    return exists(Manifest.PATH) ? Optional.of(manifest()) : Optional.empty();
  }

  /** Every file under the folder, by relative path, with its text. */
  Map<String, String> snapshot() throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        all.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return all;
  }

  /** Sets every file's modification time to {@code time}, so that any later write shows. */
  void backdate(FileTime time) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        try {
          Files.setLastModifiedTime(f, time);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  Map<String, FileTime> modificationTimes() throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        times.put(dir.relativize(f).toString(), Files.getLastModifiedTime(f));
      }
    }
    return times;
  }
}
