package dev.armature.maven.engine;

import dev.armature.maven.ir.IrRequest;
import dev.armature.maven.spi.ProjectFacts;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One run of a goal, as plain values.
 *
 * @param project facts about the project
 * @param settings the checked parameters
 * @param ir the IR pass over the project's sources
 * @param workDirectory the plugin's folder under {@code target/} ({@code target/armature})
 * @param pluginVersion the plugin's version (part of the fingerprint: a new plugin regenerates)
 * @param extensionLoader finds generators and hooks (the plugin's class loader, with its dependencies)
 */
public record RunRequest(ProjectFacts project, PluginSettings settings, IrRequest ir, Path workDirectory,
    String pluginVersion, ClassLoader extensionLoader) {
  public RunRequest {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(ir, "ir");
    Objects.requireNonNull(workDirectory, "workDirectory");
    Objects.requireNonNull(pluginVersion, "pluginVersion");
    Objects.requireNonNull(extensionLoader, "extensionLoader");
  }
}
