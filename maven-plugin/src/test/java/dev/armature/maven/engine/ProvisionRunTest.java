package dev.armature.maven.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code armature:provision} end to end: the post-build hooks over the IR generate kept, or one it builds. */
class ProvisionRunTest {
  @TempDir Path dir;
  private TempProject project;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void shop() throws Exception {
    project = new TempProject(dir).withShop();
  }

  @Test
  void afterGenerateItWritesTheSecretsAndTheGitignoreOverTheKeptModel() throws Exception {
    new GenerateRun(log).run(project.request());
    log.clear();

    new ProvisionRun(log).run(project.request());

    assertThat(dir.resolve(".env")).isRegularFile();
    assertThat(dir.resolve(".admin_credentials")).isRegularFile();
    assertThat(project.read(".gitignore")).isEqualTo(
        "# Armature: secrets and review copies (never commit)\n.env\n.admin_credentials\n*.armature-new\n");
    assertThat(project.read(".armature/manifest.json")).contains(".env", ".admin_credentials", ".gitignore");
    assertThat(log.at("DEBUG")).noneMatch(l -> l.contains("building it"));
    assertThat(log.at("INFO")).last().asString().startsWith("Provisioned: ");
    assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("banner: ") && l.contains("http://localhost:8080/api/authors"));
  }

  @Test
  void itUsesTheModelGenerateKeptNotTheSourcesOfNow() throws Exception {
    new GenerateRun(log).run(project.request());
    Files.delete(dir.resolve("src/main/java/com/example/shop/Author.java"));
    Files.delete(dir.resolve("src/main/java/com/example/shop/Book.java"));
    log.clear();

    new ProvisionRun(log).run(project.request());

    assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("banner: ") && l.contains("/api/authors"));
  }

  @Test
  void withoutAKeptModelItBuildsTheIrItself() throws Exception {
    new ProvisionRun(log).run(project.request());

    assertThat(log.at("DEBUG")).contains("no IR kept by armature:generate or the compile; building it");
    assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("banner: ") && l.contains("http://localhost:8080/api/authors"));
    assertThat(dir.resolve(".env")).isRegularFile();
    assertThat(dir.resolve("target/armature/state.json")).as("provision starts no up-to-date state").doesNotExist();
  }

  @Test
  void aDamagedKeptModelIsPassedOverForTheIrBuiltAgain() throws Exception {
    Files.createDirectories(dir.resolve("target/armature"));
    Files.writeString(dir.resolve("target/armature/model.json"), "{ not json");

    new ProvisionRun(log).run(project.request());

    assertThat(log.at("DEBUG")).anyMatch(l -> l.startsWith("cannot read " + dir.resolve("target/armature/model.json")));
    assertThat(log.at("DEBUG")).contains("no IR kept by armature:generate or the compile; building it");
    assertThat(log.at("INFO")).anyMatch(l -> l.contains("/api/authors"));
  }

  @Test
  void theCompilesModelIsTheSecondChoice() throws Exception {
    new GenerateRun(log).run(project.request());
    Path compiled = dir.resolve("target/classes/META-INF/armature/model.json");
    Files.createDirectories(compiled.getParent());
    Files.move(dir.resolve("target/armature/model.json"), compiled);
    Files.delete(dir.resolve("src/main/java/com/example/shop/Author.java"));
    log.clear();

    new ProvisionRun(log).run(project.request());

    assertThat(log.at("DEBUG")).noneMatch(l -> l.contains("building it"));
    assertThat(log.at("INFO")).anyMatch(l -> l.contains("/api/authors"));
  }

  @Test
  void aSecondProvisionKeepsEveryFile() throws Exception {
    new GenerateRun(log).run(project.request());
    new ProvisionRun(log).run(project.request());
    project.age();
    Map<String, String> before = project.snapshot();
    log.clear();

    new ProvisionRun(log).run(project.request());

    assertThat(log.at("INFO")).last().asString().isEqualTo("Up to date: provisioning kept every file as it was");
    Map<String, String> after = project.snapshot();
    after.remove("target/armature/state.json"); // provision records the disk state again, with the same content
    before.remove("target/armature/state.json");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aFailingHookNamesItselfAndTheAdvice() throws Exception {
    PluginSettings settings = PluginSettings.check(null, null, dir, null, null, null, null, null,
        Map.of("admin-credentials.username", "not a name!"), true);

    assertThatThrownBy(() -> new ProvisionRun(log).run(project.request(settings)))
        .isInstanceOf(ArmatureFailure.class)
        .hasMessageStartingWith("Hook 'admin-credentials' failed: ")
        .hasMessageEndingWith("<skipHooks><skipHook>admin-credentials</skipHook></skipHooks>)");
  }
}
