package dev.armature.maven.hooks;

import com.google.auto.service.AutoService;
import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.ProjectFacts;
import dev.armature.maven.spi.Settings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code environment-check}: fails early, with the fix to paste, when the project cannot run the code
 * Armature generates; otherwise the compile would fail later on a missing class, far from the cause. All
 * problems come in one message, so a person fixes the POM once, not once per build.
 *
 * <p>Checks: Java 17+ runs Maven and is the project's release; Spring Boot 3.5.x or 4.x; Spring Web MVC,
 * Spring Data JPA and Bean Validation with an implementation (each missing one named, with the starter for
 * the project's Boot version). Notes, not failures but logged as a {@code WARNING} (shown by {@code mvn -q}): no Spring Security (the API will be open),
 * {@code armature-processor} not on the compiler's processor path (no REST layer will be generated), and
 * no JDBC driver for {@code <database>} (the app will not start).
 *
 * <p>Pre-build; runs after no other hook; no settings. Hands on nothing.
 */
@AutoService(Hook.class)
public final class EnvironmentCheckHook implements Hook {
  static final int MIN_JAVA = 17;

  /** One library the generated code needs, and the starter that brings it on Boot 3 and Boot 4. */
  private record Library(String what, String groupId, String artifactId, String boot3Starter, String boot4Starter) {
    String coordinates() {
      return groupId + ":" + artifactId;
    }
  }

  private static final List<Library> NEEDED = List.of(
      new Library("Spring Web MVC", "org.springframework", "spring-webmvc",
          "spring-boot-starter-web", "spring-boot-starter-webmvc"),
      new Library("Spring Data JPA", "org.springframework.data", "spring-data-jpa",
          "spring-boot-starter-data-jpa", "spring-boot-starter-data-jpa"),
      new Library("Bean Validation", "jakarta.validation", "jakarta.validation-api",
          "spring-boot-starter-validation", "spring-boot-starter-validation"),
      new Library("a Bean Validation implementation (Hibernate Validator)", "org.hibernate.validator",
          "hibernate-validator", "spring-boot-starter-validation", "spring-boot-starter-validation"));

  /** What the generated {@code ArmatureSecurityConfiguration} needs ({@code HttpSecurity}). */
  private static final Library SECURITY = new Library("Spring Security", "org.springframework.security",
      "spring-security-config", "spring-boot-starter-security", "spring-boot-starter-security");

  @Override
  public String name() {
    return "environment-check";
  }

  @Override
  public String description() {
    return "Checks Java 17+, Spring Boot 3.5.x/4.x and the libraries the generated code needs, naming the <dependency> to add";
  }

  @Override
  public HookPhase phase() {
    return HookPhase.PRE_BUILD;
  }

  @Override
  public HookResult run(HookContext context) {
    ProjectFacts project = context.project();
    List<String> problems = new ArrayList<>(javaProblems(project));
    Optional<String> boot = project.springBootVersion();
    boot.flatMap(EnvironmentCheckHook::bootProblem).ifPresent(problems::add);
    if (boot.isEmpty()) {
      problems.add("Spring Boot is not a dependency (org.springframework.boot:spring-boot); Armature generates a Spring"
          + " Boot 3.5.x or 4.x application. Make Spring Boot the POM's parent:\n" + PomSnippets.bootParent());
    }
    // without Boot, offer the Boot 4 starters, as the parent offered above is Boot 4
    boolean boot4 = boot.map(Versions::majorMinor).map(mm -> mm.length == 0 || mm[0] >= 4).orElse(true);

    Set<String> starters = new LinkedHashSet<>();
    for (Library library : NEEDED) {
      if (!present(project, library)) {
        problems.add(library.what() + " (" + library.coordinates() + ") is not a dependency" + testOnly(project, library));
        starters.add(boot4 ? library.boot4Starter() : library.boot3Starter());
      }
    }
    List<String> notes = notes(project, boot4);
    driverNote(project, context.settings().database()).ifPresent(notes::add);
    if (!problems.isEmpty()) {
      StringBuilder text = new StringBuilder("the project cannot run the code Armature generates:");
      problems.forEach(p -> text.append("\n- ").append(p));
      if (!starters.isEmpty()) {
        text.append("\nAdd to <dependencies> in pom.xml:\n")
            .append(starters.stream().map(PomSnippets::bootStarter).collect(Collectors.joining("\n")))
            .append("\n(Spring Boot's parent or BOM manages their versions.)");
      }
      notes.forEach(n -> text.append("\nAlso: ").append(n));
      // a last line of prose: the plugin appends its own advice to the message, never onto a snippet
      text.append("\nFix these and build again.");
      return HookResult.failed(text.toString());
    }
    if (!notes.isEmpty()) {
      // a WARNING, not INFO: each note means the app will not do what the person expects (an open API, no
      // REST layer, no start), and mvn -q must not hide that
      return HookResult.warning(String.join("\n", notes));
    }
    return HookResult.quiet("Java " + project.runningJavaVersion()
        + project.javaRelease().map(r -> " (release " + r + ")").orElse("") + ", Spring Boot " + boot.orElseThrow()
        + " with Web MVC, Data JPA, Bean Validation and Spring Security; armature-processor configured");
  }

  private static List<String> javaProblems(ProjectFacts project) {
    List<String> problems = new ArrayList<>();
    OptionalInt running = Versions.javaFeature(project.runningJavaVersion());
    if (running.isPresent() && running.getAsInt() < MIN_JAVA) {
      problems.add("Maven runs on Java " + project.runningJavaVersion() + "; Armature needs " + MIN_JAVA
          + " or later: point JAVA_HOME at a JDK " + MIN_JAVA + "+ (mvn -v shows the Java Maven uses)");
    }
    OptionalInt release = project.javaRelease().map(Versions::javaFeature).orElse(OptionalInt.empty());
    if (release.isPresent() && release.getAsInt() < MIN_JAVA) {
      problems.add("the project compiles for Java " + project.javaRelease().orElseThrow()
          + "; the generated code needs " + MIN_JAVA + " or later: set <maven.compiler.release>" + MIN_JAVA
          + "</maven.compiler.release> (or <java.version>" + MIN_JAVA + "</java.version> under Spring Boot's parent)");
    } else if (release.isPresent() && running.isPresent() && release.getAsInt() > running.getAsInt()) {
      problems.add("the project compiles for Java " + release.getAsInt() + " but Maven runs on Java "
          + project.runningJavaVersion() + ": point JAVA_HOME at a JDK " + release.getAsInt() + "+");
    }
    return problems;
  }

  /** Boot 3.5.x and 4.x are what the generated code is built and tested against. */
  private static Optional<String> bootProblem(String version) {
    int[] mm = Versions.majorMinor(version);
    if (mm.length == 0 || mm[0] == 4 || (mm[0] == 3 && mm[1] == 5)) {
      return Optional.empty();
    }
    String which = mm[0] > 4 || (mm[0] == 3 && mm[1] > 5) ? "is newer than Armature supports" : "is too old";
    return Optional.of("Spring Boot " + version + " " + which + "; Armature generates code for Spring Boot 3.5.x or 4.x:"
        + " set the version of spring-boot-starter-parent (or spring-boot-dependencies) to 3.5.x or 4.x, e.g. "
        + PomSnippets.SUGGESTED_BOOT_VERSION);
  }

  private static List<String> notes(ProjectFacts project, boolean boot4) {
    List<String> notes = new ArrayList<>();
    if (!present(project, SECURITY)) {
      notes.add("Spring Security is not a dependency, so the generated API will be open: anyone can read and write"
          + " every resource. To protect it with the admin account and the roles of @ApiResource, add to <dependencies>:\n"
          + PomSnippets.bootStarter(boot4 ? SECURITY.boot4Starter() : SECURITY.boot3Starter()));
    }
    if (!project.processorConfigured()) {
      String version = project.dependency("dev.armature", "armature-annotations")
          .map(ProjectFacts.Dependency::version).orElse("${armature.version}");
      notes.add("armature-processor is not on the compiler's processor path, so compiling will not generate the REST"
          + " layer. Add to <build><plugins> in pom.xml (keep any other <path> you have there, e.g. Lombok's):\n"
          + PomSnippets.processorPath(version)
          + (version.startsWith("$") ? "\n(define <armature.version> in <properties> as this plugin's version)" : ""));
    }
    return notes;
  }

  /**
   * The JDBC driver of {@code <database>}: without it the app fails at start ("Failed to load driver class"),
   * after a build that succeeded. A note, not a failure: the driver may come with the deployment.
   */
  static Optional<String> driverNote(ProjectFacts project, Settings.Database database) {
    Library driver = switch (database) {
      case H2 -> new Library("the H2 driver", "com.h2database", "h2", null, null);
      case POSTGRESQL -> new Library("the PostgreSQL driver", "org.postgresql", "postgresql", null, null);
      case MYSQL -> new Library("the MySQL driver", "com.mysql", "mysql-connector-j", null, null);
    };
    if (present(project, driver)) {
      return Optional.empty();
    }
    return Optional.of("<database> is " + database.id() + ", but its JDBC driver (" + driver.coordinates()
        + ") is not a dependency, so the application will fail to start with the datasource of .env. Add to"
        + " <dependencies>:\n" + PomSnippets.runtimeDependency(driver.groupId(), driver.artifactId()));
  }

  /** On the class path the application runs with: a test-scoped dependency does not count. */
  private static boolean present(ProjectFacts project, Library library) {
    return project.dependency(library.groupId(), library.artifactId()).filter(d -> !"test".equals(d.scope())).isPresent();
  }

  private static String testOnly(ProjectFacts project, Library library) {
    return project.dependency(library.groupId(), library.artifactId()).isPresent()
        ? " outside test scope (it is only in test scope)" : "";
  }
}
