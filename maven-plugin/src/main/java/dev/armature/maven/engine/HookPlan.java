package dev.armature.maven.engine;

import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookPhase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The hooks of one phase in the order they run: each after the hooks it names in {@link Hook#runsAfter()},
 * ties broken by name (Kahn's algorithm over a sorted queue), so every run has the same order. Built
 * before any hook runs, so a wrong name, a missing dependency or a cycle fails the build with nothing done.
 *
 * @param phase the phase
 * @param hooks the hooks to run, in order
 * @param options each hook's {@code <hookSettings>}, keys without the {@code name.} prefix
 */
public record HookPlan(HookPhase phase, List<Hook> hooks, Map<String, Map<String, String>> options) {

  public HookPlan {
    hooks = List.copyOf(hooks);
    options = Map.copyOf(options);
  }

  /** The names in run order. */
  public List<String> names() {
    return hooks.stream().map(Hook::name).toList();
  }

  /**
   * Plans the phase.
   *
   * @param all every hook on the plugin's class path, both phases
   * @throws SettingsException for an unknown name in {@code <hooks>}, {@code <skipHooks>} or
   *     {@code <hookSettings>}, a setting a hook does not accept, a {@code runsAfter} naming no hook, or a cycle
   */
  public static HookPlan of(HookPhase phase, List<Hook> all, PluginSettings settings) throws SettingsException {
    List<String> known = all.stream().map(Hook::name).sorted().toList();
    Extensions.checkKnown("hooks", "hook", settings.hooks(), known);
    Extensions.checkKnown("skipHooks", "hook", settings.skipHooks(), known);
    Map<String, Map<String, String>> options = options(all, settings.hookSettings());

    Map<String, Hook> selected = new TreeMap<>();
    for (Hook hook : all) {
      if (hook.phase() == phase && (settings.hooks().isEmpty() || settings.hooks().contains(hook.name()))
          && !settings.skipHooks().contains(hook.name())) {
        selected.put(hook.name(), hook);
      }
    }
    Map<String, Hook> byName = all.stream().collect(Collectors.toMap(Hook::name, h -> h));
    Map<String, Set<String>> before = new HashMap<>();
    for (Hook hook : selected.values()) {
      Set<String> deps = new TreeSet<>();
      for (String dep : hook.runsAfter()) {
        Hook other = byName.get(dep);
        if (other == null) {
          throw new SettingsException("the hook '" + hook.name() + "' (" + hook.getClass().getName()
              + ") runs after '" + dep + "', which no hook is called; known hooks: " + String.join(", ", known)
              + ". Add the jar that brings '" + dep + "' to the plugin's <dependencies>");
        }
        if (other.phase() != phase) {
          throw new SettingsException("the hook '" + hook.name() + "' (" + phase.name().toLowerCase(java.util.Locale.ROOT)
              + ") runs after '" + dep + "', which runs in the other phase (" + other.phase().name().toLowerCase(java.util.Locale.ROOT)
              + "); a hook can only run after hooks of its own phase");
        }
        if (selected.containsKey(dep)) {
          deps.add(dep); // one left out with <hooks>/<skipHooks> does not count as missing
        }
      }
      before.put(hook.name(), deps);
    }
    return new HookPlan(phase, order(selected, before), Map.copyOf(options));
  }

  private static List<Hook> order(Map<String, Hook> selected, Map<String, Set<String>> before) throws SettingsException {
    Map<String, Set<String>> waiting = new TreeMap<>();
    before.forEach((k, v) -> waiting.put(k, new TreeSet<>(v)));
    TreeSet<String> ready = new TreeSet<>();
    waiting.forEach((k, v) -> {
      if (v.isEmpty()) {
        ready.add(k);
      }
    });
    List<Hook> ordered = new ArrayList<>();
    while (!ready.isEmpty()) {
      String next = ready.pollFirst();
      waiting.remove(next);
      ordered.add(selected.get(next));
      for (Map.Entry<String, Set<String>> e : waiting.entrySet()) {
        if (e.getValue().remove(next) && e.getValue().isEmpty()) {
          ready.add(e.getKey());
        }
      }
    }
    if (!waiting.isEmpty()) {
      throw new SettingsException("the hooks " + cycle(waiting) + " wait for each other (runsAfter forms a cycle); "
          + "leave one out with <skipHooks> or fix its runsAfter");
    }
    return ordered;
  }

  /** One cycle among the hooks left waiting, written a -> b -> a. */
  private static String cycle(Map<String, Set<String>> waiting) {
    String start = waiting.keySet().iterator().next();
    List<String> path = new ArrayList<>();
    String at = start;
    while (!path.contains(at)) {
      path.add(at);
      at = waiting.get(at).stream().filter(waiting::containsKey).findFirst().orElse(start);
    }
    List<String> loop = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
    loop.add(at);
    return loop.stream().map(n -> "'" + n + "'").collect(Collectors.joining(" -> "));
  }

  /** Splits {@code <hookSettings>} by hook, checking each hook and setting exists. */
  private static Map<String, Map<String, String>> options(List<Hook> all, Map<String, String> hookSettings)
      throws SettingsException {
    Map<String, Hook> byName = new TreeMap<>();
    all.forEach(h -> byName.put(h.name(), h));
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(hookSettings).entrySet()) {
      int dot = e.getKey().indexOf('.');
      String hookName = e.getKey().substring(0, dot);
      String setting = e.getKey().substring(dot + 1);
      Hook hook = byName.get(hookName);
      if (hook == null) {
        throw new SettingsException("<hookSettings> has <" + e.getKey() + ">, but no hook is called '" + hookName
            + "'; known hooks: " + String.join(", ", byName.keySet()));
      }
      if (!hook.settings().containsKey(setting)) {
        String accepted = hook.settings().isEmpty() ? "it has no settings"
            : "it accepts " + hook.settings().keySet().stream().sorted().map(s -> "<" + hookName + "." + s + ">")
                .collect(Collectors.joining(", "));
        throw new SettingsException("<hookSettings> has <" + e.getKey() + ">, which the hook '" + hookName
            + "' does not know; " + accepted);
      }
      out.computeIfAbsent(hookName, k -> new TreeMap<>()).put(setting, e.getValue() == null ? "" : e.getValue());
    }
    return out;
  }
}
