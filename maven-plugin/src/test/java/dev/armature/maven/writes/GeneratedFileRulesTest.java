package dev.armature.maven.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.armature.maven.spi.ProjectFiles.WriteOutcome;
import dev.armature.maven.writes.ProjectFolder.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules for a generator's file: written, replaced, or left to the person who changed or removed it. */
class GeneratedFileRulesTest {
  @TempDir Path dir;
  ProjectFolder project;

  @BeforeEach
  void setUp() {
    project = new ProjectFolder(dir);
  }

  @Test
  void aNewFileIsCreatedWithItsFoldersAndRecordedWithItsHash() throws Exception {
    Run run = project.generate("k8s", "infrastructure/k8s/app.yaml", "kind: Deployment\n");

    assertThat(run.outcome("infrastructure/k8s/app.yaml")).isEqualTo(WriteOutcome.CREATED);
    assertThat(project.text("infrastructure/k8s/app.yaml")).isEqualTo("kind: Deployment\n");
    assertThat(project.manifest()).contains("\"infrastructure/k8s/app.yaml\": {\n      \"generator\": \"k8s\",\n"
        + "      \"kind\": \"written\",\n      \"sha256\": \"" + Hashes.sha256("kind: Deployment\n".getBytes()) + "\"");
    assertThat(run.summary()).isEqualTo("1 file written, 0 unchanged");
    assertThat(run.notices()).isEmpty();
  }

  @Test
  void theSameBytesAgainAreUnchanged() throws Exception {
    project.generate("docker", "Dockerfile", "FROM a\n");

    Run again = project.generate("docker", "Dockerfile", "FROM a\n");

    assertThat(again.outcome("Dockerfile")).isEqualTo(WriteOutcome.UNCHANGED);
    assertThat(again.summary()).isEqualTo("0 files written, 1 unchanged");
  }

  @Test
  void anUntouchedFileIsReplacedByItsNewVersion() throws Exception {
    project.generate("docker", "Dockerfile", "FROM a\n");

    Run run = project.generate("docker", "Dockerfile", "FROM b\n");

    assertThat(run.outcome("Dockerfile")).isEqualTo(WriteOutcome.UPDATED);
    assertThat(project.text("Dockerfile")).isEqualTo("FROM b\n");
    assertThat(project.manifest()).contains(Hashes.sha256("FROM b\n".getBytes()))
        .doesNotContain(Hashes.sha256("FROM a\n".getBytes()));
    assertThat(project.exists("Dockerfile.armature-new")).isFalse();
  }

  @Test
  void anEditedFileIsKeptAndTheNewVersionGoesBesideItWithANotice() throws Exception {
    project.generate("docker", "Dockerfile", "FROM a\n");
    project.put("Dockerfile", "FROM a\nRUN mine\n");

    Run run = project.generate("docker", "Dockerfile", "FROM b\n");

    assertThat(run.outcome("Dockerfile")).isEqualTo(WriteOutcome.KEPT_EDITED);
    assertThat(project.text("Dockerfile")).isEqualTo("FROM a\nRUN mine\n");
    assertThat(project.text("Dockerfile.armature-new")).isEqualTo("FROM b\n");
    assertThat(run.notices()).containsExactly("Dockerfile was changed since Armature wrote it, so it is kept as it"
        + " is, and Armature's new version is written beside it as Dockerfile.armature-new. Compare the two; to"
        + " take the new version, copy Dockerfile.armature-new over Dockerfile (Armature then adopts it, since"
        + " the bytes match, and removes Dockerfile.armature-new).");
    assertThat(run.summary()).isEqualTo("0 files written, 0 unchanged, 1 kept (edited by you; new version beside it)");
    assertThat(project.manifest()).as("still the hash Armature last wrote, so the file stays 'edited'")
        .contains(Hashes.sha256("FROM a\n".getBytes()));
  }

  @Test
  void anEditedFileStaysEditedOnTheNextRun() throws Exception {
    project.generate("docker", "Dockerfile", "FROM a\n");
    project.put("Dockerfile", "mine\n");
    project.generate("docker", "Dockerfile", "FROM b\n");

    Run next = project.generate("docker", "Dockerfile", "FROM b\n");

    assertThat(next.outcome("Dockerfile")).isEqualTo(WriteOutcome.KEPT_EDITED);
    assertThat(project.text("Dockerfile")).isEqualTo("mine\n");
    assertThat(project.text("Dockerfile.armature-new")).isEqualTo("FROM b\n");
  }

  @Test
  void theNewVersionBesideIsRewrittenOnlyWhenItsBytesChange() throws Exception {
    project.generate("docker", "Dockerfile", "FROM a\n");
    project.put("Dockerfile", "mine\n");
    project.generate("docker", "Dockerfile", "FROM b\n");
    FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
    project.backdate(old);

    project.generate("docker", "Dockerfile", "FROM b\n");
    assertThat(Files.getLastModifiedTime(dir.resolve("Dockerfile.armature-new"))).isEqualTo(old);

    project.generate("docker", "Dockerfile", "FROM c\n");
    assertThat(project.text("Dockerfile.armature-new")).isEqualTo("FROM c\n");
  }

  @Test
  void copyingTheNewVersionOverAcceptsIt() throws Exception {
    project.generate("docker", "Dockerfile", "FROM a\n");
    project.put("Dockerfile", "mine\n");
    project.generate("docker", "Dockerfile", "FROM b\n");
    Files.copy(dir.resolve("Dockerfile.armature-new"), dir.resolve("Dockerfile"),
        StandardCopyOption.REPLACE_EXISTING);

    Run accepted = project.generate("docker", "Dockerfile", "FROM b\n");

    assertThat(accepted.outcome("Dockerfile")).isEqualTo(WriteOutcome.UNCHANGED);
    assertThat(accepted.notices()).isEmpty();
    assertThat(project.exists("Dockerfile.armature-new")).isFalse();
    Run updated = project.generate("docker", "Dockerfile", "FROM c\n");
    assertThat(updated.outcome("Dockerfile")).as("adopted: Armature's again, so it may update it")
        .isEqualTo(WriteOutcome.UPDATED);
    assertThat(project.text("Dockerfile")).isEqualTo("FROM c\n");
  }

  @Test
  void theNewVersionBesideGoesWhenTheVersionsConverge() throws Exception {
    project.generate("docker", "Dockerfile", "FROM a\n");
    project.put("Dockerfile", "FROM b\nRUN mine\n");
    project.generate("docker", "Dockerfile", "FROM b\n");

    Run converged = project.generate("docker", "Dockerfile", "FROM b\nRUN mine\n");

    assertThat(converged.outcome("Dockerfile")).isEqualTo(WriteOutcome.UNCHANGED);
    assertThat(project.exists("Dockerfile.armature-new")).isFalse();
  }

  @Test
  void anEditIsKeptWithArmaturesVersionBesideEvenWhenThatVersionDidNotChange() throws Exception {
    project.generate("docker", "Dockerfile", "FROM a\n");
    project.put("Dockerfile", "FROM a\nRUN mine\n");

    Run run = project.generate("docker", "Dockerfile", "FROM a\n");

    assertThat(run.outcome("Dockerfile")).isEqualTo(WriteOutcome.KEPT_EDITED);
    assertThat(project.text("Dockerfile")).isEqualTo("FROM a\nRUN mine\n");
    assertThat(project.text("Dockerfile.armature-new")).isEqualTo("FROM a\n");
    assertThat(run.notices()).containsExactly(Notices.editedNewBeside("Dockerfile"));
    assertThat(run.summary()).isEqualTo("0 files written, 0 unchanged, 1 kept (edited by you; new version beside it)");
  }

  @Test
  void theVersionBesideIsAlwaysArmaturesCurrentOne() throws Exception {
    project.generate("docker", "Dockerfile", "FROM a\n");
    project.put("Dockerfile", "mine\n");
    project.generate("docker", "Dockerfile", "FROM b\n");
    assertThat(project.text("Dockerfile.armature-new")).isEqualTo("FROM b\n");

    project.generate("docker", "Dockerfile", "FROM a\n");

    assertThat(project.text("Dockerfile.armature-new")).isEqualTo("FROM a\n");
    assertThat(project.text("Dockerfile")).isEqualTo("mine\n");
  }

  @Test
  void aDeletedFileIsNotBroughtBackAndTheNoticeSaysHowToGetItBack() throws Exception {
    project.generate("docs", "docs/OPERATIONS.md", "# Ops\n");
    Files.delete(dir.resolve("docs/OPERATIONS.md"));

    Run run = project.generate("docs", "docs/OPERATIONS.md", "# Ops v2\n");

    assertThat(run.outcome("docs/OPERATIONS.md")).isEqualTo(WriteOutcome.KEPT_DELETED);
    assertThat(project.exists("docs/OPERATIONS.md")).isFalse();
    assertThat(project.exists("docs/OPERATIONS.md.armature-new")).isFalse();
    assertThat(run.notices()).containsExactly("docs/OPERATIONS.md was deleted after Armature wrote it, so it is"
        + " not brought back. To get it back, remove its entry from .armature/manifest.json and build again.");
    assertThat(run.summary()).isEqualTo("0 files written, 0 unchanged, 1 not restored (deleted by you)");
    assertThat(project.manifest()).as("still listed, so the next run does not bring it back either")
        .contains("\"docs/OPERATIONS.md\"");
  }

  @Test
  void removingTheEntryOfADeletedFileBringsItBack() throws Exception {
    project.generate("docs", Map.of("docs/OPERATIONS.md", "# Ops\n", "docs/API.md", "# API\n"));
    Files.delete(dir.resolve("docs/OPERATIONS.md"));
    ObjectMapper json = new ObjectMapper();
    ObjectNode edited =
        (ObjectNode) json.readTree(dir.resolve(Manifest.PATH).toFile());
    ((ObjectNode) edited.get("files")).remove("docs/OPERATIONS.md");
    json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(Manifest.PATH).toFile(), edited);

    Run run = project.generate("docs", Map.of("docs/OPERATIONS.md", "# Ops\n", "docs/API.md", "# API\n"));

    assertThat(run.outcome("docs/OPERATIONS.md")).isEqualTo(WriteOutcome.CREATED);
    assertThat(project.text("docs/OPERATIONS.md")).isEqualTo("# Ops\n");
  }

  @Test
  void aPersonsOwnFileAtThatPathIsNotOverwritten() throws Exception {
    project.put("Dockerfile", "FROM mine\n");

    Run run = project.generate("docker", "Dockerfile", "FROM armature\n");

    assertThat(run.outcome("Dockerfile")).isEqualTo(WriteOutcome.KEPT_EDITED);
    assertThat(project.text("Dockerfile")).isEqualTo("FROM mine\n");
    assertThat(project.text("Dockerfile.armature-new")).isEqualTo("FROM armature\n");
    assertThat(run.notices()).singleElement().asString()
        .startsWith("Dockerfile was not written by Armature (it is not in .armature/manifest.json), so it is kept")
        .contains("copy Dockerfile.armature-new over Dockerfile");
    assertThat(project.manifestIfAny()).as("Armature never wrote it, so it has no hash to remember")
        .isEmpty();
  }

  @Test
  void aPersonsOwnFileWithExactlyArmaturesBytesIsAdopted() throws Exception {
    project.put("Dockerfile", "FROM a\n");

    Run run = project.generate("docker", "Dockerfile", "FROM a\n");

    assertThat(run.outcome("Dockerfile")).isEqualTo(WriteOutcome.UNCHANGED);
    assertThat(project.manifest()).contains(Hashes.sha256("FROM a\n".getBytes()));
    assertThat(project.generate("docker", "Dockerfile", "FROM b\n").outcome("Dockerfile"))
        .isEqualTo(WriteOutcome.UPDATED);
  }

  @Test
  void anUnchangedSecondRunWritesNoFileAtAll() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Dockerfile", "FROM a\n");
    files.put("docs/API.md", "# API\n");
    files.put("edited.txt", "v1\n");
    project.generate("g", files);
    project.put("edited.txt", "mine\n");
    files.put("edited.txt", "v2\n");
    project.generate("g", files);
    FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
    project.backdate(old);
    Map<String, String> before = project.snapshot();

    Run again = project.generate("g", files);

    assertThat(project.snapshot()).isEqualTo(before);
    assertThat(project.modificationTimes()).isNotEmpty().containsKeys("Dockerfile", ".armature/manifest.json",
        "edited.txt.armature-new").allSatisfy((path, time) -> assertThat(time).as(path).isEqualTo(old));
    assertThat(again.summary()).isEqualTo("0 files written, 2 unchanged, 1 kept (edited by you; new version beside it)");
  }

  @Test
  void writesLeaveNoTemporaryFiles() throws Exception {
    project.generate("g", Map.of("a/b.txt", "1\n", "c.txt", "2\n"));
    project.generate("g", Map.of("a/b.txt", "3\n", "c.txt", "4\n"));

    assertThat(project.snapshot()).containsOnlyKeys("a/b.txt", "c.txt", Manifest.PATH);
  }

  @Test
  void aReplacedFileKeepsThePermissionsAPersonGaveIt() throws Exception {
    assumeTrue(AtomicFiles.isPosix(dir));
    project.generate("scripts", "scripts/deploy.sh", "echo 1\n");
    Files.setPosixFilePermissions(dir.resolve("scripts/deploy.sh"), PosixFilePermissions.fromString("rwxr-x---"));

    project.generate("scripts", "scripts/deploy.sh", "echo 2\n");

    assertThat(project.text("scripts/deploy.sh")).isEqualTo("echo 2\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("scripts/deploy.sh"))))
        .isEqualTo("rwxr-x---");
  }
}
