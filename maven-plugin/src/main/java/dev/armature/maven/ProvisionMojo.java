package dev.armature.maven;

import dev.armature.maven.engine.ArmatureFailure;
import dev.armature.maven.engine.ProvisionRun;
import dev.armature.maven.engine.RunRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the post-build hooks once the project is built: {@code .admin_credentials} and {@code .env}
 * (strong random secrets, owner-only, never regenerated), {@code .gitignore} entries, and a closing
 * banner with commands to start the app and call it.
 *
 * @since 0.1.0
 */
@Mojo(name = "provision", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class ProvisionMojo extends AbstractArmatureMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    RunRequest request = request(settings(null, null, null));
    try {
      new ProvisionRun(buildLog()).run(request);
    } catch (ArmatureFailure e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }
}
