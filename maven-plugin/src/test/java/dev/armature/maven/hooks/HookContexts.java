package dev.armature.maven.hooks;

import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.ProjectFacts;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.testing.SampleModels;
import dev.armature.processor.model.DomainModel;
import java.nio.file.Path;
import java.util.Map;

/** Contexts for hook tests: the sample library project in a temp dir, files through {@link TempDirProjectFiles}. */
final class HookContexts {
  private HookContexts() {}

  static HookContext context(Path dir, TempDirProjectFiles files) {
    return context(dir, files, Settings.defaults(), Map.of(), Map.of());
  }

  static HookContext context(Path dir, TempDirProjectFiles files, Settings settings, Map<String, String> options,
      Map<String, String> artifacts) {
    return new HookContext(SampleModels.library(), SampleModels.project(dir), settings, dir, options, artifacts, files);
  }

  static HookContext context(Path dir, ProjectFacts project) {
    return new HookContext(SampleModels.library(), project, Settings.defaults(), dir, Map.of(), Map.of(),
        new TempDirProjectFiles(dir));
  }

  static HookContext context(Path dir, DomainModel model, Map<String, String> artifacts, TempDirProjectFiles files) {
    return new HookContext(model, SampleModels.project(dir), Settings.defaults(), dir, Map.of(), artifacts, files);
  }

  static Settings on(Settings.Database database) {
    return new Settings(Settings.Profile.STARTUP, database);
  }
}
