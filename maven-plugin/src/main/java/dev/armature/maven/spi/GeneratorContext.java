package dev.armature.maven.spi;

import dev.armature.processor.model.DomainModel;
import java.util.Objects;

/**
 * What a generator gets.
 *
 * @param model the IR, exactly as the processor built it
 * @param project facts about the Maven project (coordinates, dependencies, Java release)
 * @param settings the plugin's {@code profile} and {@code database}
 * @param templates renders Velocity templates (the built-in ones, or those of {@code templateDirectory})
 */
public record GeneratorContext(DomainModel model, ProjectFacts project, Settings settings, Templates templates) {
  public GeneratorContext {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(templates, "templates");
  }
}
