package dev.armature.maven.engine;

import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.Hook;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The generators and hooks on the plugin's class path: the built-in ones and those of jars added to the
 * plugin's {@code <dependencies>}, found with {@link ServiceLoader}, sorted by name.
 */
public record Extensions(List<Generator> generators, List<Hook> hooks) {

  public Extensions {
    generators = generators.stream().sorted(Comparator.comparing(Generator::name)).toList();
    hooks = hooks.stream().sorted(Comparator.comparing(Hook::name)).toList();
  }

  /**
   * Loads every generator and hook visible to this class loader.
   *
   * @throws SettingsException when two have the same name (both classes named) or a name is malformed
   */
  public static Extensions load(ClassLoader loader) throws SettingsException {
    List<Generator> generators = new ArrayList<>();
    ServiceLoader.load(Generator.class, loader).forEach(generators::add);
    List<Hook> hooks = new ArrayList<>();
    ServiceLoader.load(Hook.class, loader).forEach(hooks::add);
    checkNames("generator", generators.stream().map(g -> named(g.name(), g.getClass())).toList());
    checkNames("hook", hooks.stream().map(h -> named(h.name(), h.getClass())).toList());
    return new Extensions(generators, hooks);
  }

  /**
   * The generators to run: those named in {@code <generators>} (all when empty) minus
   * {@code <excludeGenerators>}, in name order.
   */
  public List<Generator> selectGenerators(List<String> include, List<String> exclude) throws SettingsException {
    List<String> known = generators.stream().map(Generator::name).toList();
    checkKnown("generators", "generator", include, known);
    checkKnown("excludeGenerators", "generator", exclude, known);
    return generators.stream()
        .filter(g -> include.isEmpty() || include.contains(g.name()))
        .filter(g -> !exclude.contains(g.name()))
        .toList();
  }

  static void checkKnown(String element, String kind, List<String> names, List<String> known) throws SettingsException {
    for (String name : names) {
      if (!known.contains(name)) {
        throw new SettingsException("Unknown " + kind + " '" + name + "' in <" + element + ">; known " + kind + "s: "
            + String.join(", ", known));
      }
    }
  }

  /** Not {@code Map.entry}, which throws on a null name before {@link #checkNames} can name the class. */
  private static Map.Entry<String, String> named(String name, Class<?> type) {
    return new AbstractMap.SimpleImmutableEntry<>(name, type.getName());
  }

  private static void checkNames(String kind, List<Map.Entry<String, String>> named) throws SettingsException {
    Map<String, String> seen = new HashMap<>();
    for (Map.Entry<String, String> e : named) {
      if (e.getKey() == null || !e.getKey().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new SettingsException("the " + kind + " " + e.getValue() + " is named '" + e.getKey()
            + "'; names are lower-case words joined by '-'");
      }
      String other = seen.putIfAbsent(e.getKey(), e.getValue());
      if (other != null) {
        throw new SettingsException("two " + kind + "s are named '" + e.getKey() + "': " + other + " and "
            + e.getValue() + "; remove one of the jars from the plugin's <dependencies>");
      }
    }
  }
}
