package dev.armature.maven.engine;

import static dev.armature.maven.engine.TestHook.post;
import static dev.armature.maven.engine.TestHook.pre;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookPhase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake {@link HookPlan} catches before a hook runs, each with the message a person reads. */
class HookPlanErrorsTest {
  private static final String TEST_HOOK = TestHook.class.getName();

  @TempDir Path dir;

  @Test
  void aRunsAfterNamingNoHookNamesTheHookItsClassAndTheMissingName() {
    List<Hook> hooks = List.of(post("report", "ghost"), post("archive"));

    assertThatThrownBy(() -> plan(HookPhase.POST_BUILD, hooks))
        .isInstanceOf(SettingsException.class)
        .hasMessage("the hook 'report' (" + TEST_HOOK + ") runs after 'ghost', which no hook is called;"
            + " known hooks: archive, report. Add the jar that brings 'ghost' to the plugin's <dependencies>");
  }

  @Test
  void aRunsAfterIntoTheOtherPhaseFails() {
    List<Hook> hooks = List.of(pre("check"), post("report", "check"));

    assertThatThrownBy(() -> plan(HookPhase.POST_BUILD, hooks))
        .isInstanceOf(SettingsException.class)
        .hasMessage("the hook 'report' (post_build) runs after 'check', which runs in the other phase (pre_build);"
            + " a hook can only run after hooks of its own phase");
  }

  @Test
  void aRunsAfterIntoTheOtherPhaseFailsEvenWhenThatHookIsSkipped() {
    List<Hook> hooks = List.of(pre("check"), post("report", "check"));

    assertThatThrownBy(() -> HookPlan.of(HookPhase.POST_BUILD, hooks, settings(List.of(), List.of("check"), Map.of())))
        .hasMessageContaining("runs in the other phase");
  }

  @Test
  void aCycleOfTwoFailsShowingTheCycle() {
    List<Hook> hooks = List.of(post("a", "b"), post("b", "a"), post("c"));

    assertThatThrownBy(() -> plan(HookPhase.POST_BUILD, hooks))
        .isInstanceOf(SettingsException.class)
        .hasMessage("the hooks 'a' -> 'b' -> 'a' wait for each other (runsAfter forms a cycle);"
            + " leave one out with <skipHooks> or fix its runsAfter");
  }

  @Test
  void aCycleShowsOnlyTheHooksOnItNotThoseWaitingForIt() {
    // 'a' waits for the cycle b -> c -> d -> b but is not on it
    List<Hook> hooks = List.of(post("a", "b"), post("b", "c"), post("c", "d"), post("d", "b"));

    assertThatThrownBy(() -> plan(HookPhase.POST_BUILD, hooks))
        .hasMessageStartingWith("the hooks 'b' -> 'c' -> 'd' -> 'b' wait for each other");
  }

  @Test
  void aHookRunningAfterItselfIsACycle() {
    assertThatThrownBy(() -> plan(HookPhase.POST_BUILD, List.of(post("a", "a"))))
        .hasMessageStartingWith("the hooks 'a' -> 'a' wait for each other");
  }

  @Test
  void aCycleBrokenBySkipHooksIsNoCycle() throws Exception {
    List<Hook> hooks = List.of(post("a", "b"), post("b", "a"));

    assertThat(HookPlan.of(HookPhase.POST_BUILD, hooks, settings(List.of(), List.of("b"), Map.of())).names())
        .containsExactly("a");
  }

  @Test
  void anUnknownNameInHooksListsTheKnownOnes() {
    List<Hook> hooks = List.of(post("report"), pre("check"));

    assertThatThrownBy(() -> HookPlan.of(HookPhase.POST_BUILD, hooks, settings(List.of("reprot"), List.of(), Map.of())))
        .isInstanceOf(SettingsException.class)
        .hasMessage("Unknown hook 'reprot' in <hooks>; known hooks: check, report");
  }

  @Test
  void anUnknownNameInSkipHooksListsTheKnownOnes() {
    List<Hook> hooks = List.of(post("report"), pre("check"));

    assertThatThrownBy(() -> HookPlan.of(HookPhase.POST_BUILD, hooks, settings(List.of(), List.of("chek"), Map.of())))
        .isInstanceOf(SettingsException.class)
        .hasMessage("Unknown hook 'chek' in <skipHooks>; known hooks: check, report");
  }

  @Test
  void hookSettingsForAnUnknownHookNameTheElementAndTheKnownHooks() {
    List<Hook> hooks = List.of(post("report").accepting("style"), pre("check"));

    assertThatThrownBy(() -> plan(hooks, Map.of("reprot.style", "short")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<hookSettings> has <reprot.style>, but no hook is called 'reprot'; known hooks: check, report");
  }

  @Test
  void hookSettingsWithAnUnknownSettingListTheAcceptedOnes() {
    List<Hook> hooks = List.of(post("report").accepting("width", "style"));

    assertThatThrownBy(() -> plan(hooks, Map.of("report.colour", "red")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<hookSettings> has <report.colour>, which the hook 'report' does not know;"
            + " it accepts <report.style>, <report.width>");
  }

  @Test
  void hookSettingsForAHookWithoutSettingsSaySo() {
    assertThatThrownBy(() -> plan(List.of(post("report")), Map.of("report.style", "short")))
        .hasMessage("<hookSettings> has <report.style>, which the hook 'report' does not know; it has no settings");
  }

  @Test
  void hookSettingsAreCheckedForTheOtherPhaseToo() {
    // armature:generate plans both phases, so a wrong post-build setting fails before the build
    List<Hook> hooks = List.of(pre("check"), post("report").accepting("style"));

    assertThatThrownBy(() -> HookPlan.of(HookPhase.PRE_BUILD, hooks,
        settings(List.of(), List.of(), Map.of("report.colour", "red"))))
        .hasMessageContaining("<report.colour>");
  }

  private HookPlan plan(HookPhase phase, List<Hook> hooks) throws Exception {
    return HookPlan.of(phase, hooks, settings(List.of(), List.of(), Map.of()));
  }

  private HookPlan plan(List<Hook> hooks, Map<String, String> hookSettings) throws Exception {
    return HookPlan.of(HookPhase.POST_BUILD, hooks, settings(List.of(), List.of(), hookSettings));
  }

  private PluginSettings settings(List<String> hooks, List<String> skipHooks, Map<String, String> hookSettings)
      throws Exception {
    return PluginSettings.check(null, null, dir, null, null, null, hooks, skipHooks, hookSettings, true);
  }
}
