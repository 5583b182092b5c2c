package dev.armature.maven.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.GeneratorContext;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.testing.SampleModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files of the built-in generators on the sample models against the golden files under
 * {@code golden/{generator}/{case}/}, laid out as in a project. {@code ARMATURE_UPDATE_GOLDEN=true} rewrites
 * them (and removes stale ones) for review in the diff, as the processor's golden tests do.
 */
class GeneratorsGoldenTest {
  private static final Path GOLDEN = Path.of(
      System.getenv().getOrDefault("ARMATURE_GOLDEN_DIR", "src/test/resources/golden"));
  private static final Settings POSTGRESQL = new Settings(Settings.Profile.STARTUP, Settings.Database.POSTGRESQL);

  /** Every case: its folder under golden/, the generator and the context it runs with. */
  private static Map<String, List<GeneratedFile>> cases() throws Exception {
    Map<String, List<GeneratedFile>> cases = new TreeMap<>();
    cases.put("api-docs/library", run(new ApiDocsGenerator(), Contexts.of(SampleModels.library())));
    cases.put("api-docs/empty", run(new ApiDocsGenerator(), Contexts.of(SampleModels.empty())));
    cases.put("api-docs/lending-no-security", run(new ApiDocsGenerator(), Contexts.of(LendingModel.of(false))));
    cases.put("env-example/library", run(new EnvExampleGenerator(), Contexts.of(SampleModels.library())));
    cases.put("env-example/empty", run(new EnvExampleGenerator(), Contexts.of(SampleModels.empty())));
    cases.put("env-example/library-postgresql",
        run(new EnvExampleGenerator(), Contexts.of(SampleModels.library(), POSTGRESQL)));
    return cases;
  }

  private static List<GeneratedFile> run(Generator generator, GeneratorContext context) throws Exception {
    return generator.generate(context);
  }

  @Test
  void generatedFilesMatchGoldenFiles() throws Exception {
    boolean update = Boolean.parseBoolean(System.getenv("ARMATURE_UPDATE_GOLDEN"));
    Set<Path> expected = new TreeSet<>();
    for (Map.Entry<String, List<GeneratedFile>> c : cases().entrySet()) {
      for (GeneratedFile file : c.getValue()) {
        Path path = GOLDEN.resolve(c.getKey()).resolve(file.path());
        expected.add(path);
        if (update) {
          Files.createDirectories(path.getParent());
          Files.write(path, file.content());
        } else {
          assertThat(path).as("golden file %s (rerun with ARMATURE_UPDATE_GOLDEN=true to create it)", path).exists();
          assertThat(file.text()).as("golden file %s (rerun with ARMATURE_UPDATE_GOLDEN=true and review the diff)", path)
              .isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
        }
      }
    }
    Set<Path> present = goldenFiles();
    present.removeAll(expected);
    if (update) {
      for (Path stale : present) {
        Files.delete(stale);
      }
    } else {
      assertThat(present).as("golden files no generator makes any more").isEmpty();
    }
  }

  @Test
  void sameInputsGiveTheSameBytes() throws Exception {
    Map<String, List<GeneratedFile>> first = cases();
    Map<String, List<GeneratedFile>> second = cases();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void noOutputHoldsTheProjectFolderOrACarriageReturn() throws Exception {
    for (List<GeneratedFile> files : cases().values()) {
      for (GeneratedFile file : files) {
        assertThat(file.text()).as(file.path()).doesNotContain(Contexts.BASE.toString()).doesNotContain("\r")
            .endsWith("\n").doesNotEndWith("\n\n");
      }
    }
  }

  /** The generators' golden folders only: other tests may keep golden files beside them. */
  private static Set<Path> goldenFiles() throws IOException {
    Set<Path> files = new TreeSet<>();
    for (String folder : List.of("api-docs", "env-example")) {
      Path dir = GOLDEN.resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          files.addAll(walk.filter(Files::isRegularFile).collect(Collectors.toSet()));
        }
      }
    }
    return files;
  }
}
