package dev.armature.maven.engine;

import static dev.armature.maven.engine.TestHook.post;
import static dev.armature.maven.engine.TestHook.pre;
import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookPhase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of a {@link HookPlan}: {@code runsAfter} first, then names; and which hooks it holds. */
class HookPlanOrderTest {
  @TempDir Path dir;

  @Test
  void aHookRunsAfterTheOneItNamesEvenWhenItsNameSortsFirst() throws Exception {
    HookPlan plan = plan(HookPhase.POST_BUILD, List.of(post("aaa", "zzz"), post("zzz")));

    assertThat(plan.names()).containsExactly("zzz", "aaa");
  }

  @Test
  void hooksWithoutOrderRunByNameWhateverOrderTheyWereFoundIn() throws Exception {
    assertThat(plan(HookPhase.POST_BUILD, List.of(post("c"), post("a"), post("b"))).names())
        .containsExactly("a", "b", "c");
    assertThat(plan(HookPhase.POST_BUILD, List.of(post("b"), post("c"), post("a"))).names())
        .containsExactly("a", "b", "c");
  }

  @Test
  void tiesAreBrokenByNameAmongTheHooksThatAreReady() throws Exception {
    // m and x are ready at once (m first by name); b waits for x, so it comes after both
    List<Hook> hooks = List.of(post("b", "x"), post("x"), post("m"));

    assertThat(plan(HookPhase.POST_BUILD, hooks).names()).containsExactly("m", "x", "b");
  }

  @Test
  void aDiamondRunsEachHookOnceAfterAllItWaitsFor() throws Exception {
    List<Hook> hooks = List.of(post("top", "left", "right"), post("right", "base"), post("left", "base"), post("base"));

    assertThat(plan(HookPhase.POST_BUILD, hooks).names()).containsExactly("base", "left", "right", "top");
  }

  @Test
  void aPlanHoldsOnlyTheHooksOfItsPhase() throws Exception {
    List<Hook> hooks = List.of(pre("check"), post("report"), pre("probe"));

    assertThat(plan(HookPhase.PRE_BUILD, hooks).names()).containsExactly("check", "probe");
    assertThat(plan(HookPhase.POST_BUILD, hooks).names()).containsExactly("report");
    assertThat(plan(HookPhase.POST_BUILD, hooks).phase()).isEqualTo(HookPhase.POST_BUILD);
  }

  @Test
  void theBuiltInHooksRunInTheirDeclaredOrder() throws Exception {
    List<Hook> builtIn = Extensions.load(getClass().getClassLoader()).hooks();

    assertThat(plan(HookPhase.POST_BUILD, builtIn).names())
        .containsExactly("admin-credentials", "env-file", "gitignore", "banner");
    assertThat(plan(HookPhase.PRE_BUILD, builtIn).names()).containsExactly("environment-check", "writable-outputs");
  }

  @Test
  void hooksRunsOnlyTheNamedOnesAndTheirLeftOutDependenciesAreNotMissing() throws Exception {
    List<Hook> builtIn = Extensions.load(getClass().getClassLoader()).hooks();

    HookPlan plan = HookPlan.of(HookPhase.POST_BUILD, builtIn, settings(List.of("banner", "env-file"), List.of(), Map.of()));

    assertThat(plan.names()).containsExactly("env-file", "banner");
  }

  @Test
  void skipHooksLeavesHooksOutAndTheirDependentsStillRun() throws Exception {
    List<Hook> builtIn = Extensions.load(getClass().getClassLoader()).hooks();

    HookPlan plan = HookPlan.of(HookPhase.POST_BUILD, builtIn, settings(List.of(), List.of("env-file"), Map.of()));

    assertThat(plan.names()).containsExactly("admin-credentials", "gitignore", "banner");
  }

  @Test
  void skipHooksWinsOverHooks() throws Exception {
    List<Hook> hooks = List.of(post("a"), post("b", "a"));

    HookPlan plan = HookPlan.of(HookPhase.POST_BUILD, hooks, settings(List.of("a", "b"), List.of("a"), Map.of()));

    assertThat(plan.names()).containsExactly("b");
  }

  @Test
  void hooksNamingOnlyHooksOfTheOtherPhaseLeavesThisPhaseEmpty() throws Exception {
    List<Hook> hooks = List.of(pre("check"), post("report"));

    assertThat(HookPlan.of(HookPhase.POST_BUILD, hooks, settings(List.of("check"), List.of(), Map.of())).hooks()).isEmpty();
  }

  @Test
  void optionsAreSplitPerHookWithoutThePrefix() throws Exception {
    List<Hook> hooks = List.of(post("a").accepting("size", "width"), post("b").accepting("mode"), post("c"));

    HookPlan plan = HookPlan.of(HookPhase.POST_BUILD, hooks,
        settings(List.of(), List.of(), Map.of("a.size", "3", "a.width", "4", "b.mode", "fast")));

    assertThat(plan.options()).containsOnlyKeys("a", "b");
    assertThat(plan.options().get("a")).containsExactly(Map.entry("size", "3"), Map.entry("width", "4"));
    assertThat(plan.options().get("b")).containsExactly(Map.entry("mode", "fast"));
  }

  @Test
  void anEmptySettingIsAnEmptyValue() throws Exception {
    Map<String, String> given = new HashMap<>();
    given.put("a.size", null);

    HookPlan plan = HookPlan.of(HookPhase.POST_BUILD, List.of(post("a").accepting("size")),
        settings(List.of(), List.of(), given));

    assertThat(plan.options().get("a")).containsExactly(Map.entry("size", ""));
  }

  private HookPlan plan(HookPhase phase, List<Hook> hooks) throws Exception {
    return HookPlan.of(phase, hooks, settings(List.of(), List.of(), Map.of()));
  }

  private PluginSettings settings(List<String> hooks, List<String> skipHooks, Map<String, String> hookSettings)
      throws Exception {
    return PluginSettings.check(null, null, dir, null, null, null, hooks, skipHooks, hookSettings, true);
  }
}
