package dev.armature.maven.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.ProjectFacts;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.testing.SampleModels;
import dev.armature.processor.model.Classpath;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.SecurityModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BannerHookTest {
  private static final String PASSWORD = "Pw0Pw0Pw0Pw0Pw0Pw0Pw0Pw0Pw0Pw0xx";
  private static final Map<String, String> ADMIN = Map.of("admin.username", "admin", "admin.password", PASSWORD);

  @TempDir Path dir;

  @Test
  void theSampleGetsCommandsToStartItAndCallTheFirstResourceWithTheAccount() throws Exception {
    credentials();
    env("ARMATURE_ADMIN_USERNAME=admin\nARMATURE_ADMIN_PASSWORD=" + PASSWORD + "\nSERVER_PORT=8080\n");

    HookResult result = new BannerHook().run(HookContexts.context(dir, SampleModels.library(), ADMIN, files()));

    assertThat(result.message()).isEqualTo("""
        Library is built. Start it in the project folder with its admin account 'admin' (password in .env and .admin_credentials):
          set -a; . ./.env; set +a
          java -jar target/library-1.0.0-SNAPSHOT.jar
        Then call it from a second terminal in the same folder:
          set -a; . ./.env; set +a
          curl -u "$ARMATURE_ADMIN_USERNAME:$ARMATURE_ADMIN_PASSWORD" http://localhost:8080/api/authors""");
    assertThat(result.shown()).isTrue();
    assertThat(result.artifacts()).isEqualTo(Map.of("banner.text", result.message()));
    assertThat(result.message()).doesNotContain(PASSWORD);
  }

  @Test
  void thePortIsTheOneInEnv() throws Exception {
    env("SERVER_PORT=9090\n");

    assertThat(banner(SampleModels.library())).contains("http://localhost:9090/api/authors");
  }

  @Test
  void anotherOutputDirectoryMeansACdAndAnAbsoluteJar() throws Exception {
    Path out = Files.createDirectories(dir.resolve("deploy dir"));
    Files.writeString(out.resolve(".env"), "SERVER_PORT=8080\n");
    HookContext context = new HookContext(SampleModels.library(), SampleModels.project(dir), Settings.defaults(), out,
        Map.of(), ADMIN, new TempDirProjectFiles(out));

    String text = new BannerHook().run(context).message();

    assertThat(text).contains(", from " + out + " (where its secrets are):\n  cd '" + out + "'\n  set -a; . ./.env; set +a\n"
        + "  java -jar " + dir.resolve("target/library-1.0.0-SNAPSHOT.jar") + "\n");
    assertThat(text).endsWith("second terminal:\n  cd '" + out + "'\n  set -a; . ./.env; set +a\n"
        + "  curl -u \"$ARMATURE_ADMIN_USERNAME:$ARMATURE_ADMIN_PASSWORD\" http://localhost:8080/api/authors");
  }

  @Test
  void withoutEnvCurlAsksForThePassword() throws Exception {
    credentials();

    String text = banner(SampleModels.library());

    assertThat(text).doesNotContain(". ./.env").contains("(password in .admin_credentials)",
        "same folder (curl asks for the password):\n  curl -u admin http://localhost:8080/api/authors");
  }

  @Test
  void withoutAnyPasswordFileItSaysWhereThePasswordComesFrom() throws Exception {
    assertThat(banner(SampleModels.library())).contains("(no password file: the app logs a random password when it starts)");
  }

  @Test
  void aResourceWithoutRolesIsCalledWithoutTheAccount() throws Exception {
    env("SERVER_PORT=8080\n");
    EntityModel authors = SampleModels.library().entities().get(0);
    EntityModel open = new EntityModel(authors.qualifiedName(), authors.type(), authors.path(), authors.id(),
        authors.version(), authors.properties(), authors.operations(), new SecurityModel(List.of(), List.of()),
        authors.paging(), authors.surfaces(), authors.repository(), null);

    String text = banner(new DomainModel("com.example.api", new Classpath(3, true), List.of(open)));

    assertThat(text).endsWith("second terminal in the same folder:\n  curl http://localhost:8080/api/authors");
  }

  @Test
  void withoutSpringSecurityTheApiIsSaidToBeOpen() throws Exception {
    env("SERVER_PORT=8080\n");
    DomainModel library = SampleModels.library();

    String text = banner(new DomainModel(library.generatedPackage(), new Classpath(3, false), library.entities()));

    assertThat(text).contains("(its API is open: Spring Security is not a dependency)")
        .endsWith("\n  curl http://localhost:8080/api/authors").doesNotContain("-u");
  }

  @Test
  void withoutResourcesItSaysSoAndChecksTheAppIsUp() throws Exception {
    env("SERVER_PORT=8080\n");

    String text = banner(SampleModels.empty());

    assertThat(text).contains("There is no @ApiResource entity yet", "(any HTTP answer, even 404, means it is)")
        .endsWith("\n  curl -i http://localhost:8080/");
  }

  @Test
  void withActuatorTheHealthEndpointIsCalled() throws Exception {
    ProjectFacts p = SampleModels.project(dir);
    List<ProjectFacts.Dependency> deps = new java.util.ArrayList<>(p.dependencies());
    deps.add(new ProjectFacts.Dependency("org.springframework.boot", "spring-boot-actuator", "4.1.1", "compile"));
    ProjectFacts withActuator = new ProjectFacts(p.groupId(), p.artifactId(), p.version(), p.name(), p.baseDirectory(),
        p.buildDirectory(), p.finalName(), p.javaRelease(), p.runningJavaVersion(), deps, p.processorConfigured());

    String text = new BannerHook().run(new HookContext(SampleModels.empty(), withActuator, Settings.defaults(), dir,
        Map.of(), ADMIN, files())).message();

    assertThat(text).endsWith("\n  curl http://localhost:8080/actuator/health");
  }

  @Test
  void shellWordsAreQuotedOnlyWhenTheyMustBe() {
    assertThat(BannerHook.shell("target/app-1.0.jar")).isEqualTo("target/app-1.0.jar");
    assertThat(BannerHook.shell("/a b/it's")).isEqualTo("'/a b/it'\\''s'");
  }

  private String banner(DomainModel model) throws Exception {
    return new BannerHook().run(HookContexts.context(dir, model, ADMIN, files())).message();
  }

  private TempDirProjectFiles files() {
    return new TempDirProjectFiles(dir);
  }

  private void credentials() throws Exception {
    Files.writeString(dir.resolve(".admin_credentials"), "armature.admin.username=admin\narmature.admin.password=" + PASSWORD + "\n");
  }

  private void env(String text) throws Exception {
    Files.writeString(dir.resolve(".env"), text);
  }
}
