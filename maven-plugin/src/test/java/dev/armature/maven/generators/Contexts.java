package dev.armature.maven.generators;

import dev.armature.maven.spi.GeneratorContext;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.templates.VelocityTemplates;
import dev.armature.maven.testing.SampleModels;
import dev.armature.processor.model.DomainModel;
import java.nio.file.Path;
import java.util.Optional;

/** Generator contexts over the sample models, with the built-in templates of armature-templates. */
final class Contexts {
  /** An absolute project folder that must never appear in any output. */
  static final Path BASE = Path.of("/home/dev/library").toAbsolutePath();

  private Contexts() {}

  static GeneratorContext of(DomainModel model) {
    return of(model, Settings.defaults());
  }

  static GeneratorContext of(DomainModel model, Settings settings) {
    return new GeneratorContext(model, SampleModels.project(BASE), settings,
        new VelocityTemplates(Optional.empty(), Contexts.class.getClassLoader()));
  }
}
