package dev.armature.maven;

import dev.armature.maven.engine.ArmatureFailure;
import dev.armature.maven.engine.GenerateRun;
import dev.armature.maven.engine.RunRequest;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds the IR of the project's {@code @ApiResource} entities (the processor in an IR-only,
 * {@code -proc:only} pass), runs the pre-build hooks, then the infrastructure generators, writing their
 * files into {@code outputDirectory} through the manifest: a file a person edited is never overwritten.
 * With nothing changed since the last run it does nothing and says "up to date".
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class GenerateMojo extends AbstractArmatureMojo {

  /**
   * A folder of templates replacing the built-in ones of the same file name (e.g. {@code API.md.vm}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "armature.templateDirectory")
  File templateDirectory;

  /**
   * Generators to run, by name (all when empty): {@code api-docs}, {@code env-example} and any a plugin
   * dependency adds.
   *
   * @since 0.1.0
   */
  @Parameter(property = "armature.generators")
  List<String> generators;

  /**
   * Generators to leave out, by name.
   *
   * @since 0.1.0
   */
  @Parameter(property = "armature.excludeGenerators")
  List<String> excludeGenerators;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    RunRequest request = request(settings(templateDirectory, generators, excludeGenerators));
    MavenProjectFacts.processorVersionMismatch(project, pluginVersion()).ifPresent(getLog()::warn);
    try {
      ProjectInfoFile.write(project);
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("Cannot write " + ProjectInfoFile.PATH + " into " + project.getBuild().getOutputDirectory()
          + ": " + e.getMessage(), e);
    }
    try {
      new GenerateRun(buildLog()).run(request);
    } catch (ArmatureFailure e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }
}
