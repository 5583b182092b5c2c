package dev.armature.maven.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.engine.Extensions;
import dev.armature.maven.engine.HookPlan;
import dev.armature.maven.engine.PluginSettings;
import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import dev.armature.maven.testing.SampleModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in hooks as the plugin finds them (ServiceLoader, AutoService's registration) and runs them: in
 * {@link HookPlan} order, each seeing the artifacts of those before it, none replacing one (as
 * {@code HookRunner} does, which needs the real {@code OutputFiles}).
 */
class PostBuildChainTest {
  @TempDir Path dir;

  @Test
  void theBuiltInHooksAreRegisteredAndPlannedInOrder() throws Exception {
    List<Hook> hooks = Extensions.load(getClass().getClassLoader()).hooks();

    assertThat(HookPlan.of(HookPhase.PRE_BUILD, hooks, settings(Map.of())).names())
        .containsExactly("environment-check", "writable-outputs");
    assertThat(HookPlan.of(HookPhase.POST_BUILD, hooks, settings(Map.of())).names())
        .containsExactly("admin-credentials", "env-file", "gitignore", "banner");
    assertThat(hooks).allSatisfy(h -> assertThat(h.description()).isNotBlank().doesNotContain("\n"));
  }

  @Test
  void thePreBuildHooksPassOnTheSample() throws Exception {
    Run run = run(HookPhase.PRE_BUILD, Map.of(), "h2");

    assertThat(run.results).allSatisfy(r -> assertThat(r.success()).as(r.message()).isTrue());
    assertThat(Files.list(dir).count()).isZero();
  }

  @Test
  void theArtifactsFlowAndTheSecretsAgreeAndNeverShow() throws Exception {
    Run run = run(HookPhase.POST_BUILD, Map.of("admin-credentials.username", "ops"), "postgresql");

    assertThat(run.results).allSatisfy(r -> assertThat(r.success()).as(r.message()).isTrue());
    String adminPassword = run.artifacts.get("admin.password");
    String dbPassword = EnvFileHookTest.sh(dir, "printf %s \"$SPRING_DATASOURCE_PASSWORD\"");
    assertThat(EnvFileHookTest.sh(dir, "printf '%s:%s' \"$ARMATURE_ADMIN_USERNAME\" \"$ARMATURE_ADMIN_PASSWORD\""))
        .isEqualTo("ops:" + adminPassword);
    assertThat(PropertiesText.parse(Files.readAllBytes(dir.resolve(".admin_credentials"))).getProperty("armature.admin.password"))
        .isEqualTo(adminPassword);
    assertThat(Files.readString(dir.resolve(".gitignore")))
        .isEqualTo("# Armature: secrets and review copies (never commit)\n.env\n.admin_credentials\n*.armature-new\n");
    assertThat(run.artifacts).containsKeys("secret.files", "secret.files.env-file", "banner.text");
    assertThat(run.results).allSatisfy(r -> assertThat(r.message()).doesNotContain(adminPassword, dbPassword));
    assertThat(run.artifacts.get("banner.text")).isEqualTo(run.results.get(3).message()).contains("admin account 'ops'");
  }

  @Test
  void theBannersCallSendsTheAccountOfTheFiles() throws Exception {
    Run run = run(HookPhase.POST_BUILD, Map.of(), "h2");
    String banner = run.artifacts.get("banner.text");
    String call = banner.substring(banner.indexOf("same folder:\n") + "same folder:\n".length());

    String sent = EnvFileHookTest.sh(dir, "curl() { printf '%s|' \"$@\"; }; " + call.strip().replace("\n", ";"));

    assertThat(sent).isEqualTo("-u|admin:" + run.artifacts.get("admin.password") + "|http://localhost:8080/api/authors|");
  }

  @Test
  void aSecondRunKeepsEveryFileByteForByte() throws Exception {
    run(HookPhase.POST_BUILD, Map.of(), "postgresql");
    Map<String, byte[]> first = snapshot();

    Run second = run(HookPhase.POST_BUILD, Map.of(), "postgresql");

    Map<String, byte[]> now = snapshot();
    assertThat(now).containsOnlyKeys(first.keySet());
    first.forEach((name, bytes) -> assertThat(now.get(name)).as(name).isEqualTo(bytes));
    assertThat(second.files.calls("createSecret")).isEmpty();
    assertThat(second.files.calls("merge")).isEmpty();
    assertThat(second.results.get(0).message()).startsWith("kept .admin_credentials");
    assertThat(second.results.get(1).message()).isEqualTo("kept .env");
  }

  private record Run(List<HookResult> results, Map<String, String> artifacts, TempDirProjectFiles files) {}

  private PluginSettings settings(Map<String, String> hookSettings) throws Exception {
    return settings(hookSettings, "h2");
  }

  private PluginSettings settings(Map<String, String> hookSettings, String database) throws Exception {
    return PluginSettings.check(null, database, dir, null, null, null, null, null, hookSettings, true);
  }

  private Run run(HookPhase phase, Map<String, String> hookSettings, String database) throws Exception {
    PluginSettings settings = settings(hookSettings, database);
    HookPlan plan = HookPlan.of(phase, Extensions.load(getClass().getClassLoader()).hooks(), settings);
    TempDirProjectFiles files = new TempDirProjectFiles(dir);
    Map<String, String> artifacts = new TreeMap<>();
    List<HookResult> results = new ArrayList<>();
    for (Hook hook : plan.hooks()) {
      HookResult result = hook.run(new HookContext(SampleModels.library(), SampleModels.project(dir),
          settings.settings(), dir, plan.options().getOrDefault(hook.name(), Map.of()), artifacts, files));
      result.artifacts().forEach((k, v) -> assertThat(artifacts.getOrDefault(k, v)).as("%s replaces %s", hook.name(), k)
          .isEqualTo(v));
      artifacts.putAll(result.artifacts());
      results.add(result);
    }
    return new Run(results, artifacts, files);
  }

  private Map<String, byte[]> snapshot() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
        try {
          return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }));
    }
  }
}
