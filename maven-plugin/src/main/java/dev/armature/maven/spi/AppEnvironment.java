package dev.armature.maven.spi;

import dev.armature.processor.model.DomainModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The environment variables the generated application reads, one list for every file that mentions them
 * ({@code .env}, {@code .env.example}, and later compose files, Kubernetes manifests, CI): they can never
 * disagree on a name. Spring Boot's relaxed binding maps each to its property
 * ({@code SPRING_DATASOURCE_URL} → {@code spring.datasource.url}).
 *
 * @param variables in the order they are written
 */
public record AppEnvironment(List<Variable> variables) {

  public AppEnvironment {
    variables = List.copyOf(variables);
  }

  /** {@code ARMATURE_ADMIN_USERNAME}: the provisioned admin account's name. */
  public static final String ADMIN_USERNAME = "ARMATURE_ADMIN_USERNAME";
  /** {@code ARMATURE_ADMIN_PASSWORD}: its password. */
  public static final String ADMIN_PASSWORD = "ARMATURE_ADMIN_PASSWORD";
  /** {@code SPRING_DATASOURCE_URL}. */
  public static final String DATASOURCE_URL = "SPRING_DATASOURCE_URL";
  /** {@code SPRING_DATASOURCE_USERNAME}. */
  public static final String DATASOURCE_USERNAME = "SPRING_DATASOURCE_USERNAME";
  /** {@code SPRING_DATASOURCE_PASSWORD}. */
  public static final String DATASOURCE_PASSWORD = "SPRING_DATASOURCE_PASSWORD";
  /** {@code SERVER_PORT}. */
  public static final String SERVER_PORT = "SERVER_PORT";

  /**
   * One variable.
   *
   * @param name e.g. {@code SPRING_DATASOURCE_URL}
   * @param property the Spring property it sets, e.g. {@code spring.datasource.url}
   * @param description one line for a person
   * @param value the value to use where no secret is involved (in {@code .env.example} and {@code .env}); for
   *     a secret, empty: {@code .env} gets a random value, {@code .env.example} none
   * @param secret whether the value is a secret (never in a file that is committed)
   */
  public record Variable(String name, String property, String description, String value, boolean secret) {
    public Variable {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(value, "value");
      if (secret && !value.isEmpty()) {
        throw new IllegalArgumentException(name + ": a secret has no value here");
      }
    }
  }

  /**
   * The variables of this project on this database. The admin account's only when the generated API has
   * one: with Spring Security on the class path ({@code model.classpath().springSecurity()}).
   */
  public static AppEnvironment of(ProjectFacts project, Settings settings, DomainModel model) {
    String db = databaseName(project.artifactId());
    List<Variable> vars = new ArrayList<>();
    if (model.classpath().springSecurity()) {
      vars.add(new Variable(ADMIN_USERNAME, "armature.admin.username",
          "the admin account of the generated API (HTTP Basic); holds ADMIN and every role the resources name",
          "admin", false));
      vars.add(new Variable(ADMIN_PASSWORD, "armature.admin.password", "its password", "", true));
    }
    vars.add(new Variable(SERVER_PORT, "server.port", "the HTTP port", "8080", false));
    switch (settings.database()) {
      case H2 -> {
        vars.add(new Variable(DATASOURCE_URL, "spring.datasource.url", "the JDBC URL (embedded H2, in memory)",
            "jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1", false));
        vars.add(new Variable(DATASOURCE_USERNAME, "spring.datasource.username", "the database user", "sa", false));
        vars.add(new Variable(DATASOURCE_PASSWORD, "spring.datasource.password",
            "the database user's password (H2 in memory needs none)", "", false));
      }
      case POSTGRESQL -> {
        vars.add(new Variable(DATASOURCE_URL, "spring.datasource.url", "the JDBC URL of the PostgreSQL database",
            "jdbc:postgresql://localhost:5432/" + db, false));
        vars.add(new Variable(DATASOURCE_USERNAME, "spring.datasource.username", "the database user", db, false));
        vars.add(new Variable(DATASOURCE_PASSWORD, "spring.datasource.password", "the database user's password", "", true));
      }
      case MYSQL -> {
        vars.add(new Variable(DATASOURCE_URL, "spring.datasource.url", "the JDBC URL of the MySQL database",
            "jdbc:mysql://localhost:3306/" + db, false));
        vars.add(new Variable(DATASOURCE_USERNAME, "spring.datasource.username", "the database user", db, false));
        vars.add(new Variable(DATASOURCE_PASSWORD, "spring.datasource.password", "the database user's password", "", true));
      }
      default -> throw new IllegalStateException("unknown database " + settings.database());
    }
    return new AppEnvironment(vars);
  }

  /** Whether there is a variable of this name. */
  public boolean has(String name) {
    return variables.stream().anyMatch(v -> v.name().equals(name));
  }

  /** The variable of this name. */
  public Variable get(String name) {
    return variables.stream().filter(v -> v.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no variable " + name));
  }

  /** A database, user and schema name from the artifactId: lower-case letters, digits and {@code _}. */
  static String databaseName(String artifactId) {
    String s = artifactId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      s = "app_" + s;
    }
    return s.length() > 63 ? s.substring(0, 63) : s;
  }
}
