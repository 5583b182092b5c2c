package dev.armature.maven.engine;

import dev.armature.maven.writes.PlainJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last {@code armature:generate} saw ({@code target/armature/state.json}): the fingerprint of its
 * inputs and the hash of every file it manages as it left them on disk. The next run with the same
 * fingerprint and the same files on disk has nothing to do. Lives in {@code target/}, so {@code mvn clean}
 * forgets it and the next run checks everything again (and writes nothing if nothing differs).
 *
 * @param fingerprint the inputs' {@link dev.armature.maven.ir.InputFingerprint}
 * @param files path → SHA-256 (or {@code missing}) of the files under the output directory
 */
record RunState(String fingerprint, Map<String, String> files) {

  RunState {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  static Optional<RunState> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      if (!(PlainJson.parse(Files.readAllBytes(file)) instanceof Map<?, ?> raw)
          || !(raw.get("fingerprint") instanceof String fingerprint) || !(raw.get("files") instanceof Map<?, ?> map)) {
        return Optional.empty();
      }
      Map<String, String> files = new TreeMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getValue() instanceof String hash)) {
          return Optional.empty();
        }
        files.put((String) entry.getKey(), hash);
      }
      return Optional.of(new RunState(fingerprint, files));
    } catch (IOException e) {
      return Optional.empty(); // a damaged state only costs a full run
    }
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, PlainJson.format(Map.of("fingerprint", fingerprint, "files", files)));
  }
}
