package dev.armature.maven.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code armature:generate} end to end on a project in a temp folder: the real IR pass, hooks, generators and writes. */
class GenerateRunTest {
  @TempDir Path dir;
  private TempProject project;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void shop() throws Exception {
    project = new TempProject(dir).withShop();
  }

  @Test
  void theFirstRunWritesTheDocsTheEnvExampleAndTheManifest() throws Exception {
    new GenerateRun(log).run(project.request());

    assertThat(project.read("docs/API.md")).contains("/api/authors").contains("/api/books");
    assertThat(project.read(".env.example")).contains("ARMATURE_ADMIN_USERNAME=admin");
    assertThat(project.read(".armature/manifest.json")).contains("docs/API.md").contains(".env.example");
    assertThat(dir.resolve("target/armature/state.json")).isRegularFile();
    assertThat(dir.resolve("target/armature/model.json")).isRegularFile();
    assertThat(log.at("INFO")).singleElement().asString()
        .startsWith("2 files written, 0 unchanged for 2 resource(s) in ");
    assertThat(log.at("WARN")).isEmpty();
  }

  @Test
  void aSecondRunIsUpToDateAndTouchesNoFile() throws Exception {
    new GenerateRun(log).run(project.request());
    project.age();
    Map<String, String> before = project.snapshot();
    log.clear();

    new GenerateRun(log).run(project.request());

    assertThat(log.at("INFO")).singleElement().asString().startsWith("Up to date: nothing changed since the last run");
    assertThat(project.snapshot()).isEqualTo(before);
  }

  @Test
  void provisionKeepsTheNextGenerateUpToDate() throws Exception {
    new GenerateRun(log).run(project.request());
    new ProvisionRun(log).run(project.request());
    assertThat(dir.resolve(".env")).isRegularFile();
    assertThat(dir.resolve(".admin_credentials")).isRegularFile();
    assertThat(project.read(".gitignore")).contains(".env\n", ".admin_credentials\n");
    project.age();
    Map<String, String> before = project.snapshot();
    log.clear();

    new GenerateRun(log).run(project.request());

    assertThat(log.at("INFO")).singleElement().asString().startsWith("Up to date:");
    assertThat(project.snapshot()).isEqualTo(before);
  }

  @Test
  void aChangedEntityIsNotUpToDateAndChangesTheDocs() throws Exception {
    new GenerateRun(log).run(project.request());
    String before = project.read("docs/API.md");
    project.source("com/example/shop/Book.java", TempProject.BOOK.replace("public String title;",
        "public String title;\n  public String isbn;"));
    log.clear();

    new GenerateRun(log).run(project.request());

    assertThat(log.at("INFO")).singleElement().asString().startsWith("1 file written, 1 unchanged for 2 resource(s)");
    assertThat(project.read("docs/API.md")).isNotEqualTo(before).contains("isbn");
  }

  @Test
  void anotherProfileIsNotUpToDate() throws Exception {
    new GenerateRun(log).run(project.request("startup"));
    log.clear();

    new GenerateRun(log).run(project.request("enterprise"));

    assertThat(log.at("INFO")).singleElement().asString().doesNotStartWith("Up to date").contains("for 2 resource(s)");
  }

  @Test
  void anOutputFileChangedByHandIsNotUpToDate() throws Exception {
    new GenerateRun(log).run(project.request());
    Files.delete(dir.resolve(".env.example"));
    log.clear();

    new GenerateRun(log).run(project.request());

    assertThat(log.at("INFO")).singleElement().asString().doesNotStartWith("Up to date");
    assertThat(dir.resolve(".env.example")).doesNotExist(); // a file the person deleted is not brought back
  }

  @Test
  void aBrokenEntityFailsListingFileAndLine() throws Exception {
    project.source("com/example/shop/Book.java", TempProject.BOOK.replace("{\"title\", \"author\"}", "{\"titel\", \"author\"}"));

    assertThatThrownBy(() -> new GenerateRun(log).run(project.request()))
        .isInstanceOf(ArmatureFailure.class)
        .hasMessageContaining("Book.java:[9,")
        .hasMessageContaining("[armature:unknown-field]")
        .hasMessageContaining("titel");
    assertThat(dir.resolve("docs/API.md")).doesNotExist();
    assertThat(dir.resolve("target/armature/state.json")).doesNotExist();
  }

  @Test
  void aFailedRunLeavesTheLastStateSoUndoingTheMistakeIsUpToDate() throws Exception {
    new GenerateRun(log).run(project.request());
    project.source("com/example/shop/Book.java", TempProject.BOOK.replace("\"title\", \"author\"", "\"titel\""));
    assertThatThrownBy(() -> new GenerateRun(log).run(project.request())).isInstanceOf(ArmatureFailure.class);
    project.source("com/example/shop/Book.java", TempProject.BOOK);
    log.clear();

    new GenerateRun(log).run(project.request());

    assertThat(log.at("INFO")).singleElement().asString().startsWith("Up to date:");
  }

  @Test
  void aProjectWithoutResourcesWarnsAndDescribesAnEmptyApi() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    TempProject plain = new TempProject(empty);
    plain.source("com/example/Plain.java", "package com.example; class Plain {}");

    new GenerateRun(log).run(plain.request());

    assertThat(log.at("WARN")).containsExactly(
        "No @ApiResource entity in the sources yet: the generated files describe an empty API");
    assertThat(empty.resolve("docs/API.md")).isRegularFile();
    assertThat(empty.resolve("target/armature/model.json")).doesNotExist();
  }

  @Test
  void aDamagedManifestFailsNamingIt() throws Exception {
    new GenerateRun(log).run(project.request());
    Path manifest = dir.resolve(".armature/manifest.json");
    Files.writeString(manifest, "<<<<<<< HEAD\n" + Files.readString(manifest)); // a merge conflict in the committed file

    assertThatThrownBy(() -> new GenerateRun(log).run(project.request()))
        .isInstanceOf(ArmatureFailure.class)
        .hasMessageContaining(manifest + " is damaged");
  }

  @Test
  void aWrongHookSettingFailsBeforeAnythingIsWritten() throws Exception {
    PluginSettings settings = PluginSettings.check(null, null, dir, null, null, null, null, null,
        Map.of("banner.colour", "red"), true);

    assertThatThrownBy(() -> new GenerateRun(log).run(project.request(settings)))
        .isInstanceOf(ArmatureFailure.class)
        .hasMessageStartingWith("<hookSettings> has <banner.colour>, which the hook 'banner' does not know");
    assertThat(dir.resolve(".armature")).doesNotExist();
  }

  @Test
  void aPostBuildHookThatCannotBePlannedFailsGenerateAlready() throws Exception {
    Path jar = Files.createDirectories(dir.resolve("hook-jar/META-INF/services"));
    Files.writeString(jar.resolve(Hook.class.getName()), LostHook.class.getName() + "\n");
    try (URLClassLoader plugin = new URLClassLoader(
        new URL[] {dir.resolve("hook-jar").toUri().toURL()}, getClass().getClassLoader())) {
      RunRequest r = project.request();
      RunRequest request = new RunRequest(r.project(), r.settings(), r.ir(), r.workDirectory(), r.pluginVersion(), plugin);

      assertThatThrownBy(() -> new GenerateRun(log).run(request))
          .isInstanceOf(ArmatureFailure.class)
          .hasMessageStartingWith("the hook 'lost' (" + LostHook.class.getName() + ") runs after 'ghost', which no hook is called");
    }
    assertThat(dir.resolve(".armature")).doesNotExist();
  }

  /** A post-build hook of a third-party jar that runs after a hook nobody has. */
  public static final class LostHook implements Hook {
    @Override public String name() {
      return "lost";
    }

    @Override public String description() {
      return "waits for a hook that is not there";
    }

    @Override public HookPhase phase() {
      return HookPhase.POST_BUILD;
    }

    @Override public Set<String> runsAfter() {
      return Set.of("ghost");
    }

    @Override public HookResult run(HookContext context) {
      return HookResult.quiet("ran");
    }
  }
}
