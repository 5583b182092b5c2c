package dev.armature.maven.spi;

import java.util.Map;
import java.util.Set;

/**
 * One provisioning step: before the build ({@link HookPhase#PRE_BUILD}, in {@code armature:generate}) or
 * after it ({@link HookPhase#POST_BUILD}, in {@code armature:provision}).
 *
 * <p>Hooks of a phase run one after the other, each after the hooks it names in {@link #runsAfter()}, ties
 * broken by name, so the order is the same on every run. A hook sees what earlier hooks handed on in
 * {@link HookContext#artifacts()}. A name in {@code runsAfter} that no hook of the phase has, or a cycle,
 * fails the build before any hook runs.
 *
 * <p>Register it in {@code META-INF/services/dev.armature.maven.spi.Hook} (or with AutoService).
 */
public interface Hook {

  /** The name used in {@code <hooks>}, {@code <skipHooks>} and {@code <hookSettings>}: lower-case words joined by {@code -}. */
  String name();

  /** One line for the person reading the build log or {@code armature:help}. */
  String description();

  /** When it runs. */
  HookPhase phase();

  /** Hooks of the same phase this one runs after. A hook left out with {@code <skipHooks>} does not count as missing. */
  default Set<String> runsAfter() {
    return Set.of();
  }

  /**
   * The settings it accepts in {@code <hookSettings>} as {@code <name.setting>}, with a one-line
   * description each. Any other setting given for this hook fails the build, naming it.
   */
  default Map<String, String> settings() {
    return Map.of();
  }

  /**
   * Does the work.
   *
   * @return success or failure, with a message; a failure names its reason (the plugin adds the hook's name)
   * @throws Exception treated as a failure with the exception's message
   */
  HookResult run(HookContext context) throws Exception;
}
