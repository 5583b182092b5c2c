package dev.armature.maven.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCredentialsHookTest {
  @TempDir Path dir;
  private final AdminCredentialsHook hook = new AdminCredentialsHook();

  @Test
  void makesAStrongRandomPasswordOwnerOnlyAndHandsTheAccountOn() throws Exception {
    TempDirProjectFiles files = new TempDirProjectFiles(dir);

    HookResult result = hook.run(HookContexts.context(dir, files));

    Properties file = PropertiesText.parse(Files.readAllBytes(dir.resolve(".admin_credentials")));
    String password = file.getProperty("armature.admin.password");
    assertThat(file.getProperty("armature.admin.username")).isEqualTo("admin");
    assertThat(password).hasSizeGreaterThanOrEqualTo(24).matches("[A-Za-z0-9]+");
    assertThat(Files.getPosixFilePermissions(dir.resolve(".admin_credentials")))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(files.calls("createSecret")).containsExactly(".admin_credentials=CREATED");
    assertThat(result.success()).isTrue();
    assertThat(result.shown()).isTrue();
    assertThat(result.message()).contains("created .admin_credentials", "user 'admin'").doesNotContain(password);
    assertThat(result.artifacts()).containsExactlyInAnyOrderEntriesOf(Map.of("admin.username", "admin",
        "admin.password", password, "secret.files", ".admin_credentials"));
  }

  @Test
  void theFileSaysWhatItIsAndHowTheAppReadsIt() throws Exception {
    hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir)));

    String text = Files.readString(dir.resolve(".admin_credentials"), StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("# The admin account").contains("never commit it",
        "@PropertySource(\"file:.admin_credentials\")", "ARMATURE_ADMIN_PASSWORD");
  }

  @Test
  void twoRunsMakeDifferentPasswords() throws Exception {
    Path other = Files.createDirectory(dir.resolve("other"));

    String first = hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir))).artifacts().get("admin.password");
    String second = hook.run(HookContexts.context(other, new TempDirProjectFiles(other))).artifacts().get("admin.password");

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void passwordsUseTheWholeAlphabetAndCarryAtLeast128Bits() {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      all.append(Passwords.generate());
    }
    assertThat(all.chars().distinct().count()).isEqualTo(Passwords.ALPHABET_SIZE);
    assertThat(Passwords.ALPHABET).hasSize(Passwords.ALPHABET_SIZE).matches("[A-Za-z0-9]+");
    assertThat(Passwords.LENGTH * Math.log(Passwords.ALPHABET_SIZE) / Math.log(2)).isGreaterThan(128);
  }

  @Test
  void theUsernameSettingIsUsed() throws Exception {
    HookResult result = hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir), Settings.defaults(),
        Map.of("username", "ops-admin"), Map.of()));

    assertThat(result.artifacts()).containsEntry("admin.username", "ops-admin");
    assertThat(Files.readString(dir.resolve(".admin_credentials"))).contains("armature.admin.username=ops-admin\n");
  }

  @Test
  void anInsaneUsernameFailsAndWritesNothing() throws Exception {
    for (String bad : new String[] {"a:b", "two words", "-x", "", "x".repeat(65), "o'neil"}) {
      HookResult result = hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir), Settings.defaults(),
          Map.of("username", bad), Map.of()));

      assertThat(result.success()).as(bad).isFalse();
      assertThat(result.message()).contains("<admin-credentials.username>", "letters, digits");
    }
    assertThat(dir.resolve(".admin_credentials")).doesNotExist();
  }

  @Test
  void anExistingFileIsKeptUntouchedAndItsAccountHandedOn() throws Exception {
    byte[] mine = "# mine\narmature.admin.username=boss\narmature.admin.password=s3cret\\:x\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve(".admin_credentials"), mine);
    TempDirProjectFiles files = new TempDirProjectFiles(dir);

    HookResult result = hook.run(HookContexts.context(dir, files));

    assertThat(Files.readAllBytes(dir.resolve(".admin_credentials"))).isEqualTo(mine);
    assertThat(files.calls("createSecret")).isEmpty();
    assertThat(result.success()).isTrue();
    assertThat(result.message()).contains("kept .admin_credentials", "user 'boss'",
        "<admin-credentials.username> (admin) only applies when the file is made").doesNotContain("s3cret");
    assertThat(result.artifacts()).containsEntry("admin.username", "boss").containsEntry("admin.password", "s3cret:x");
  }

  @Test
  void anExistingFileWithoutAPasswordFailsSayingWhatToDo() throws Exception {
    Files.writeString(dir.resolve(".admin_credentials"), "armature.admin.username=boss\n");

    HookResult result = hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir)));

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains("armature.admin.password", "delete the file");
  }

  @Test
  void theAccountOfAnExistingEnvIsReusedSoTheFilesAgree() throws Exception {
    Files.writeString(dir.resolve(".env"), "# mine\nexport ARMATURE_ADMIN_USERNAME=root\nARMATURE_ADMIN_PASSWORD='pa ss#1'\n");

    HookResult result = hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir)));

    Properties file = PropertiesText.parse(Files.readAllBytes(dir.resolve(".admin_credentials")));
    assertThat(file.getProperty("armature.admin.username")).isEqualTo("root");
    assertThat(file.getProperty("armature.admin.password")).isEqualTo("pa ss#1");
    assertThat(result.artifacts()).containsEntry("admin.password", "pa ss#1");
    assertThat(result.message()).contains("the account .env already holds").doesNotContain("pa ss#1");
  }

  @Test
  void anEnvWithoutTheAdminPasswordGetsANewOne() throws Exception {
    Files.writeString(dir.resolve(".env"), "SERVER_PORT=9090\n");

    HookResult result = hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir)));

    assertThat(result.artifacts().get("admin.username")).isEqualTo("admin");
    assertThat(result.artifacts().get("admin.password")).hasSize(Passwords.LENGTH);
  }

  @Test
  void theAccountNeverShowsInToString() {
    assertThat(new AdminAccount("admin", "topsecret").toString()).doesNotContain("topsecret");
  }
}
