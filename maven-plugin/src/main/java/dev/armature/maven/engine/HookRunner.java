package dev.armature.maven.engine;

import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.ProjectFacts;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.writes.OutputFiles;
import dev.armature.processor.model.DomainModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a {@link HookPlan} in order. Each hook sees the artifacts of those before it; a hook may add
 * artifacts but not replace one. A failure (a failed result or an exception) names the hook and its reason
 * and fails the build, or with {@code failOnHookError=false} is logged as a warning and the next hook runs.
 */
final class HookRunner {
  private final BuildLog log;

  HookRunner(BuildLog log) {
    this.log = log;
  }

  /**
   * @return the artifacts every hook handed on
   * @throws ArmatureFailure the first failure, when {@code failOnHookError}
   */
  Map<String, String> run(HookPlan plan, DomainModel model, ProjectFacts project, Settings settings,
      Path outputDirectory, OutputFiles files, boolean failOnHookError) throws ArmatureFailure {
    Map<String, String> artifacts = new TreeMap<>();
    for (Hook hook : plan.hooks()) {
      HookContext context = new HookContext(model, project, settings, outputDirectory,
          plan.options().getOrDefault(hook.name(), Map.of()), artifacts, files.forHook(hook.name()));
      HookResult result;
      Throwable thrown = null;
      try {
        result = hook.run(context);
        if (result == null) {
          result = HookResult.failed("it returned no result (a bug in " + hook.getClass().getName() + ")");
        }
      } catch (Exception | LinkageError e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
        log.debug("hook '" + hook.name() + "' threw " + e);
        result = HookResult.failed(reason);
        thrown = e;
      }
      if (result.success()) {
        for (Map.Entry<String, String> a : result.artifacts().entrySet()) {
          String earlier = artifacts.get(a.getKey());
          if (earlier != null && !earlier.equals(a.getValue())) {
            result = HookResult.failed("it hands on '" + a.getKey() + "', which an earlier hook already set;"
                + " artifacts cannot be replaced");
            break;
          }
        }
      }
      if (!result.success()) {
        String line = "Hook '" + hook.name() + "' failed: " + result.message();
        if (failOnHookError) {
          throw new ArmatureFailure(line + " (set <failOnHookError>false</failOnHookError> to go on with a warning,"
              + " or leave the hook out with <skipHooks><skipHook>" + hook.name() + "</skipHook></skipHooks>)", thrown);
        }
        log.warn(line);
        continue;
      }
      artifacts.putAll(result.artifacts());
      String line = hook.name() + ": " + result.message();
      if (result.warning()) {
        log.warn(line);
      } else if (result.shown()) {
        log.info(line);
      } else {
        log.debug(line);
      }
    }
    return artifacts;
  }
}
