package dev.armature.maven.engine;

import dev.armature.maven.ir.InputFingerprint;
import dev.armature.maven.ir.IrException;
import dev.armature.maven.ir.IrPass;
import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.GeneratorContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.templates.VelocityTemplates;
import dev.armature.maven.writes.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code armature:generate} as plain Java: check the settings, skip everything when nothing changed since
 * the last run, else build the IR, run the pre-build hooks and the generators, and write their files
 * through the manifest.
 */
public final class GenerateRun {
  /** The IR this run built, for {@code armature:provision} (a copy of the pass's {@code model.json}). */
  static final String MODEL_JSON = "model.json";
  static final String STATE_JSON = "state.json";

  private final BuildLog log;

  public GenerateRun(BuildLog log) {
    this.log = log;
  }

  public void run(RunRequest request) throws ArmatureFailure {
    long start = System.nanoTime();
    PluginSettings settings = request.settings();
    try {
      Extensions extensions = Extensions.load(request.extensionLoader());
      List<Generator> generators = extensions.selectGenerators(settings.generators(), settings.excludeGenerators());
      HookPlan hooks = HookPlan.of(HookPhase.PRE_BUILD, extensions.hooks(), settings);
      HookPlan.of(HookPhase.POST_BUILD, extensions.hooks(), settings); // a mistake there fails now, not after the build
      String fingerprint = InputFingerprint.of(request.ir(), fingerprintExtras(request, extensions, generators));
      Path stateFile = request.workDirectory().resolve(STATE_JSON);
      Optional<RunState> last = RunState.read(stateFile);
      if (last.isPresent() && last.get().fingerprint().equals(fingerprint)
          && OutputFiles.diskState(settings.outputDirectory(), last.get().files().keySet()).equals(last.get().files())) {
        log.info("Up to date: nothing changed since the last run (checked in " + millis(start) + " ms)");
        return;
      }

      long irStart = System.nanoTime();
      IrPass.Result ir = new IrPass().run(request.ir());
      long irMillis = millis(irStart);
      ir.warnings().forEach(log::debug);
      keepModel(ir, request.workDirectory());
      if (ir.model().entities().isEmpty()) {
        log.warn("No @ApiResource entity in the sources yet: the generated files describe an empty API");
      }

      OutputFiles files = OutputFiles.open(settings.outputDirectory(), log::warn);
      try {
        new HookRunner(log).run(hooks, ir.model(), request.project(), settings.settings(), settings.outputDirectory(),
            files, settings.failOnHookError());
        VelocityTemplates templates = new VelocityTemplates(settings.templateDirectory(), request.extensionLoader());
        for (String name : templates.replacingNothing()) {
          log.warn("<templateDirectory> has " + name + ", but no template of that name exists, so it replaces nothing;"
              + " check its name against the templates of armature-templates (armature/templates/ in its jar),"
              + " or ignore this if one of your templates #parses it");
        }
        GeneratorContext context = new GeneratorContext(ir.model(), request.project(), settings.settings(), templates);
        List<GeneratorRunner.Made> made = new GeneratorRunner().run(generators, context,
            Runtime.getRuntime().availableProcessors(), request.extensionLoader());
        for (GeneratorRunner.Made m : made) {
          files.writeGenerated(m.file(), m.generator());
        }
        files.removeStale(made.stream().map(m -> m.file().path()).collect(Collectors.toSet()),
            generators.stream().map(Generator::name).collect(Collectors.toSet()));
      } finally {
        files.save();
      }
      log.info(files.summary() + " for " + ir.model().entities().size() + " resource(s) in " + millis(start)
          + " ms (IR pass " + irMillis + " ms)");
      new RunState(fingerprint, files.diskState()).write(stateFile);
    } catch (SettingsException | IrException e) {
      throw new ArmatureFailure(e.getMessage(), e);
    } catch (IOException e) {
      throw new ArmatureFailure("cannot update the files in " + settings.outputDirectory() + ": " + e.getMessage(), e);
    }
  }

  /** Everything besides sources and class path that changes the output. */
  private static Map<String, String> fingerprintExtras(RunRequest request, Extensions extensions,
      List<Generator> generators) throws IOException {
    PluginSettings s = request.settings();
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("plugin", request.pluginVersion());
    extra.put("settings", s.toString());
    extra.put("templates", s.templateDirectory().isPresent() ? InputFingerprint.ofFolder(s.templateDirectory().get()) : "");
    extra.put("generators", generators.stream().map(g -> g.name() + "=" + g.getClass().getName()).toList().toString());
    extra.put("hooks", extensions.hooks().stream().map(h -> h.name() + "=" + h.getClass().getName()).toList().toString());
    extra.put("project", request.project().toString());
    extra.put("extensionJars", ExtensionJars.stamp(request.extensionLoader()));
    return extra;
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static void keepModel(IrPass.Result ir, Path workDirectory) throws IOException {
    Path kept = workDirectory.resolve(MODEL_JSON);
    Files.createDirectories(workDirectory);
    if (ir.modelJson().isPresent()) {
      Files.copy(ir.modelJson().get(), kept, StandardCopyOption.REPLACE_EXISTING);
    } else {
      Files.deleteIfExists(kept);
    }
  }
}
