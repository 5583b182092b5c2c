package dev.armature.maven.engine;

import static dev.armature.maven.engine.TestHook.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.testing.SampleModels;
import dev.armature.maven.writes.OutputFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HookRunner}: artifacts flow forward, failures name the hook, the log gets what the results say. */
class HookRunnerTest {
  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();
  private final List<String> ran = new ArrayList<>();

  @Test
  void laterHooksSeeTheArtifactsOfEarlierOnes() throws Exception {
    List<Map<String, String>> seen = new ArrayList<>();
    List<Hook> hooks = List.of(
        post("first").doing(c -> {
          seen.add(c.artifacts());
          return HookResult.quiet("one").withArtifact("first.value", "1");
        }),
        post("second", "first").doing(c -> {
          seen.add(c.artifacts());
          return HookResult.quiet("two").withArtifact("second.value", "2");
        }),
        post("third", "second").doing(c -> {
          seen.add(c.artifacts());
          return HookResult.quiet("three");
        }));

    Map<String, String> artifacts = run(hooks, true);

    assertThat(seen.get(0)).isEmpty();
    assertThat(seen.get(1)).containsExactly(Map.entry("first.value", "1"));
    assertThat(seen.get(2)).containsExactly(Map.entry("first.value", "1"), Map.entry("second.value", "2"));
    assertThat(artifacts).containsExactly(Map.entry("first.value", "1"), Map.entry("second.value", "2"));
  }

  @Test
  void eachHookGetsItsOwnOptionsAndTheRunsFacts() throws Exception {
    List<Object> seen = new ArrayList<>();
    List<Hook> hooks = List.of(
        post("a").accepting("size").doing(c -> {
          seen.add(c.options());
          seen.add(c.outputDirectory());
          seen.add(c.settings());
          seen.add(c.model().entities().size());
          return HookResult.quiet("ok");
        }),
        post("b").accepting("size").doing(c -> {
          seen.add(c.options());
          return HookResult.quiet("ok");
        }));
    HookPlan plan = HookPlan.of(HookPhase.POST_BUILD, hooks,
        PluginSettings.check(null, null, dir, null, null, null, null, null, Map.of("a.size", "3"), true));

    new HookRunner(log).run(plan, SampleModels.library(), SampleModels.project(dir),
        new Settings(Settings.Profile.ENTERPRISE, Settings.Database.MYSQL), dir, OutputFiles.open(dir, log::warn), true);

    assertThat(seen).containsExactly(Map.of("size", "3"), dir,
        new Settings(Settings.Profile.ENTERPRISE, Settings.Database.MYSQL), 2, Map.of());
  }

  @Test
  void aHookWritesThroughTheManifestUnderItsName() throws Exception {
    List<Hook> hooks = List.of(post("notes").doing(c -> {
      c.files().write("NOTES.txt", "hello\n".getBytes(StandardCharsets.UTF_8));
      return HookResult.quiet("wrote NOTES.txt");
    }));
    OutputFiles files = OutputFiles.open(dir, log::warn);

    new HookRunner(log).run(plan(hooks), SampleModels.library(), SampleModels.project(dir), Settings.defaults(), dir,
        files, true);
    files.save();

    assertThat(dir.resolve("NOTES.txt")).hasContent("hello");
    assertThat(Files.readString(dir.resolve(".armature/manifest.json"))).contains("NOTES.txt").contains("notes");
  }

  @Test
  void aHookMayNotReplaceAnEarlierArtifact() {
    List<Hook> hooks = List.of(
        post("first").doing(c -> HookResult.quiet("one").withArtifact("shared.key", "1")),
        post("second", "first").doing(c -> HookResult.quiet("two").withArtifact("shared.key", "2")));

    assertThatThrownBy(() -> run(hooks, true))
        .isInstanceOf(ArmatureFailure.class)
        .hasMessage("Hook 'second' failed: it hands on 'shared.key', which an earlier hook already set;"
            + " artifacts cannot be replaced (set <failOnHookError>false</failOnHookError> to go on with a warning,"
            + " or leave the hook out with <skipHooks><skipHook>second</skipHook></skipHooks>)");
  }

  @Test
  void aHookMayHandOnTheSameValueAgain() throws Exception {
    List<Hook> hooks = List.of(
        post("first").doing(c -> HookResult.quiet("one").withArtifact("shared.key", "1")),
        post("second", "first").doing(c -> HookResult.quiet("two").withArtifact("shared.key", "1")));

    assertThat(run(hooks, true)).containsExactly(Map.entry("shared.key", "1"));
  }

  @Test
  void aReplacingHookThatIsOnlyWarnedAboutHandsOnNothing() throws Exception {
    List<Map<String, String>> seen = new ArrayList<>();
    List<Hook> hooks = List.of(
        post("first").doing(c -> HookResult.quiet("one").withArtifact("shared.key", "1")),
        post("second", "first").doing(c -> HookResult.quiet("two").withArtifact("second.extra", "x")
            .withArtifact("shared.key", "2")),
        post("third", "second").doing(c -> {
          seen.add(c.artifacts());
          return HookResult.quiet("three");
        }));

    Map<String, String> artifacts = run(hooks, false);

    assertThat(seen).containsExactly(Map.of("shared.key", "1"));
    assertThat(artifacts).containsExactly(Map.entry("shared.key", "1"));
    assertThat(log.at("WARN")).containsExactly("Hook 'second' failed: it hands on 'shared.key', which an earlier"
        + " hook already set; artifacts cannot be replaced");
  }

  @Test
  void aFailedResultFailsTheBuildNamingTheHookAndStopsTheRun() {
    List<Hook> hooks = List.of(
        recorded(post("check").doing(c -> HookResult.failed("Spring Web is not a dependency"))),
        recorded(post("later", "check")));

    assertThatThrownBy(() -> run(hooks, true))
        .isInstanceOf(ArmatureFailure.class)
        .hasMessage("Hook 'check' failed: Spring Web is not a dependency (set <failOnHookError>false</failOnHookError>"
            + " to go on with a warning, or leave the hook out with <skipHooks><skipHook>check</skipHook></skipHooks>)");
    assertThat(ran).containsExactly("check");
  }

  @Test
  void anExceptionFailsTheBuildLikeAFailedResult() {
    List<Hook> hooks = List.of(post("check").doing(c -> {
      throw new IllegalStateException("disk full");
    }));

    assertThatThrownBy(() -> run(hooks, true))
        .isInstanceOf(ArmatureFailure.class)
        .hasMessage("Hook 'check' failed: disk full (set <failOnHookError>false</failOnHookError> to go on with a"
            + " warning, or leave the hook out with <skipHooks><skipHook>check</skipHook></skipHooks>)");
    assertThat(log.at("DEBUG")).containsExactly("hook 'check' threw java.lang.IllegalStateException: disk full");
  }

  @Test
  void theExceptionIsKeptAsTheCauseForMvnMinusE() {
    IllegalStateException thrown = new IllegalStateException("disk full");
    List<Hook> hooks = List.of(post("check").doing(c -> {
      throw thrown;
    }));

    assertThatThrownBy(() -> run(hooks, true)).isInstanceOf(ArmatureFailure.class).hasCause(thrown);
  }

  @Test
  void eachResultLevelGoesToItsLogLevel() throws Exception {
    List<Hook> hooks = List.of(
        post("loud").doing(c -> HookResult.warning("the API will be open")),
        post("plain", "loud").doing(c -> HookResult.shown("wrote a file")),
        post("quiet", "plain").doing(c -> HookResult.quiet("nothing to do")));

    run(hooks, true);

    // WARN survives mvn -q, INFO does not: what a person must not miss is a warning
    assertThat(log.at("WARN")).containsExactly("loud: the API will be open");
    assertThat(log.at("INFO")).containsExactly("plain: wrote a file");
    assertThat(log.at("DEBUG")).contains("quiet: nothing to do");
  }

  @Test
  void aWarningKeepsItsLevelWhenItHandsOnAnArtifact() {
    HookResult result = HookResult.warning("careful").withArtifact("a.b", "c");

    assertThat(result.warning()).isTrue();
    assertThat(result.shown()).isTrue();
    assertThat(new HookResult(true, "old shape", Map.of(), true).warning()).isFalse();
  }

  @Test
  void aFailedResultHasNoCause() {
    List<Hook> hooks = List.of(post("check").doing(c -> HookResult.failed("no network")));

    assertThatThrownBy(() -> run(hooks, true)).isInstanceOf(ArmatureFailure.class).hasNoCause();
  }

  @Test
  void anExceptionWithoutMessageIsNamedByItsClass() {
    List<Hook> hooks = List.of(post("check").doing(c -> {
      throw new NullPointerException();
    }));

    assertThatThrownBy(() -> run(hooks, true)).hasMessageStartingWith("Hook 'check' failed: java.lang.NullPointerException (");
  }

  @Test
  void aLinkageErrorIsAFailureOfTheHookToo() {
    // a hook jar built against another version of a library: the build fails naming the hook
    List<Hook> hooks = List.of(post("check").doing(c -> {
      throw new NoClassDefFoundError("org/example/Missing");
    }));

    assertThatThrownBy(() -> run(hooks, true)).hasMessageStartingWith("Hook 'check' failed: org/example/Missing (");
  }

  @Test
  void withoutFailOnHookErrorAFailureIsAWarningAndTheNextHookRuns() throws Exception {
    List<Hook> hooks = List.of(
        recorded(post("a").doing(c -> HookResult.failed("no network"))),
        recorded(post("b").doing(c -> {
          throw new IllegalStateException("disk full");
        })),
        recorded(post("c").doing(c -> HookResult.shown("done").withArtifact("c.done", "yes"))));

    Map<String, String> artifacts = run(hooks, false);

    assertThat(ran).containsExactly("a", "b", "c");
    assertThat(log.at("WARN")).containsExactly("Hook 'a' failed: no network", "Hook 'b' failed: disk full");
    assertThat(log.at("INFO")).containsExactly("c: done");
    assertThat(artifacts).containsExactly(Map.entry("c.done", "yes"));
  }

  @Test
  void shownMessagesGoToInfoAndQuietOnesToDebug() throws Exception {
    List<Hook> hooks = List.of(
        post("loud").doing(c -> HookResult.shown("created .env")),
        post("soft").doing(c -> HookResult.quiet("kept .gitignore")));

    run(hooks, true);

    assertThat(log.lines()).containsExactly("INFO loud: created .env", "DEBUG soft: kept .gitignore");
  }

  @Test
  void aNullResultIsAFailureNamingTheClass() {
    List<Hook> hooks = List.of(post("lazy").doing(c -> null));

    assertThatThrownBy(() -> run(hooks, true))
        .isInstanceOf(ArmatureFailure.class)
        .hasMessageStartingWith("Hook 'lazy' failed: it returned no result (a bug in " + TestHook.class.getName() + ")");
  }

  private TestHook recorded(TestHook hook) {
    TestHook.Body body = hook.body();
    return hook.doing(c -> {
      ran.add(hook.name());
      return body.run(c);
    });
  }

  private HookPlan plan(List<Hook> hooks) throws Exception {
    return HookPlan.of(HookPhase.POST_BUILD, hooks,
        PluginSettings.check(null, null, dir, null, null, null, null, null, null, true));
  }

  private Map<String, String> run(List<Hook> hooks, boolean failOnHookError) throws Exception {
    return new HookRunner(log).run(plan(hooks), SampleModels.library(), SampleModels.project(dir), Settings.defaults(),
        dir, OutputFiles.open(dir, log::warn), failOnHookError);
  }
}
