package dev.armature.maven.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  RunState {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  static Optional<RunState> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Map<String, Object> raw = JSON.readValue(file.toFile(), new TypeReference<>() {});
      @SuppressWarnings("unchecked")
      Map<String, String> files = (Map<String, String>) raw.get("files");
      Object fingerprint = raw.get("fingerprint");
      return fingerprint instanceof String f && files != null ? Optional.of(new RunState(f, files)) : Optional.empty();
    } catch (IOException | ClassCastException e) {
      return Optional.empty(); // a damaged state only costs a full run
    }
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter()
        .writeValueAsString(Map.of("fingerprint", fingerprint, "files", files)) + "\n");
  }
}
