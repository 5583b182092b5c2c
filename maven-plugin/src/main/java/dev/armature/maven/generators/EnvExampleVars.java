package dev.armature.maven.generators;

import dev.armature.maven.spi.AppEnvironment;
import dev.armature.maven.spi.ProjectFacts;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.spi.TemplateVars;
import dev.armature.processor.model.DomainModel;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The variables of {@code env.example.vm}.
 *
 * @param projectName the project's name
 * @param database the {@code <database>} setting, e.g. {@code h2}
 * @param variables every variable of {@link AppEnvironment#of}, in its order: the same list the {@code .env}
 *     hook writes, so the two files can never name different variables
 */
public record EnvExampleVars(String projectName, String database, List<Variable> variables) implements TemplateVars {

  /** Characters a value may hold unquoted in a shell, Docker Compose and systemd alike. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@+,=-]*");

  /**
   * One variable.
   *
   * @param name e.g. {@code SPRING_DATASOURCE_URL}
   * @param value as written after {@code =}: the example value, single-quoted when it holds characters a shell
   *     would read (the H2 URL's {@code ;}); empty for a secret
   * @param comment the line above it, without {@code #}
   */
  public record Variable(String name, String value, String comment) {}

  /** The variables of this project on this database; secrets have no value, ever. */
  public static EnvExampleVars of(ProjectFacts project, Settings settings, DomainModel model) {
    List<Variable> variables = AppEnvironment.of(project, settings, model).variables().stream()
        .map(v -> new Variable(v.name(), v.secret() ? "" : quoted(v.value()), comment(v)))
        .toList();
    return new EnvExampleVars(project.name(), settings.database().id(), variables);
  }

  private static String comment(AppEnvironment.Variable v) {
    String line = capitalized(v.description()) + ". Sets " + v.property() + ".";
    return v.secret() ? line + " Secret: empty here; mvn package writes a random one into .env." : line;
  }

  /** {@code 'jdbc:h2:mem:app;DB_CLOSE_DELAY=-1'}: single quotes keep {@code ;} from ending the assignment. */
  static String quoted(String value) {
    return PLAIN.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
