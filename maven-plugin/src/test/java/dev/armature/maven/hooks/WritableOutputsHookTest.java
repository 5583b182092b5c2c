package dev.armature.maven.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.armature.maven.spi.HookResult;
import dev.armature.maven.testing.SampleModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritableOutputsHookTest {
  @TempDir Path dir;

  @Test
  void aWritableProjectPassesAndKeepsNoProbeNorCreatedFolder() throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    List<String> before = tree(dir);

    HookResult result = run(dir);

    assertThat(result.success()).isTrue();
    assertThat(result.shown()).isFalse();
    assertThat(tree(dir)).isEqualTo(before); // .armature/ was made for the probe and removed again
  }

  @Test
  void aMissingOutputDirectoryThatCanBeCreatedPassesAndIsNotLeftBehind() throws Exception {
    Path out = dir.resolve("site/out");

    HookResult result = run(out);

    assertThat(result.success()).isTrue();
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void aFileWhereAFolderGoesIsNamed() throws Exception {
    Files.writeString(dir.resolve("docs"), "notes");

    HookResult result = run(dir);

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains(dir.resolve("docs") + " is a file", "rename or move the file",
        "<outputDirectory>");
    assertThat(Files.readString(dir.resolve("docs"))).isEqualTo("notes");
    assertThat(dir.resolve(".armature")).doesNotExist();
  }

  @Test
  void aReadOnlyOutputDirectoryFailsNamingItAndTheFix() throws Exception {
    readOnly(dir);
    try {
      HookResult result = run(dir);

      assertThat(result.success()).isFalse();
      assertThat(result.message()).contains("cannot write into " + dir + " (permission denied)", "chmod u+w",
          "<outputDirectory>");
      assertThat(tree(dir)).isEmpty();
    } finally {
      writable(dir);
    }
  }

  @Test
  void aReadOnlyArmatureFolderFails() throws Exception {
    Path armature = Files.createDirectories(dir.resolve(".armature"));
    readOnly(armature);
    try {
      HookResult result = run(dir);

      assertThat(result.success()).isFalse();
      assertThat(result.message()).contains("cannot write into " + armature).doesNotContain("into " + dir + " ");
      assertThat(tree(dir)).containsExactly(".armature");
    } finally {
      writable(armature);
    }
  }

  /** Root writes into read-only folders anyway: such a test says nothing there. */
  private static void readOnly(Path folder) throws IOException {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    assumeFalse(Files.isWritable(folder), "running as root: a read-only folder is still writable");
  }

  private static void writable(Path folder) throws IOException {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private HookResult run(Path out) {
    return new WritableOutputsHook().run(new dev.armature.maven.spi.HookContext(SampleModels.library(),
        SampleModels.project(dir), dev.armature.maven.spi.Settings.defaults(), out, java.util.Map.of(),
        java.util.Map.of(), new TempDirProjectFiles(out)));
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
