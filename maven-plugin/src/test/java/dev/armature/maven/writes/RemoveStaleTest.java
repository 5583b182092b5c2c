package dev.armature.maven.writes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.writes.ProjectFolder.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a generator made before and no longer makes. */
class RemoveStaleTest {
  @TempDir Path dir;
  ProjectFolder project;

  @BeforeEach
  void setUp() {
    project = new ProjectFolder(dir);
  }

  @Test
  void anUntouchedFileThatIsNoLongerMadeIsDeletedWithItsEmptyFolders() throws Exception {
    project.generate("docs", Map.of("docs/API.md", "# API\n", "docs/old/Gone.md", "# Gone\n"));

    Run run = project.generate("docs", Map.of("docs/API.md", "# API\n"));

    assertThat(project.exists("docs/old/Gone.md")).isFalse();
    assertThat(dir.resolve("docs/old")).doesNotExist();
    assertThat(dir.resolve("docs")).isDirectory();
    assertThat(project.manifest()).doesNotContain("Gone.md");
    assertThat(run.summary()).isEqualTo("0 files written, 1 unchanged, 1 removed (no longer generated)");
    assertThat(run.notices()).isEmpty();
  }

  @Test
  void aFolderWithAPersonsFileInItStays() throws Exception {
    project.generate("docs", Map.of("docs/API.md", "# API\n", "docs/old/Gone.md", "# Gone\n"));
    project.put("docs/old/notes.txt", "mine\n");

    project.generate("docs", Map.of("docs/API.md", "# API\n"));

    assertThat(project.text("docs/old/notes.txt")).isEqualTo("mine\n");
  }

  @Test
  void anEditedFileThatIsNoLongerMadeIsKeptAndForgotten() throws Exception {
    project.generate("docs", Map.of("docs/API.md", "# API\n", "docs/Old.md", "# Old\n"));
    project.put("docs/Old.md", "# Old, with my notes\n");

    Run run = project.generate("docs", Map.of("docs/API.md", "# API\n"));

    assertThat(project.text("docs/Old.md")).isEqualTo("# Old, with my notes\n");
    assertThat(project.manifest()).doesNotContain("docs/Old.md");
    assertThat(run.notices()).containsExactly("docs/Old.md is no longer made by generator 'docs', but it was changed"
        + " since Armature wrote it, so it is kept (and no longer listed in .armature/manifest.json); delete it if"
        + " you do not need it.");
    assertThat(run.summary()).isEqualTo("0 files written, 1 unchanged, 1 kept though no longer generated (edited by you)");
  }

  @Test
  void theNewVersionBesideAStaleFileGoesToo() throws Exception {
    project.generate("docs", Map.of("docs/API.md", "# API\n", "docs/Old.md", "# Old\n"));
    project.put("docs/Old.md", "mine\n");
    project.generate("docs", Map.of("docs/API.md", "# API\n", "docs/Old.md", "# Old v2\n"));
    assertThat(project.exists("docs/Old.md.armature-new")).isTrue();

    project.generate("docs", Map.of("docs/API.md", "# API\n"));

    assertThat(project.exists("docs/Old.md.armature-new")).isFalse();
    assertThat(project.text("docs/Old.md")).isEqualTo("mine\n");
  }

  @Test
  void aDeletedFileThatIsNoLongerMadeIsOnlyForgotten() throws Exception {
    project.generate("docs", Map.of("docs/API.md", "# API\n", "docs/Old.md", "# Old\n"));
    Files.delete(dir.resolve("docs/Old.md"));

    Run run = project.generate("docs", Map.of("docs/API.md", "# API\n"));

    assertThat(project.manifest()).doesNotContain("docs/Old.md");
    assertThat(run.notices()).isEmpty();
  }

  @Test
  void filesOfHooksAndOfGeneratorsThatDidNotRunAreNotTouched() throws Exception {
    OutputFiles first = OutputFiles.open(dir, s -> {});
    first.writeGenerated(GeneratedFile.text("Dockerfile", "FROM a\n"), "docker");
    first.writeGenerated(GeneratedFile.text("infrastructure/helm/Chart.yaml", "name: app\n"), "helm");
    first.forHook("instructions").write("SETUP.md", "setup\n".getBytes(UTF_8));
    first.forHook("gitignore").merge(".gitignore", "target/\n".getBytes(UTF_8));
    first.forHook("secrets").createSecret(".env", "A=1\n".getBytes(UTF_8));
    first.save();
    String manifest = project.manifest();

    List<String> notices = new ArrayList<>();
    OutputFiles second = OutputFiles.open(dir, notices::add);
    second.removeStale(Set.of(), Set.of("docker"));
    second.save();

    assertThat(project.exists("Dockerfile")).as("docker ran and made nothing").isFalse();
    assertThat(project.snapshot()).containsOnlyKeys("infrastructure/helm/Chart.yaml", "SETUP.md", ".gitignore", ".env",
        Manifest.PATH);
    assertThat(project.manifest()).isEqualTo(manifest.replaceAll("(?s)    \"Dockerfile\": \\{.*?},\n", ""));
  }

  @Test
  void aHookNamedLikeAGeneratorKeepsItsFiles() throws Exception {
    OutputFiles first = OutputFiles.open(dir, s -> {});
    first.forHook("docs").write("docs/SETUP.md", "setup\n".getBytes(UTF_8));
    first.save();

    OutputFiles second = OutputFiles.open(dir, s -> {});
    second.removeStale(Set.of(), Set.of("docs"));
    second.save();

    assertThat(project.text("docs/SETUP.md")).isEqualTo("setup\n");
    assertThat(project.manifest()).contains("\"docs/SETUP.md\"");
  }
}
