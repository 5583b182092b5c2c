package dev.armature.processor.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message of the catalogue that source can trigger has a test in this folder that asserts its tag. */
class CatalogueCoverageTest {
  /** Cannot be triggered from source: it reports a bug in Armature itself. */
  private static final List<Message> UNTRIGGERABLE = List.of(Message.INTERNAL_ERROR);

  @Test
  void everyMessageIsAsserted() throws IOException {
    Path folder = Path.of("src/test/java/dev/armature/processor/diagnostics");
    StringBuilder tests = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith("Test.java")).toList()) {
        tests.append(Files.readString(f));
      }
    }
    List<String> untested = Arrays.stream(Message.values())
        .filter(m -> !UNTRIGGERABLE.contains(m))
        .map(m -> "[armature:" + m.tag() + "]")
        .filter(tag -> tests.indexOf(tag) < 0)
        .toList();
    assertThat(untested).as("messages without a test asserting their tag").isEmpty();
  }
}
