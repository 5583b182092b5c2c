package dev.armature.maven.spi;

/**
 * Renders the Velocity templates of {@code armature-templates}: {@code armature/templates/{name}} from
 * the plugin's class path (so a third-party generator's jar can bring its own), unless the project's
 * {@code templateDirectory} has a file of the same name, which then replaces it.
 *
 * <p>Velocity runs in strict mode: a reference to a variable the {@link TemplateVars} does not have fails
 * the build, naming the template and the line.
 */
public interface Templates {

  /**
   * Renders one template.
   *
   * @param name the template's file name under {@code armature/templates/}, e.g. {@code API.md.vm}
   * @param vars a record implementing {@link TemplateVars}; its components are the template's variables
   * @return the text, with {@code \n} line ends
   * @throws TemplateException when the template is missing, malformed, or references an unknown variable
   */
  String render(String name, TemplateVars vars);

  /** A template that cannot be found or rendered; the message names the template and the cause. */
  final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
