package dev.armature.maven;

import dev.armature.maven.engine.BuildLog;
import dev.armature.maven.engine.PluginSettings;
import dev.armature.maven.engine.RunRequest;
import dev.armature.maven.engine.SettingsException;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters {@code generate} and {@code provision} share, and the guards both apply. */
abstract class AbstractArmatureMojo extends AbstractMojo {

  /**
   * Skips the goal: {@code true} or {@code false}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "armature.skip", defaultValue = "false")
  String skip;

  /**
   * Where Armature writes the files a team reviews and commits ({@code docs/}, {@code .env.example}, ...),
   * its secrets ({@code .env}, {@code .admin_credentials}) and its manifest ({@code .armature/manifest.json}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "armature.outputDirectory", defaultValue = "${project.basedir}")
  File outputDirectory;

  /**
   * Hooks to run, by name (all when empty): {@code environment-check}, {@code writable-outputs},
   * {@code admin-credentials}, {@code env-file}, {@code gitignore}, {@code banner} and any a plugin
   * dependency adds.
   *
   * @since 0.1.0
   */
  @Parameter(property = "armature.hooks")
  List<String> hooks;

  /**
   * Hooks to leave out, by name.
   *
   * @since 0.1.0
   */
  @Parameter(property = "armature.skipHooks")
  List<String> skipHooks;

  /**
   * Per-hook settings, each as {@code <hook-name.setting>value</hook-name.setting>}, e.g.
   * {@code <admin-credentials.username>root</admin-credentials.username>}. A setting the hook does not
   * know fails the build.
   *
   * @since 0.1.0
   */
  @Parameter
  Map<String, String> hookSettings;

  /**
   * How much infrastructure to make: {@code startup}, {@code enterprise} or {@code hyperscale}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "armature.profile", defaultValue = "startup")
  String profile;

  /**
   * The database the application runs on: {@code h2}, {@code postgresql} or {@code mysql}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "armature.database", defaultValue = "h2")
  String database;

  /**
   * Whether a failing hook fails the build: {@code true} or {@code false}, which turns the failure into a
   * warning.
   *
   * @since 0.1.0
   */
  @Parameter(property = "armature.failOnHookError", defaultValue = "true")
  String failOnHookError;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  /** Whether the goal has nothing to do here; logs why. A {@code <skip>} that is not a boolean fails. */
  boolean skipped() throws MojoFailureException {
    boolean skipIt;
    try {
      skipIt = PluginSettings.flag("skip", skip, false);
    } catch (SettingsException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    if (skipIt) {
      getLog().info("Skipped (armature.skip)");
      return true;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().info("Skipped: a project of packaging pom has no sources");
      return true;
    }
    return false;
  }

  PluginSettings settings(File templateDirectory, List<String> generators, List<String> excludeGenerators)
      throws MojoFailureException {
    try {
      return PluginSettings.check(profile, database, outputDirectory == null ? null : outputDirectory.toPath(),
          templateDirectory == null ? null : templateDirectory.toPath(), generators, excludeGenerators, hooks,
          skipHooks, hookSettings, PluginSettings.flag("failOnHookError", failOnHookError, true));
    } catch (SettingsException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  /** One run of a goal as plain values; the plugin's work folder is {@code target/armature}. */
  RunRequest request(PluginSettings settings) throws MojoExecutionException {
    try {
      return new RunRequest(MavenProjectFacts.of(project), settings, MavenProjectFacts.irRequest(project),
          project.getBasedir().toPath().resolve(project.getBuild().getDirectory()).resolve("armature"),
          pluginVersion(), getClass().getClassLoader());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the compile class path is not resolved: " + e.getMessage(), e);
    }
  }

  String pluginVersion() {
    return mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
  }

  BuildLog buildLog() {
    return new BuildLog() {
      @Override public void info(String line) {
        getLog().info(line);
      }

      @Override public void warn(String line) {
        getLog().warn(line);
      }

      @Override public void debug(String line) {
        getLog().debug(line);
      }
    };
  }
}
