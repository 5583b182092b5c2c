package dev.armature.maven.engine;

import dev.armature.maven.spi.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The plugin's parameters, checked: every value a person can get wrong fails here with a message that
 * names its XML element and what it accepts, before anything runs.
 *
 * @param settings profile and database
 * @param outputDirectory where files go (the project folder by default)
 * @param templateDirectory a folder whose templates replace the built-in ones of the same name
 * @param generators generators to run (empty: all)
 * @param excludeGenerators generators to leave out
 * @param hooks hooks to run (empty: all)
 * @param skipHooks hooks to leave out
 * @param hookSettings {@code hook-name.setting} → value
 * @param failOnHookError whether a failing hook fails the build (else a warning)
 */
public record PluginSettings(
    Settings settings,
    Path outputDirectory,
    Optional<Path> templateDirectory,
    List<String> generators,
    List<String> excludeGenerators,
    List<String> hooks,
    List<String> skipHooks,
    Map<String, String> hookSettings,
    boolean failOnHookError) {

  public PluginSettings {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(templateDirectory, "templateDirectory");
    generators = names(generators);
    excludeGenerators = names(excludeGenerators);
    hooks = names(hooks);
    skipHooks = names(skipHooks);
    hookSettings = java.util.Collections.unmodifiableMap(new TreeMap<>(hookSettings == null ? Map.of() : hookSettings));
  }

  /**
   * Checks the raw parameter values as Maven injected them ({@code null} = not given).
   *
   * @throws SettingsException naming the element at fault
   */
  public static PluginSettings check(String profile, String database, Path outputDirectory, Path templateDirectory,
      List<String> generators, List<String> excludeGenerators, List<String> hooks, List<String> skipHooks,
      Map<String, String> hookSettings, boolean failOnHookError) throws SettingsException {
    // every mistake at once, so a person fixes the POM once, not once per build
    List<String> problems = new ArrayList<>();
    Optional<Settings.Profile> p = Settings.Profile.of(trim(profile, "startup"));
    if (p.isEmpty()) {
      problems.add("<profile> is '" + profile + "'; accepted values: " + String.join(", ", Settings.Profile.ids()));
    }
    Optional<Settings.Database> d = Settings.Database.of(trim(database, "h2"));
    if (d.isEmpty()) {
      problems.add("<database> is '" + database + "'; accepted values: " + String.join(", ", Settings.Database.ids()));
    }
    Path out = outputDirectory == null ? null : outputDirectory.toAbsolutePath().normalize();
    outputProblem(out).ifPresent(problems::add);
    Optional<Path> templates = Optional.ofNullable(templateDirectory).map(t -> t.toAbsolutePath().normalize());
    if (templates.isPresent() && !Files.isDirectory(templates.get())) {
      problems.add("<templateDirectory> " + templates.get()
          + " is not a folder; give the folder holding your replacement templates (e.g. src/armature/templates)");
    }
    if (hookSettings != null) {
      for (Map.Entry<String, String> e : hookSettings.entrySet()) {
        if (!e.getKey().matches("[a-z0-9-]+\\.[A-Za-z0-9-]+")) {
          problems.add("<hookSettings> has <" + e.getKey()
              + ">; each setting is <hook-name.setting>, e.g. <admin-credentials.username>admin</admin-credentials.username>");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new SettingsException(String.join("\n", problems));
    }
    return new PluginSettings(new Settings(p.orElseThrow(), d.orElseThrow()), out, templates, generators, excludeGenerators, hooks, skipHooks,
        hookSettings, failOnHookError);
  }

  private static Optional<String> outputProblem(Path out) {
    if (out == null) {
      return Optional.of("<outputDirectory> is empty; give a folder (default: ${project.basedir})");
    }
    Path existing = out;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      return Optional.of("<outputDirectory> " + out + " is not a folder that can be written"
          + (existing == null ? "" : " (" + existing + " is a file)") + "; give a folder, e.g. ${project.basedir}");
    }
    if (!Files.isWritable(existing)) {
      return Optional.of("<outputDirectory> " + out + " is not writable (" + existing
          + " is read-only); give a folder you can write to");
    }
    return Optional.empty();
  }

  /**
   * A boolean parameter, strictly: Maven's own conversion would read any word but {@code true} as
   * {@code false} and so ignore a typo.
   *
   * @param element the XML element, named in the error
   * @param value as Maven injected it; {@code null} or blank means {@code defaultValue}
   * @throws SettingsException unless the value is {@code true} or {@code false} (any case)
   */
  public static boolean flag(String element, String value, boolean defaultValue) throws SettingsException {
    String v = trim(value, String.valueOf(defaultValue));
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(v);
    }
    throw new SettingsException("<" + element + "> is '" + value + "'; accepted values: true, false");
  }

  private static String trim(String value, String defaultValue) {
    return value == null || value.isBlank() ? defaultValue : value.trim();
  }

  private static List<String> names(List<String> values) {
    return values == null ? List.of()
        : values.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
  }
}
