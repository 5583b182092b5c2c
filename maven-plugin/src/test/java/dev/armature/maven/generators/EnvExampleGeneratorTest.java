package dev.armature.maven.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.armature.maven.spi.AppEnvironment;
import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.testing.SampleModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .env.example names exactly the variables of AppEnvironment, holds no secret, and reads back in a shell. */
class EnvExampleGeneratorTest {
  @TempDir Path temp;

  private static String envExample(Settings settings) {
    List<GeneratedFile> files = new EnvExampleGenerator().generate(Contexts.of(SampleModels.library(), settings));
    assertThat(files).extracting(GeneratedFile::path).containsExactly(".env.example");
    return files.get(0).text();
  }

  private static List<Settings> everyDatabase() {
    return Arrays.stream(Settings.Database.values())
        .map(db -> new Settings(Settings.Profile.STARTUP, db)).toList();
  }

  /** NAME → value as written, in file order. */
  private static Map<String, String> assignments(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .forEach(l -> values.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
    return values;
  }

  @Test
  void namesTheVariablesOfAppEnvironmentInItsOrderWithoutSecrets() {
    for (Settings settings : everyDatabase()) {
      AppEnvironment env = AppEnvironment.of(SampleModels.project(Contexts.BASE), settings, SampleModels.library());
      Map<String, String> written = assignments(envExample(settings));
      assertThat(written.keySet()).as(settings.database().id())
          .containsExactlyElementsOf(env.variables().stream().map(AppEnvironment.Variable::name).toList());
      for (AppEnvironment.Variable v : env.variables()) {
        if (v.secret()) {
          assertThat(written.get(v.name())).as(v.name() + " is a secret").isEmpty();
        }
      }
      assertThat(written.get(AppEnvironment.ADMIN_PASSWORD)).isEmpty();
    }
  }

  @Test
  void everyVariableHasItsCommentLine() {
    String text = envExample(Settings.defaults());
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
        assertThat(lines.get(i - 1)).as("comment above " + lines.get(i)).startsWith("# ");
      }
    }
    assertThat(text).contains("# Its password. Sets armature.admin.password. Secret: empty here; mvn package writes"
        + " a random one into .env.\nARMATURE_ADMIN_PASSWORD=\n");
  }

  @Test
  void valuesAShellWouldSplitAreQuoted() {
    assertThat(EnvExampleVars.quoted("jdbc:h2:mem:app;DB_CLOSE_DELAY=-1")).isEqualTo("'jdbc:h2:mem:app;DB_CLOSE_DELAY=-1'");
    assertThat(EnvExampleVars.quoted("it's")).isEqualTo("'it'\\''s'");
    assertThat(EnvExampleVars.quoted("jdbc:postgresql://localhost:5432/app")).isEqualTo("jdbc:postgresql://localhost:5432/app");
    assertThat(EnvExampleVars.quoted("")).isEmpty();
  }

  @Test
  void aShellSourcingTheFileGetsEveryValueExactly() throws Exception {
    for (Settings settings : everyDatabase()) {
      AppEnvironment env = AppEnvironment.of(SampleModels.project(Contexts.BASE), settings, SampleModels.library());
      Map<String, String> sourced = source(envExample(settings));
      for (AppEnvironment.Variable v : env.variables()) {
        assertThat(sourced.get(v.name())).as(v.name()).isEqualTo(v.value());
      }
    }
  }

  @Test
  void theShellCheckCatchesAnUnquotedValue() throws Exception {
    String broken = "SPRING_DATASOURCE_URL=jdbc:h2:mem:library;DB_CLOSE_DELAY=-1\n";
    assertThat(source(broken).get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:h2:mem:library");
  }

  /** The variables as {@code set -a; . ./file} in bash sets them, the way the API docs tell people to load .env. */
  private Map<String, String> source(String text) throws IOException, InterruptedException {
    Path bash = Path.of("/bin/bash");
    assumeThat(Files.isExecutable(bash)).as("bash is installed").isTrue();
    Path file = temp.resolve("env-" + System.nanoTime());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(bash.toString(), "-c", "set -a; . \"$1\"; set +a; env -0", "bash", file.toString())
        .redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    Map<String, String> values = new LinkedHashMap<>();
    for (String entry : out.split("\0")) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        values.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return values;
  }
}
