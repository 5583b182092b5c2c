package dev.armature.maven.engine;

import dev.armature.maven.ir.IrException;
import dev.armature.maven.ir.IrPass;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.writes.OutputFiles;
import dev.armature.maven.ir.ModelJsonReader;
import dev.armature.processor.model.DomainModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code armature:provision} as plain Java: the post-build hooks, over the IR that {@code generate} kept
 * in {@code target/armature/model.json} (or the compile's {@code META-INF/armature/model.json}; only
 * without either is the IR built again).
 */
public final class ProvisionRun {
  private final BuildLog log;

  public ProvisionRun(BuildLog log) {
    this.log = log;
  }

  public void run(RunRequest request) throws ArmatureFailure {
    PluginSettings settings = request.settings();
    try {
      Extensions extensions = Extensions.load(request.extensionLoader());
      HookPlan hooks = HookPlan.of(HookPhase.POST_BUILD, extensions.hooks(), settings);
      DomainModel model = model(request);
      OutputFiles files = OutputFiles.open(settings.outputDirectory(), log::warn);
      try {
        new HookRunner(log).run(hooks, model, request.project(), settings.settings(), settings.outputDirectory(),
            files, settings.failOnHookError());
      } finally {
        files.save();
      }
      log.info(files.changedAnything() ? "Provisioned: " + files.summary()
          : "Up to date: provisioning kept every file as it was");
      // what provision wrote (secrets and merges join the manifest) is not a change the next generate must redo
      Path stateFile = request.workDirectory().resolve(GenerateRun.STATE_JSON);
      Optional<RunState> state = RunState.read(stateFile);
      if (state.isPresent()) {
        new RunState(state.get().fingerprint(), files.diskState()).write(stateFile);
      }
    } catch (SettingsException | IrException e) {
      throw new ArmatureFailure(e.getMessage(), e);
    } catch (IOException e) {
      throw new ArmatureFailure("cannot update the files in " + settings.outputDirectory() + ": " + e.getMessage(), e);
    }
  }

  private DomainModel model(RunRequest request) throws IrException {
    List<Path> candidates = List.of(request.workDirectory().resolve(GenerateRun.MODEL_JSON),
        request.project().buildDirectory().resolve("classes/META-INF/armature/model.json"));
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate)) {
        try {
          return new ModelJsonReader().read(candidate);
        } catch (IOException | RuntimeException e) {
          log.debug("cannot read " + candidate + " (" + e.getMessage() + "); trying the next source of the IR");
        }
      }
    }
    log.debug("no IR kept by armature:generate or the compile; building it");
    return new IrPass().run(request.ir()).model();
  }
}
