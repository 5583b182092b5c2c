package dev.armature.maven.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.armature.maven.spi.AppEnvironment;
import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.testing.SampleModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFileHookTest {
  private static final Map<String, String> ADMIN = Map.of("admin.username", "admin", "admin.password",
      "Abc123Abc123Abc123Abc123Abc123xy", "secret.files", ".admin_credentials");

  @TempDir Path dir;
  private final EnvFileHook hook = new EnvFileHook();

  @Test
  void onH2EveryVariableIsWrittenWithItsDescriptionAndTheHandedOnAccount() throws Exception {
    TempDirProjectFiles files = new TempDirProjectFiles(dir);

    HookResult result = hook.run(HookContexts.context(dir, files, Settings.defaults(), Map.of(), ADMIN));

    String text = Files.readString(dir.resolve(".env"));
    assertThat(text).startsWith("# The environment of Library:").contains(
        "\n\n# the admin account of the generated API (HTTP Basic); holds ADMIN and every role the resources name\n"
            + "ARMATURE_ADMIN_USERNAME=admin\n",
        "\n\n# its password\nARMATURE_ADMIN_PASSWORD=Abc123Abc123Abc123Abc123Abc123xy\n",
        "\nSERVER_PORT=8080\n",
        "\nSPRING_DATASOURCE_URL='jdbc:h2:mem:library;DB_CLOSE_DELAY=-1'\n",
        "\nSPRING_DATASOURCE_USERNAME=sa\n",
        "\nSPRING_DATASOURCE_PASSWORD=\n");
    assertThat(Files.getPosixFilePermissions(dir.resolve(".env")))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(files.calls("createSecret")).containsExactly(".env=CREATED");
    assertThat(result.success()).isTrue();
    assertThat(result.message()).startsWith("created .env").doesNotContain(ADMIN.get("admin.password"));
    assertThat(result.artifacts()).isEqualTo(Map.of("secret.files.env-file", ".env"));
  }

  @Test
  void aShellReadsBackExactlyEveryValue() throws Exception {
    hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir), Settings.defaults(), Map.of(), ADMIN));

    Map<String, String> parsed = DotEnv.parse(Files.readAllBytes(dir.resolve(".env")));
    assertThat(parsed.keySet()).containsExactlyElementsOf(
        AppEnvironment.of(SampleModels.project(dir), Settings.defaults(), SampleModels.library()).variables().stream()
            .map(AppEnvironment.Variable::name).toList());
    for (Map.Entry<String, String> e : parsed.entrySet()) {
      assertThat(sh(dir, "printf %s \"$" + e.getKey() + "\"")).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(parsed.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:h2:mem:library;DB_CLOSE_DELAY=-1");
  }

  @Test
  void onPostgresqlTheDatabasePasswordIsANewRandomPlainValue() throws Exception {
    HookResult result = hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir),
        HookContexts.on(Settings.Database.POSTGRESQL), Map.of(), ADMIN));

    Map<String, String> env = DotEnv.parse(Files.readAllBytes(dir.resolve(".env")));
    assertThat(env.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://localhost:5432/library");
    assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo("library");
    String dbPassword = env.get("SPRING_DATASOURCE_PASSWORD");
    assertThat(dbPassword).hasSize(Passwords.LENGTH).matches("[A-Za-z0-9]+").isNotEqualTo(ADMIN.get("admin.password"));
    assertThat(Files.readAllLines(dir.resolve(".env"))).filteredOn(l -> !l.isEmpty() && !l.startsWith("#"))
        .allMatch(l -> l.matches("[A-Z_]+=[A-Za-z0-9_./:@%+=,-]*"), "an unquoted NAME=value"); // nothing needs quotes
    assertThat(sh(dir, "printf %s \"$SPRING_DATASOURCE_PASSWORD\"")).isEqualTo(dbPassword);
    assertThat(result.message()).doesNotContain(dbPassword);
  }

  @Test
  void theAdminPasswordIsTheOneOfAdminCredentials() throws Exception {
    TempDirProjectFiles files = new TempDirProjectFiles(dir);
    HookResult admin = new AdminCredentialsHook().run(HookContexts.context(dir, files));

    hook.run(HookContexts.context(dir, files, Settings.defaults(), Map.of(), admin.artifacts()));

    String fromFile = PropertiesText.parse(Files.readAllBytes(dir.resolve(".admin_credentials")))
        .getProperty("armature.admin.password");
    assertThat(sh(dir, "printf %s \"$ARMATURE_ADMIN_PASSWORD\"")).isEqualTo(fromFile);
  }

  @Test
  void withoutHandedOnAccountTheOneInAdminCredentialsIsUsed() throws Exception {
    Files.writeString(dir.resolve(".admin_credentials"), "armature.admin.username=boss\narmature.admin.password=Xyz789\n");

    hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir)));

    assertThat(sh(dir, "printf '%s:%s' \"$ARMATURE_ADMIN_USERNAME\" \"$ARMATURE_ADMIN_PASSWORD\"")).isEqualTo("boss:Xyz789");
  }

  @Test
  void anExistingEnvIsNeverRegenerated() throws Exception {
    hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir), Settings.defaults(), Map.of(), ADMIN));
    byte[] first = Files.readAllBytes(dir.resolve(".env"));
    TempDirProjectFiles files = new TempDirProjectFiles(dir);

    HookResult second = hook.run(HookContexts.context(dir, files, HookContexts.on(Settings.Database.POSTGRESQL),
        Map.of(), ADMIN));

    assertThat(Files.readAllBytes(dir.resolve(".env"))).isEqualTo(first);
    assertThat(files.calls("createSecret")).isEmpty();
    assertThat(second.success()).isTrue();
    assertThat(second.message()).startsWith("kept .env");
    assertThat(second.artifacts()).containsEntry("secret.files.env-file", ".env");
  }

  @Test
  void aKeptEnvThatLacksVariablesOrDisagreesIsReportedWithoutValues() throws Exception {
    Files.writeString(dir.resolve(".env"), "ARMATURE_ADMIN_USERNAME=admin\nARMATURE_ADMIN_PASSWORD=OldOne\n");

    HookResult result = hook.run(HookContexts.context(dir, new TempDirProjectFiles(dir), Settings.defaults(), Map.of(), ADMIN));

    assertThat(result.success()).isTrue();
    assertThat(result.message()).contains("it lacks SERVER_PORT, SPRING_DATASOURCE_URL",
        "its ARMATURE_ADMIN_PASSWORD differs from .admin_credentials")
        .doesNotContain("OldOne", ADMIN.get("admin.password"));
  }

  @Test
  void valuesAreWrittenPlainQuotedOrRefused() {
    assertThat(DotEnv.assignment("A", "jdbc:postgresql://h:5432/db")).isEqualTo("A=jdbc:postgresql://h:5432/db");
    assertThat(DotEnv.assignment("A", "")).isEqualTo("A=");
    assertThat(DotEnv.assignment("A", "a b$c")).isEqualTo("A='a b$c'");
    assertThat(DotEnv.assignment("A", "~/x")).isEqualTo("A='~/x'");
    assertThatThrownBy(() -> DotEnv.assignment("A", "it's")).hasMessageContaining("quote");
    assertThatThrownBy(() -> DotEnv.assignment("A", "a\nb")).hasMessageContaining("control character");
    assertThatThrownBy(() -> DotEnv.assignment("A", "ends in \\")).hasMessageContaining("backslash");
    assertThatThrownBy(() -> DotEnv.assignment("1A", "x")).hasMessageContaining("not an environment variable name");
  }

  @Test
  void quotedValuesReadBackThroughAShell() throws Exception {
    String value = "a b;c$d`e\"f#g*h~";
    Files.writeString(dir.resolve(".env"), DotEnv.assignment("V", value) + "\n");

    assertThat(sh(dir, "printf %s \"$V\"")).isEqualTo(value);
    assertThat(DotEnv.parse(Files.readAllBytes(dir.resolve(".env")))).containsEntry("V", value);
  }

  /** Runs a POSIX shell in the folder after loading {@code .env} as the banner says; its output. */
  static String sh(Path dir, String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("sh", "-c", "set -a; . ./.env; set +a; " + command)
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    return out;
  }
}
