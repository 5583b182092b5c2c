package dev.armature.maven.templates;

import dev.armature.maven.spi.TemplateVars;
import dev.armature.maven.spi.Templates;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link Templates} on Apache Velocity 2 in strict mode.
 * SKELETON: the contract is fixed; the body is being written.
 */
public final class VelocityTemplates implements Templates {

  /**
   * @param templateDirectory the project's {@code templateDirectory}: its files replace built-in templates
   *     of the same name
   * @param loader finds {@code armature/templates/{name}} (the plugin's class loader, with its dependencies)
   */
  public VelocityTemplates(Optional<Path> templateDirectory, ClassLoader loader) {
  }

  @Override
  public String render(String name, TemplateVars vars) {
    throw new UnsupportedOperationException("not yet");
  }
}
