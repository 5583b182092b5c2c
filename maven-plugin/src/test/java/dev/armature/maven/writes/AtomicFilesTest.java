package dev.armature.maven.writes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void aReplacementIsANewFileMovedIntoPlaceNotARewriteInPlace() throws Exception {
    Path target = dir.resolve("Dockerfile");
    Files.writeString(target, "old\n");
    Path reader = dir.resolve("held-open-by-a-reader");
    Files.createLink(reader, target);

    AtomicFiles.write(target, "new\n".getBytes(UTF_8));

    assertThat(Files.readString(target)).isEqualTo("new\n");
    assertThat(Files.readString(reader)).as("the old file was never written to").isEqualTo("old\n");
  }

  @Test
  void sameBytesAreNotWritten() throws Exception {
    Path target = dir.resolve("a.txt");
    Files.writeString(target, "same\n");
    FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
    Files.setLastModifiedTime(target, old);

    assertThat(AtomicFiles.writeIfChanged(target, "same\n".getBytes(UTF_8))).isFalse();
    assertThat(Files.getLastModifiedTime(target)).isEqualTo(old);
    assertThat(AtomicFiles.writeIfChanged(target, "other\n".getBytes(UTF_8))).isTrue();
    assertThat(Files.readString(target)).isEqualTo("other\n");
  }

  @Test
  void pruningStopsAtTheFirstFolderInUse() throws Exception {
    Path root = dir.resolve("project");
    Files.createDirectories(root.resolve("a/b/c"));
    Files.writeString(root.resolve("a/keep.txt"), "");
    Files.writeString(root.resolve("a/b/c/gone.txt"), "");

    AtomicFiles.deleteAndPrune(root.resolve("a/b/c/gone.txt"), root);

    assertThat(root.resolve("a/b")).doesNotExist();
    assertThat(root.resolve("a/keep.txt")).exists();
  }

  @Test
  void pruningNeverRemovesTheRootEvenWhenItIsLeftEmpty() throws Exception {
    Path root = dir.resolve("project");
    Files.createDirectories(root.resolve("x"));
    Files.writeString(root.resolve("x/only.txt"), "");

    AtomicFiles.deleteAndPrune(root.resolve("x/only.txt"), root);

    assertThat(root.resolve("x")).doesNotExist();
    assertThat(root).isDirectory();
  }

  @Test
  void aFailedMoveLeavesNoTemporaryFile() throws Exception {
    Files.createDirectories(dir.resolve("Dockerfile/in-the-way"));

    assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("Dockerfile"), "x".getBytes(UTF_8)))
        .isInstanceOf(java.io.IOException.class);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("Dockerfile");
    }
  }

  @Test
  void aFolderWhereAFileBelongsIsAClearError() throws Exception {
    Files.createDirectories(dir.resolve("Dockerfile"));

    assertThatThrownBy(() -> AtomicFiles.read(dir.resolve("Dockerfile"), "Dockerfile"))
        .hasMessageStartingWith("Dockerfile is not a regular file")
        .hasMessageContaining("move it away");
  }
}
