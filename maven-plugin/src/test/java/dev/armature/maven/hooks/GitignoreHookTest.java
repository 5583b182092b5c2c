package dev.armature.maven.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitignoreHookTest {
  private static final Map<String, String> SECRETS = Map.of("secret.files", ".admin_credentials",
      "secret.files.env-file", ".env");
  private static final String BLOCK = "# Armature: secrets and review copies (never commit)\n.env\n.admin_credentials\n*.armature-new\n";

  @TempDir Path dir;

  @Test
  void anAbsentFileIsCreatedWithTheBlock() throws Exception {
    TempDirProjectFiles files = new TempDirProjectFiles(dir);

    HookResult result = run(files);

    assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo(BLOCK);
    assertThat(files.calls("merge")).containsExactly(".gitignore=CREATED");
    assertThat(result.message()).isEqualTo("created .gitignore: .env, .admin_credentials, *.armature-new");
  }

  @Test
  void onlyMissingEntriesAreAddedAfterThePersonsLines() throws Exception {
    write("target/\n.env\n/.admin_credentials\n");

    HookResult result = run(new TempDirProjectFiles(dir));

    assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo(
        "target/\n.env\n/.admin_credentials\n\n# Armature: secrets and review copies (never commit)\n*.armature-new\n");
    assertThat(result.message()).isEqualTo("added to .gitignore: *.armature-new");
  }

  @Test
  void everythingAlreadyIgnoredWritesNothing() throws Exception {
    write("*.armature-new\r\n.admin_credentials   \r\n.env\r\n");
    TempDirProjectFiles files = new TempDirProjectFiles(dir);

    HookResult result = run(files);

    assertThat(files.calls("merge")).isEmpty();
    assertThat(result.shown()).isFalse();
    assertThat(result.message()).isEqualTo(".gitignore already ignores .env, .admin_credentials, *.armature-new");
  }

  @Test
  void aCrlfFileKeepsCrlfAndEveryByteOfThePersonsLines() throws Exception {
    byte[] mine = "# caf\u00e9\r\nbuild/\r\n!keep.env\r\nlast-without-end".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve(".gitignore"), mine);

    run(new TempDirProjectFiles(dir));

    byte[] merged = Files.readAllBytes(dir.resolve(".gitignore"));
    String text = new String(merged, StandardCharsets.UTF_8);
    assertThat(text).startsWith(new String(mine, StandardCharsets.UTF_8) + "\r\n\r\n")
        .endsWith(BLOCK.replace("\n", "\r\n"));
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void aSecondRunGivesIdenticalBytes() throws Exception {
    write("node_modules\n");
    run(new TempDirProjectFiles(dir));
    byte[] first = Files.readAllBytes(dir.resolve(".gitignore"));
    TempDirProjectFiles files = new TempDirProjectFiles(dir);

    run(files);

    assertThat(Files.readAllBytes(dir.resolve(".gitignore"))).isEqualTo(first);
    assertThat(files.calls("merge")).isEmpty();
  }

  @Test
  void anotherHooksSecretFilesGoUnderTheArmatureBlock() throws Exception {
    write("a\n\n" + BLOCK + "\n# mine\nb\n");

    HookResult result = new GitignoreHook().run(HookContexts.context(dir, new TempDirProjectFiles(dir),
        Settings.defaults(), Map.of(), Map.of("secret.files", ".admin_credentials",
            "secret.files.vault", "secrets/db.key, config/#odd[1].txt")));

    assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo("a\n\n" + BLOCK.replace("*.armature-new\n",
        "*.armature-new\nsecrets/db.key\nconfig/#odd\\[1].txt\n") + "\n# mine\nb\n");
    assertThat(result.message()).isEqualTo("added to .gitignore: secrets/db.key, config/#odd\\[1].txt");
  }

  @Test
  void entriesComeInAFixedOrderWithoutRepeats() {
    assertThat(GitignoreHook.entries(Map.of("secret.files", ".admin_credentials", "secret.files.env-file", ".env",
        "secret.filesystem", "not-mine", "secret.files.x", "!bang")))
        .containsExactly(".env", ".admin_credentials", "\\!bang", "*.armature-new");
  }

  private HookResult run(TempDirProjectFiles files) throws Exception {
    return new GitignoreHook().run(HookContexts.context(dir, files, Settings.defaults(), Map.of(), SECRETS));
  }

  private void write(String text) throws Exception {
    Files.writeString(dir.resolve(".gitignore"), text);
  }
}
