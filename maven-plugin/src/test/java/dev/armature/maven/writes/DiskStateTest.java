package dev.armature.maven.writes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.writes.ProjectFolder.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk state the engine remembers to decide "up to date": it must change whenever a person changes
 * anything the next run would act on, and stay equal otherwise.
 */
class DiskStateTest {
  @TempDir Path dir;
  ProjectFolder project;
  Run run;

  @BeforeEach
  void setUp() throws Exception {
    project = new ProjectFolder(dir);
    project.put("Custom.md", "mine\n");
    run = project.generate("g", Map.of("Dockerfile", "FROM a\n", "Custom.md", "theirs\n", "docs/API.md", "# API\n"));
  }

  private Map<String, String> now() throws Exception {
    return OutputFiles.diskState(dir, run.state().keySet());
  }

  @Test
  void listsEveryFileItKnowsWithItsHash() throws Exception {
    assertThat(run.state()).containsOnlyKeys("Dockerfile", "docs/API.md", "Custom.md", "Custom.md.armature-new",
        Manifest.PATH);
    assertThat(run.state()).containsEntry("Dockerfile", Hashes.sha256("FROM a\n".getBytes()))
        .containsEntry("Custom.md", Hashes.sha256("mine\n".getBytes()))
        .containsEntry("Custom.md.armature-new", Hashes.sha256("theirs\n".getBytes()))
        .containsEntry(Manifest.PATH, Hashes.sha256(Files.readAllBytes(dir.resolve(Manifest.PATH))));
  }

  @Test
  void isTheSameWhenNothingChanged() throws Exception {
    assertThat(now()).isEqualTo(run.state());
    assertThat(project.generate("g", Map.of("Dockerfile", "FROM a\n", "Custom.md", "theirs\n",
        "docs/API.md", "# API\n")).state()).isEqualTo(run.state());
  }

  @Test
  void changesWhenAFileIsEdited() throws Exception {
    project.put("Dockerfile", "FROM mine\n");

    assertThat(now()).containsEntry("Dockerfile", Hashes.sha256("FROM mine\n".getBytes()));
  }

  @Test
  void changesWhenAFileIsDeleted() throws Exception {
    Files.delete(dir.resolve("docs/API.md"));

    assertThat(now()).containsEntry("docs/API.md", "missing");
  }

  @Test
  void changesWhenThePersonTakesTheNewVersion() throws Exception {
    project.put("Custom.md", "theirs\n");

    assertThat(now()).containsEntry("Custom.md", Hashes.sha256("theirs\n".getBytes()));
  }

  @Test
  void changesWhenTheNewVersionBesideIsDeleted() throws Exception {
    Files.delete(dir.resolve("Custom.md.armature-new"));

    assertThat(now()).containsEntry("Custom.md.armature-new", "missing");
  }

  @Test
  void changesWhenAnEntryIsRemovedFromTheManifestByHand() throws Exception {
    project.put(Manifest.PATH, project.manifest().replace("\"Dockerfile\"", "\"Dockerfile2\""));

    assertThat(now().get(Manifest.PATH)).isNotEqualTo(run.state().get(Manifest.PATH));
  }

  @Test
  void aFolderWhereAFileWasAndAKeyThatIsNoPathNeverMatch() throws Exception {
    Files.delete(dir.resolve("Dockerfile"));
    Files.createDirectory(dir.resolve("Dockerfile"));

    Map<String, String> state = OutputFiles.diskState(dir, Set.of("Dockerfile", "../etc/passwd"));

    assertThat(state).containsEntry("Dockerfile", "not-a-file").containsEntry("../etc/passwd", "invalid");
  }
}
