package dev.armature.maven.writes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.ProjectFiles.WriteOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code .armature/manifest.json}: its exact bytes, and what happens when it is damaged. */
class ManifestTest {
  private static final String HASH_A = Hashes.sha256("FROM a\n".getBytes(UTF_8));

  @TempDir Path dir;

  private void writeAll(Path into, List<String> order) throws IOException {
    OutputFiles out = OutputFiles.open(into, s -> {});
    for (String step : order) {
      switch (step) {
        case "docker" -> out.writeGenerated(GeneratedFile.text("Dockerfile", "FROM a\n"), "docker");
        case "docs" -> out.writeGenerated(GeneratedFile.text("docs/API.md", "# API\n"), "docs");
        case "secret" -> out.forHook("secrets").createSecret(".env", "A=1\n".getBytes(UTF_8));
        case "merge" -> out.forHook("gitignore").merge(".gitignore", "target/\n".getBytes(UTF_8));
        default -> throw new IllegalArgumentException(step);
      }
    }
    out.save();
  }

  @Test
  void theManifestHasExactlyThisShape() throws Exception {
    writeAll(dir, List.of("docker", "secret", "merge"));

    assertThat(Files.readString(dir.resolve(Manifest.PATH))).isEqualTo("""
        {
          "armatureManifestVersion": 1,
          "files": {
            ".env": {
              "hook": "secrets",
              "kind": "secret"
            },
            ".gitignore": {
              "hook": "gitignore",
              "kind": "merged"
            },
            "Dockerfile": {
              "generator": "docker",
              "kind": "written",
              "sha256": "%s"
            }
          }
        }
        """.formatted(HASH_A));
  }

  @Test
  void theSameFilesWrittenInAnotherOrderGiveTheSameBytes(@TempDir Path other) throws Exception {
    writeAll(dir, List.of("docker", "docs", "secret", "merge"));
    writeAll(other, List.of("merge", "secret", "docs", "docker"));

    byte[] bytes = Files.readAllBytes(dir.resolve(Manifest.PATH));
    assertThat(Files.readAllBytes(other.resolve(Manifest.PATH))).isEqualTo(bytes);
    assertThat(new String(bytes, UTF_8)).doesNotContain("\r").doesNotContain(dir.toString())
        .contains("\"Dockerfile\"", "\"docs/API.md\"", "\".env\"", "\".gitignore\"");
  }

  @Test
  void whatItReadsItWritesBackByteForByte() throws Exception {
    writeAll(dir, List.of("docker", "docs", "secret", "merge"));
    byte[] bytes = Files.readAllBytes(dir.resolve(Manifest.PATH));

    assertThat(ManifestJson.parse(bytes, dir.resolve(Manifest.PATH)).toBytes()).isEqualTo(bytes);
  }

  @Test
  void theManifestIsSavedOnlyWhenItsBytesChange() throws Exception {
    writeAll(dir, List.of("docker"));
    FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
    Files.setLastModifiedTime(dir.resolve(Manifest.PATH), old);

    writeAll(dir, List.of("docker"));
    assertThat(Files.getLastModifiedTime(dir.resolve(Manifest.PATH))).isEqualTo(old);

    writeAll(dir, List.of("docker", "docs"));
    assertThat(Files.readString(dir.resolve(Manifest.PATH))).contains("docs/API.md");
  }

  @Test
  void nothingWrittenMeansNoManifest() throws Exception {
    OutputFiles.open(dir, s -> {}).save();

    assertThat(dir.resolve(".armature")).doesNotExist();
  }

  static Stream<Arguments> damagedManifests() {
    String entry = "{\"armatureManifestVersion\": 1, \"files\": {\"a\": %s}}";
    return Stream.of(
        arguments("", "it is empty"),
        arguments(" \n", "it is empty"),
        arguments("null", "not a JSON object"),
        arguments("{", "not valid JSON"),
        arguments("<<<<<<< HEAD\n{\"armatureManifestVersion\": 1, \"files\": {}}\n=======\n{}\n>>>>>>> theirs\n",
            "not valid JSON"),
        arguments("[]", "not a JSON object"),
        arguments("{\"files\": {}}", "\"armatureManifestVersion\" is missing or not a whole number"),
        arguments("{\"armatureManifestVersion\": \"1\", \"files\": {}}", "is missing or not a whole number"),
        arguments("{\"armatureManifestVersion\": 1}", "\"files\" is missing or not an object"),
        arguments("{\"armatureManifestVersion\": 1, \"files\": []}", "\"files\" is missing or not an object"),
        arguments("{\"armatureManifestVersion\": 1, \"files\": {}, \"written\": \"2024-01-01\"}",
            "the top level has keys Armature does not write: [written]"),
        arguments("{\"armatureManifestVersion\": 1, \"files\": {}} {}", "not valid JSON"),
        arguments("{\"armatureManifestVersion\": 1, \"files\": {\"a\": {\"hook\": \"h\", \"kind\": \"merged\"},"
            + " \"a\": {\"hook\": \"h\", \"kind\": \"merged\"}}}", "Duplicate field 'a'"),
        arguments(entry.formatted("[]"), "the entry \"a\" is not an object"),
        arguments(entry.formatted("{\"kind\": \"merged\"}"), "names no generator or hook"),
        arguments(entry.formatted("{\"hook\": \"h\", \"generator\": \"g\", \"kind\": \"merged\"}"),
            "must name one generator or one hook"),
        arguments(entry.formatted("{\"hook\": \" \", \"kind\": \"merged\"}"), "must name one generator or one hook"),
        arguments(entry.formatted("{\"hook\": \"h\"}"), "\"kind\" and \"sha256\" must be strings"),
        arguments(entry.formatted("{\"hook\": \"h\", \"kind\": \"copied\"}"), "unknown kind \"copied\""),
        arguments(entry.formatted("{\"hook\": \"h\", \"kind\": \"written\"}"), "every written file has one"),
        arguments(entry.formatted("{\"hook\": \"h\", \"kind\": \"secret\", \"sha256\": \"0000000000000000000000000000000000000000000000000000000000000000\"}"),
            "a sha256 belongs to written files only"),
        arguments(entry.formatted("{\"hook\": \"h\", \"kind\": \"written\", \"sha256\": \"ABC\"}"),
            "not a SHA-256 in lowercase hex"),
        arguments(entry.formatted("{\"hook\": \"h\", \"kind\": \"merged\", \"by\": \"me\"}"),
            "has keys Armature does not write: [by]"),
        arguments("{\"armatureManifestVersion\": 1, \"files\": {\"../a\": {\"hook\": \"h\", \"kind\": \"merged\"}}}",
            "the entry \"../a\" is not a path Armature writes"),
        arguments("{\"armatureManifestVersion\": 1, \"files\": {\".armature/x\": {\"hook\": \"h\", \"kind\": \"merged\"}}}",
            "the entry \".armature/x\" is not a path Armature writes"));
  }

  @ParameterizedTest
  @MethodSource("damagedManifests")
  void aDamagedManifestIsAnErrorThatSaysWhatToDo(String damaged, String why) throws Exception {
    Path file = dir.resolve(Manifest.PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, damaged);
    Files.writeString(dir.resolve("Dockerfile"), "mine\n");

    assertThatThrownBy(() -> OutputFiles.open(dir, s -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString() + " is damaged (")
        .hasMessageContaining(why)
        .hasMessageContaining("Restore it from version control, or delete it");
    assertThatThrownBy(() -> OutputFiles.diskState(dir, Set.of("Dockerfile")))
        .hasMessageContaining(" is damaged (");
    assertThat(Files.readString(file)).isEqualTo(damaged);
  }

  @Test
  void aManifestOfANewerFormatIsNotGuessedAt() throws Exception {
    Path file = dir.resolve(Manifest.PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"armatureManifestVersion\": 2, \"files\": {\"Dockerfile\": {\"owner\": \"x\"}}}\n");

    assertThatThrownBy(() -> OutputFiles.open(dir, s -> {}))
        .hasMessageContaining(file + " has armatureManifestVersion 2")
        .hasMessageContaining("build with the Armature version that wrote it");
  }

  @Test
  void aValidManifestWrittenByHandIsRead() throws Exception {
    Path file = dir.resolve(Manifest.PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{ \"files\" : { \"Dockerfile\" : { \"sha256\" : \"" + HASH_A + "\", \"kind\" : \"written\","
        + " \"generator\" : \"docker\" } }, \"armatureManifestVersion\" : 1 }");
    Files.writeString(dir.resolve("Dockerfile"), "FROM a\n");

    OutputFiles out = OutputFiles.open(dir, s -> {});
    assertThat(out.writeGenerated(GeneratedFile.text("Dockerfile", "FROM b\n"), "docker"))
        .as("the hash matched, so the file was Armature's to update")
        .isEqualTo(WriteOutcome.UPDATED);
  }
}
