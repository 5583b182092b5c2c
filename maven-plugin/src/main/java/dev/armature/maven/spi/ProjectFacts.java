package dev.armature.maven.spi;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the plugin knows about the Maven project, as plain values.
 *
 * @param groupId the project's groupId
 * @param artifactId the project's artifactId
 * @param version the project's version
 * @param name the project's {@code <name>}, or the artifactId when it has none
 * @param baseDirectory the folder of the POM
 * @param buildDirectory {@code ${project.build.directory}}, usually {@code target}
 * @param finalName {@code ${project.build.finalName}}, the jar's name without {@code .jar}
 * @param javaRelease the Java release the project compiles for ({@code maven.compiler.release}, else
 *     {@code maven.compiler.target}, else {@code java.version}), empty when it does not say
 * @param runningJavaVersion the Java version running Maven, e.g. {@code 17.0.12}
 * @param dependencies the project's resolved dependencies (direct and transitive), sorted by coordinates
 * @param processorConfigured whether {@code armature-processor} is on the compiler's processor path or a
 *     dependency, i.e. whether compiling will generate the REST layer
 */
public record ProjectFacts(
    String groupId,
    String artifactId,
    String version,
    String name,
    Path baseDirectory,
    Path buildDirectory,
    String finalName,
    Optional<String> javaRelease,
    String runningJavaVersion,
    List<Dependency> dependencies,
    boolean processorConfigured) {

  public ProjectFacts {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(buildDirectory, "buildDirectory");
    Objects.requireNonNull(finalName, "finalName");
    Objects.requireNonNull(javaRelease, "javaRelease");
    Objects.requireNonNull(runningJavaVersion, "runningJavaVersion");
    dependencies = dependencies.stream().sorted().toList();
  }

  /** The resolved dependency with these coordinates, if the project has it. */
  public Optional<Dependency> dependency(String groupId, String artifactId) {
    return dependencies.stream()
        .filter(d -> d.groupId().equals(groupId) && d.artifactId().equals(artifactId))
        .findFirst();
  }

  /** The Spring Boot version, from {@code org.springframework.boot:spring-boot}, if the project uses it. */
  public Optional<String> springBootVersion() {
    return dependency("org.springframework.boot", "spring-boot").map(Dependency::version);
  }

  /**
   * One resolved dependency.
   *
   * @param groupId its groupId
   * @param artifactId its artifactId
   * @param version its resolved version
   * @param scope {@code compile}, {@code runtime}, {@code provided}, {@code test} or {@code system}
   */
  public record Dependency(String groupId, String artifactId, String version, String scope)
      implements Comparable<Dependency> {

    public Dependency {
      Objects.requireNonNull(groupId, "groupId");
      Objects.requireNonNull(artifactId, "artifactId");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(scope, "scope");
    }

    @Override
    public int compareTo(Dependency o) {
      return (groupId + ':' + artifactId).compareTo(o.groupId + ':' + o.artifactId);
    }
  }
}
