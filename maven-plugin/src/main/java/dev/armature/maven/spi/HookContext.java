package dev.armature.maven.spi;

import dev.armature.processor.model.DomainModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a hook gets.
 *
 * @param model the IR
 * @param project facts about the Maven project
 * @param settings the plugin's {@code profile} and {@code database}
 * @param outputDirectory where Armature writes into the project ({@code outputDirectory}, by default the
 *     project folder)
 * @param options this hook's {@code <hookSettings>}, keys without the {@code name.} prefix
 * @param artifacts what the hooks before this one handed on, sorted by key (see {@link HookResult#artifacts()})
 * @param files writes into the output directory through the manifest; hooks write nothing any other way
 *     (a check may probe a folder, as {@code writable-outputs} does, if it leaves nothing behind)
 */
public record HookContext(
    DomainModel model,
    ProjectFacts project,
    Settings settings,
    Path outputDirectory,
    Map<String, String> options,
    Map<String, String> artifacts,
    ProjectFiles files) {

  public HookContext {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    options = Map.copyOf(options);
    artifacts = java.util.Collections.unmodifiableMap(new TreeMap<>(artifacts));
    Objects.requireNonNull(files, "files");
  }

  /** This hook's setting, or the default when {@code <hookSettings>} does not give it. */
  public String option(String name, String defaultValue) {
    return options.getOrDefault(name, defaultValue);
  }
}
