package dev.armature.maven.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The plugin settings every generator and hook may read.
 *
 * @param profile how much infrastructure to make ({@code <profile>})
 * @param database the production database ({@code <database>})
 */
public record Settings(Profile profile, Database database) {

  public Settings {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(database, "database");
  }

  /** The defaults: {@code startup} on {@code h2}. */
  public static Settings defaults() {
    return new Settings(Profile.STARTUP, Database.H2);
  }

  /** {@code <profile>}: the size of what is generated. */
  public enum Profile {
    /** One container, a small compose file, a simple pipeline. */
    STARTUP,
    /** Kubernetes with probes and limits, monitoring, a staged pipeline. */
    ENTERPRISE,
    /** Autoscaling, several replicas, disruption budgets. */
    HYPERSCALE;

    /** The name as written in the POM, e.g. {@code startup}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The profile of this POM name, if it is one. */
    public static Optional<Profile> of(String id) {
      return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    /** Every POM name, in declaration order. */
    public static List<String> ids() {
      return Arrays.stream(values()).map(Profile::id).toList();
    }
  }

  /** {@code <database>}: what the application runs on outside tests. */
  public enum Database {
    H2("org.h2.Driver"),
    POSTGRESQL("org.postgresql.Driver"),
    MYSQL("com.mysql.cj.jdbc.Driver");

    private final String driverClassName;

    Database(String driverClassName) {
      this.driverClassName = driverClassName;
    }

    /** The name as written in the POM, e.g. {@code postgresql}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The JDBC driver class. */
    public String driverClassName() {
      return driverClassName;
    }

    /** The database of this POM name, if it is one. */
    public static Optional<Database> of(String id) {
      return Arrays.stream(values()).filter(d -> d.id().equals(id)).findFirst();
    }

    /** Every POM name, in declaration order. */
    public static List<String> ids() {
      return Arrays.stream(values()).map(Database::id).toList();
    }
  }
}
