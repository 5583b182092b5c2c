package dev.armature.maven.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.ProjectFacts;
import dev.armature.maven.spi.ProjectFacts.Dependency;
import dev.armature.maven.testing.SampleModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentCheckHookTest {
  @TempDir Path dir;

  private static final String WEBMVC = "spring-webmvc";
  private static final String DATA_JPA = "spring-data-jpa";
  private static final String VALIDATION_API = "jakarta.validation-api";
  private static final String HIBERNATE_VALIDATOR = "hibernate-validator";

  @Test
  void theSampleProjectPassesWithAQuietSummary() throws Exception {
    HookResult result = run(sample());

    assertThat(result.success()).isTrue();
    assertThat(result.shown()).isFalse();
    assertThat(result.message()).doesNotContain("\n").contains("Java 17.0.12", "Spring Boot 4.1.1");
  }

  @Test
  void everyMissingLibraryIsNamedWithTheBoot4StartersInOneMessage() throws Exception {
    HookResult result = run(without(sample(), WEBMVC, DATA_JPA, VALIDATION_API, HIBERNATE_VALIDATOR));

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains(
        "Spring Web MVC (org.springframework:spring-webmvc) is not a dependency",
        "Spring Data JPA (org.springframework.data:spring-data-jpa) is not a dependency",
        "Bean Validation (jakarta.validation:jakarta.validation-api) is not a dependency",
        "(org.hibernate.validator:hibernate-validator) is not a dependency",
        "Add to <dependencies> in pom.xml:\n" + PomSnippets.bootStarter("spring-boot-starter-webmvc") + "\n"
            + PomSnippets.bootStarter("spring-boot-starter-data-jpa") + "\n"
            + PomSnippets.bootStarter("spring-boot-starter-validation") + "\n");
    assertThat(result.message()).doesNotContain("<artifactId>spring-boot-starter-web</artifactId>");
    assertThat(count(result.message(), "spring-boot-starter-validation")).isEqualTo(1);
  }

  @Test
  void aMissingJdbcDriverForTheDatabaseIsANoteWithTheDependency() {
    ProjectFacts project = sample();

    assertThat(EnvironmentCheckHook.driverNote(project, dev.armature.maven.spi.Settings.Database.H2)).isEmpty();
    assertThat(EnvironmentCheckHook.driverNote(project, dev.armature.maven.spi.Settings.Database.POSTGRESQL)).hasValue(
        "<database> is postgresql, but its JDBC driver (org.postgresql:postgresql) is not a dependency, so the"
            + " application will fail to start with the datasource of .env. Add to <dependencies>:\n"
            + PomSnippets.runtimeDependency("org.postgresql", "postgresql"));
    assertThat(EnvironmentCheckHook.driverNote(project, dev.armature.maven.spi.Settings.Database.MYSQL).orElseThrow())
        .contains("(com.mysql:mysql-connector-j)");
    assertThat(EnvironmentCheckHook.driverNote(without(project, "h2"), dev.armature.maven.spi.Settings.Database.H2))
        .hasValueSatisfying(note -> assertThat(note).contains("com.h2database:h2"));
  }

  @Test
  void onBoot3TheWebStarterIsSpringBootStarterWeb() throws Exception {
    HookResult result = run(without(boot(sample(), "3.5.16"), WEBMVC));

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains(PomSnippets.bootStarter("spring-boot-starter-web"))
        .doesNotContain("spring-boot-starter-webmvc", "data-jpa", "validation");
  }

  @Test
  void aMissingValidatorImplementationAsksForTheValidationStarter() throws Exception {
    HookResult result = run(without(sample(), HIBERNATE_VALIDATOR));

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains("org.hibernate.validator:hibernate-validator",
        "<artifactId>spring-boot-starter-validation</artifactId>").doesNotContain("jakarta.validation-api");
  }

  @Test
  void aTestScopedLibraryDoesNotCount() throws Exception {
    ProjectFacts project = map(sample(), d -> d.artifactId().equals(DATA_JPA)
        ? new Dependency(d.groupId(), d.artifactId(), d.version(), "test") : d);

    HookResult result = run(project);

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains("spring-data-jpa) is not a dependency outside test scope (it is only in test scope)");
  }

  @Test
  void withoutSpringBootTheParentAndTheBoot4StartersAreOffered() throws Exception {
    HookResult result = run(without(sample(), "spring-boot", WEBMVC));

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains("Spring Boot is not a dependency", PomSnippets.bootParent(),
        "<artifactId>spring-boot-starter-webmvc</artifactId>");
  }

  @ParameterizedTest
  @CsvSource({"3.4.2, is too old", "2.7.18, is too old", "5.0.0, is newer than Armature supports",
      "3.6.0, is newer than Armature supports"})
  void unsupportedBootVersionsFail(String version, String why) throws Exception {
    HookResult result = run(boot(sample(), version));

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains("Spring Boot " + version + " " + why, "3.5.x or 4.x");
  }

  @ParameterizedTest
  @CsvSource({"3.5.0", "3.5.16", "3.5.0-RC1", "4.0.0", "4.1.1", "4.2.0-SNAPSHOT"})
  void supportedBootVersionsPass(String version) throws Exception {
    assertThat(run(boot(sample(), version)).success()).isTrue();
  }

  @Test
  void mavenOnAnOldJavaFails() throws Exception {
    HookResult result = run(java(sample(), Optional.empty(), "11.0.22"));

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains("Maven runs on Java 11.0.22; Armature needs 17 or later", "JAVA_HOME");
  }

  @ParameterizedTest
  @CsvSource({"11", "1.8"})
  void anOldReleaseFails(String release) throws Exception {
    HookResult result = run(java(sample(), Optional.of(release), "17.0.12"));

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains("the project compiles for Java " + release + ";",
        "<maven.compiler.release>17</maven.compiler.release>");
  }

  @Test
  void aReleaseNewerThanTheRunningJavaFails() throws Exception {
    HookResult result = run(java(sample(), Optional.of("21"), "17.0.12"));

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains("compiles for Java 21 but Maven runs on Java 17.0.12");
  }

  @ParameterizedTest
  @CsvSource({"21, 21.0.4", "17, 25-ea", "${java.version}, 17.0.1"})
  void goodOrUnreadableJavaVersionsPass(String release, String running) throws Exception {
    assertThat(run(java(sample(), Optional.of(release), running)).success()).isTrue();
  }

  @Test
  void withoutSpringSecurityItPassesWithAWarning() throws Exception {
    HookResult result = run(without(sample(), "spring-security-config", "spring-boot-starter-security"));

    assertThat(result.success()).isTrue();
    // a WARNING, which mvn -q still prints: an info line would hide that the API is open
    assertThat(result.warning()).isTrue();
    assertThat(result.message()).contains("the generated API will be open",
        PomSnippets.bootStarter("spring-boot-starter-security"));
  }

  @Test
  void withoutTheProcessorItPassesWithTheProcessorPathOfThePluginsVersion() throws Exception {
    HookResult result = run(processor(sample(), false));

    assertThat(result.success()).isTrue();
    assertThat(result.warning()).isTrue();
    assertThat(result.message()).contains("compiling will not generate the REST layer",
        "<artifactId>armature-processor</artifactId>\n              <version>0.1.0-SNAPSHOT</version>");
  }

  @Test
  void withoutTheAnnotationsEitherTheVersionIsAProperty() throws Exception {
    HookResult result = run(without(processor(sample(), false), "armature-annotations"));

    assertThat(result.message()).contains("<version>${armature.version}</version>", "define <armature.version>");
  }

  @Test
  void aFailureAlsoCarriesTheNotes() throws Exception {
    HookResult result = run(processor(without(sample(), WEBMVC, "spring-security-config"), false));

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains("spring-boot-starter-webmvc", "spring-boot-starter-security",
        "armature-processor");
  }

  private HookResult run(ProjectFacts project) throws Exception {
    return new EnvironmentCheckHook().run(HookContexts.context(dir, project));
  }

  private ProjectFacts sample() {
    return SampleModels.project(dir);
  }

  private static ProjectFacts without(ProjectFacts p, String... artifactIds) {
    Set<String> gone = Set.of(artifactIds);
    return deps(p, l -> l.stream().filter(d -> !gone.contains(d.artifactId())).toList());
  }

  private static ProjectFacts boot(ProjectFacts p, String version) {
    return map(p, d -> d.artifactId().equals("spring-boot") ? new Dependency(d.groupId(), d.artifactId(), version, d.scope()) : d);
  }

  private static ProjectFacts map(ProjectFacts p, UnaryOperator<Dependency> f) {
    return deps(p, l -> l.stream().map(f).toList());
  }

  private static ProjectFacts deps(ProjectFacts p, UnaryOperator<List<Dependency>> f) {
    return new ProjectFacts(p.groupId(), p.artifactId(), p.version(), p.name(), p.baseDirectory(), p.buildDirectory(),
        p.finalName(), p.javaRelease(), p.runningJavaVersion(), f.apply(p.dependencies()), p.processorConfigured());
  }

  private static ProjectFacts java(ProjectFacts p, Optional<String> release, String running) {
    return new ProjectFacts(p.groupId(), p.artifactId(), p.version(), p.name(), p.baseDirectory(), p.buildDirectory(),
        p.finalName(), release, running, p.dependencies(), p.processorConfigured());
  }

  private static ProjectFacts processor(ProjectFacts p, boolean configured) {
    return new ProjectFacts(p.groupId(), p.artifactId(), p.version(), p.name(), p.baseDirectory(), p.buildDirectory(),
        p.finalName(), p.javaRelease(), p.runningJavaVersion(), p.dependencies(), configured);
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
