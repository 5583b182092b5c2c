package dev.armature.maven.writes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.ProjectFiles;
import dev.armature.maven.spi.ProjectFiles.WriteOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What hooks do through {@link ProjectFiles}: owned files, merges into a person's files, and secrets. */
class HookFilesTest {
  private static final byte[] SECRET = "ARMATURE_ADMIN_PASSWORD=s3cr3t-Zq8\n".getBytes(UTF_8);

  @TempDir Path dir;
  final List<String> notices = new ArrayList<>();

  OutputFiles open() throws Exception {
    return OutputFiles.open(dir, notices::add);
  }

  @Test
  void aSecretIsCreatedReadableAndWritableByItsOwnerOnly() throws Exception {
    assumeTrue(AtomicFiles.isPosix(dir));
    OutputFiles out = open();

    WriteOutcome outcome = out.forHook("secrets").createSecret(".env", SECRET);
    out.save();

    assertThat(outcome).isEqualTo(WriteOutcome.CREATED);
    assertThat(Files.readAllBytes(dir.resolve(".env"))).isEqualTo(SECRET);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(".env"))))
        .isEqualTo("rw-------");
  }

  @Test
  void aSecretInANewFolderIsOwnerOnlyToo() throws Exception {
    assumeTrue(AtomicFiles.isPosix(dir));
    open().forHook("secrets").createSecret("config/.admin_credentials", SECRET);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("config/.admin_credentials"))))
        .isEqualTo("rw-------");
  }

  @Test
  void anExistingSecretIsNeverRegenerated() throws Exception {
    Files.writeString(dir.resolve(".env"), "ARMATURE_ADMIN_PASSWORD=from-last-week\n");
    FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
    Files.setLastModifiedTime(dir.resolve(".env"), old);

    WriteOutcome outcome = open().forHook("secrets").createSecret(".env", SECRET);

    assertThat(outcome).isEqualTo(WriteOutcome.KEPT);
    assertThat(Files.readString(dir.resolve(".env"))).isEqualTo("ARMATURE_ADMIN_PASSWORD=from-last-week\n");
    assertThat(Files.getLastModifiedTime(dir.resolve(".env"))).isEqualTo(old);
  }

  @Test
  void anExistingSecretIsNotEvenRead() throws Exception {
    Files.createSymbolicLink(dir.resolve(".env"), dir.resolve("vault/mounted-later"));

    assertThat(open().forHook("secrets").createSecret(".env", SECRET)).isEqualTo(WriteOutcome.KEPT);
    assertThat(Files.isSymbolicLink(dir.resolve(".env"))).as("not replaced by a new secret").isTrue();
  }

  @Test
  void aDeletedSecretIsMadeAgain() throws Exception {
    open().forHook("secrets").createSecret(".env", SECRET);
    Files.delete(dir.resolve(".env"));

    assertThat(open().forHook("secrets").createSecret(".env", SECRET)).isEqualTo(WriteOutcome.CREATED);
  }

  @Test
  void aSecretIsListedByNameOnlyAndNeverHashed() throws Exception {
    OutputFiles out = open();
    out.forHook("secrets").createSecret(".env", SECRET);
    out.save();
    String hash = Hashes.sha256(SECRET);

    assertThat(Files.readString(dir.resolve(Manifest.PATH))).contains(
        "    \".env\": {\n      \"hook\": \"secrets\",\n      \"kind\": \"secret\"\n    }").doesNotContain(hash);
    assertThat(out.diskState()).containsEntry(".env", "present").doesNotContainValue(hash);
    assertThat(OutputFiles.diskState(dir, Set.of(".env"))).containsExactly(Map.entry(".env", "present"));
    Files.delete(dir.resolve(".env"));
    assertThat(OutputFiles.diskState(dir, Set.of(".env"))).containsExactly(Map.entry(".env", "missing"));
  }

  @Test
  void noOtherWriteReplacesASecret() throws Exception {
    OutputFiles out = open();
    out.forHook("secrets").createSecret(".env", SECRET);

    assertThatThrownBy(() -> out.writeGenerated(GeneratedFile.text(".env", "X=1\n"), "compose"))
        .hasMessageContaining(".env is a secret").hasMessageContaining("generator 'compose'");
    assertThatThrownBy(() -> out.forHook("other").merge(".env", "X=1\n".getBytes(UTF_8)))
        .hasMessageContaining(".env is a secret").hasMessageContaining("hook 'other'");
    assertThat(Files.readAllBytes(dir.resolve(".env"))).isEqualTo(SECRET);
  }

  @Test
  void aMergeCreatesUpdatesOrLeavesThePersonsFileAndListsItWithoutHash() throws Exception {
    OutputFiles out = open();
    ProjectFiles files = out.forHook("gitignore");

    assertThat(files.merge(".gitignore", "target/\n".getBytes(UTF_8))).isEqualTo(WriteOutcome.CREATED);
    Files.writeString(dir.resolve(".gitignore"), "target/\nmine/\n");
    assertThat(files.merge(".gitignore", "target/\nmine/\n.env\n".getBytes(UTF_8))).isEqualTo(WriteOutcome.UPDATED);
    assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo("target/\nmine/\n.env\n");
    out.save();

    assertThat(Files.readString(dir.resolve(Manifest.PATH))).contains(
        "    \".gitignore\": {\n      \"hook\": \"gitignore\",\n      \"kind\": \"merged\"\n    }");
  }

  @Test
  void aMergeWithTheSameBytesDoesNotTouchTheFile() throws Exception {
    Files.writeString(dir.resolve(".gitignore"), "target/\n.env\n");
    FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
    Files.setLastModifiedTime(dir.resolve(".gitignore"), old);

    WriteOutcome outcome = open().forHook("gitignore").merge(".gitignore", "target/\n.env\n".getBytes(UTF_8));

    assertThat(outcome).isEqualTo(WriteOutcome.UNCHANGED);
    assertThat(Files.getLastModifiedTime(dir.resolve(".gitignore"))).isEqualTo(old);
  }

  @Test
  void aHooksOwnFileFollowsTheSameRulesAndIsRecordedUnderTheHook() throws Exception {
    OutputFiles first = open();
    assertThat(first.forHook("instructions").write("SETUP.md", "v1\n".getBytes(UTF_8))).isEqualTo(WriteOutcome.CREATED);
    first.save();
    assertThat(Files.readString(dir.resolve(Manifest.PATH))).contains("\"hook\": \"instructions\"");
    Files.writeString(dir.resolve("SETUP.md"), "mine\n");

    OutputFiles second = open();
    assertThat(second.forHook("instructions").write("SETUP.md", "v2\n".getBytes(UTF_8)))
        .isEqualTo(WriteOutcome.KEPT_EDITED);

    assertThat(Files.readString(dir.resolve("SETUP.md"))).isEqualTo("mine\n");
    assertThat(Files.readString(dir.resolve("SETUP.md.armature-new"))).isEqualTo("v2\n");
    assertThat(notices).singleElement().asString().startsWith("SETUP.md was changed since Armature wrote it");
  }

  @Test
  void readGivesTheCurrentBytesOrNothing() throws Exception {
    Files.writeString(dir.resolve(".gitignore"), "target/\n");
    ProjectFiles files = open().forHook("gitignore");

    assertThat(files.read(".gitignore")).hasValueSatisfying(b -> assertThat(b).isEqualTo("target/\n".getBytes(UTF_8)));
    assertThat(files.read("nothing-here")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside", "ABSOLUTE", "a/../../b", "./a", "a//b", ".armature/manifest.json", ".armature",
      "a\\b", "C:/x", ""})
  void everyWayInChecksThePath(String given) throws Exception {
    Path absolute = dir.resolveSibling(dir.getFileName() + "-outside");
    String path = given.equals("ABSOLUTE") ? absolute.toString() : given;
    ProjectFiles files = open().forHook("h");
    byte[] content = "x".getBytes(UTF_8);

    assertThatThrownBy(() -> files.read(path)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files.write(path, content)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files.merge(path, content)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files.createSecret(path, content)).isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.getParent().resolve("outside")).doesNotExist();
    assertThat(absolute).doesNotExist();
    assertThat(dir.resolve(".armature")).doesNotExist();
  }
}
