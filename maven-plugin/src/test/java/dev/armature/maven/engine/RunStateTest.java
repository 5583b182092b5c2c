package dev.armature.maven.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunState}: {@code target/armature/state.json} read back as written; anything damaged is no state. */
class RunStateTest {
  @TempDir Path dir;

  @Test
  void whatIsWrittenIsReadBack() throws Exception {
    Path file = dir.resolve("target/armature/state.json");
    RunState state = new RunState("abc123", Map.of("docs/API.md", "0f0f", ".env", "present", "b.txt", "missing"));

    state.write(file);

    assertThat(RunState.read(file)).contains(state);
    assertThat(RunState.read(file).orElseThrow().files().keySet()).containsExactly(".env", "b.txt", "docs/API.md");
  }

  @Test
  void theSameStateIsTheSameBytes() throws Exception {
    new RunState("f", Map.of("b", "2", "a", "1")).write(dir.resolve("one.json"));
    new RunState("f", new TreeMap<>(Map.of("a", "1", "b", "2"))).write(dir.resolve("two.json"));

    assertThat(Files.readAllBytes(dir.resolve("one.json"))).isEqualTo(Files.readAllBytes(dir.resolve("two.json")));
  }

  @Test
  void noFileIsNoState() {
    assertThat(RunState.read(dir.resolve("state.json"))).isEmpty();
    assertThat(RunState.read(dir)).isEmpty();
  }

  @Test
  void aDamagedFileIsNoState() throws Exception {
    for (String damaged : new String[] {"{ not json", "[]", "{\"files\": {}}", "{\"fingerprint\": 3, \"files\": {}}",
        "{\"fingerprint\": \"f\"}", "{\"fingerprint\": \"f\", \"files\": []}"}) {
      Path file = Files.writeString(dir.resolve("state.json"), damaged);

      assertThat(RunState.read(file)).as(damaged).isEmpty();
    }
  }
}
