package dev.armature.maven.hooks;

import com.google.auto.service.AutoService;
import dev.armature.maven.spi.AppEnvironment;
import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.ProjectFiles.WriteOutcome;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * {@code admin-credentials}: the admin account of the generated API, in {@code .admin_credentials}, which
 * the generated security configuration reads from the working directory
 * ({@code @PropertySource("file:.admin_credentials")}; environment and properties win over it).
 *
 * <p>An existing file is the account: read, never touched. Else, when {@code .env} already holds
 * {@code ARMATURE_ADMIN_USERNAME}/{@code ARMATURE_ADMIN_PASSWORD}, those are used, so the two files never
 * disagree. Else a new random password ({@link Passwords}). The account is handed on in memory
 * ({@link ArtifactKeys#ADMIN_USERNAME}, {@link ArtifactKeys#ADMIN_PASSWORD}) for {@code env-file}; the
 * message names the file and the user, never the password.
 *
 * <p>Without Spring Security on the class path the generated API has no accounts, and this hook makes none.
 *
 * <p>Post-build; runs first (after no other hook). Setting {@code username} (default {@code admin}). Hands on
 * {@code admin.username}, {@code admin.password}, {@code secret.files} ({@code .admin_credentials}).
 */
@AutoService(Hook.class)
public final class AdminCredentialsHook implements Hook {
  /** Relative to the output directory, which is the working directory of {@code java -jar} in the banner. */
  public static final String FILE = ".admin_credentials";
  static final String USERNAME = "username";
  static final String DEFAULT_USERNAME = "admin";
  /**
   * Letters, digits, {@code . _ -}: no {@code :} (RFC 7617 forbids it in an HTTP Basic user-id), and nothing
   * a shell, {@code .env} or a URL would need quoted.
   */
  private static final Pattern SANE_USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  @Override
  public String name() {
    return "admin-credentials";
  }

  @Override
  public String description() {
    return "Makes the admin account of the generated API (.admin_credentials, random password), or keeps the one there";
  }

  @Override
  public HookPhase phase() {
    return HookPhase.POST_BUILD;
  }

  @Override
  public Map<String, String> settings() {
    return Map.of(USERNAME, "the admin's user name when " + FILE + " is made (default " + DEFAULT_USERNAME
        + "): 1 to 64 letters, digits, '.', '_' or '-'");
  }

  @Override
  public HookResult run(HookContext context) throws IOException {
    String wanted = context.option(USERNAME, DEFAULT_USERNAME).trim();
    if (!SANE_USERNAME.matcher(wanted).matches()) {
      return HookResult.failed("<admin-credentials.username> is '" + wanted + "'; give 1 to 64 letters, digits, '.',"
          + " '_' or '-', starting with a letter or digit (e.g. admin)");
    }
    if (!context.model().classpath().springSecurity()) {
      return HookResult.shown("no account made: Spring Security is not a dependency, so the generated API"
          + " has no authentication and nothing would read " + FILE);
    }
    Optional<byte[]> existing = context.files().read(FILE);
    if (existing.isPresent()) {
      return kept(existing.get(), wanted);
    }
    Map<String, String> env = context.files().read(EnvFileHook.FILE).map(DotEnv::parse).orElse(Map.of());
    Optional<String> envUser = nonBlank(env.get(AppEnvironment.ADMIN_USERNAME));
    Optional<String> envPassword = nonBlank(env.get(AppEnvironment.ADMIN_PASSWORD));
    AdminAccount account = new AdminAccount(envUser.orElse(wanted), envPassword.orElseGet(Passwords::generate));
    if (context.files().createSecret(FILE, content(account)) == WriteOutcome.KEPT) {
      return HookResult.failed(FILE + " appeared while it was being made (another build at the same time?);"
          + " run the build again");
    }
    String source = envPassword.isPresent() ? "the account " + EnvFileHook.FILE + " already holds" : "a new random password";
    String note = envUser.isPresent() && !envUser.get().equals(wanted)
        ? "; <admin-credentials.username> (" + wanted + ") gave way to the user " + EnvFileHook.FILE + " names" : "";
    return handOn(HookResult.shown("created " + FILE + " (user '" + account.username() + "', " + source
        + "; owner-only, never commit it)" + note), account);
  }

  private static HookResult kept(byte[] file, String wanted) throws IOException {
    Optional<AdminAccount> read = read(file);
    if (read.isEmpty()) {
      return HookResult.failed(FILE + " exists but lacks " + AdminAccount.USERNAME_PROPERTY + " or "
          + AdminAccount.PASSWORD_PROPERTY + "; add both lines, or delete the file to have a new account made");
    }
    AdminAccount account = read.get();
    String note = account.username().equals(wanted) ? ""
        : "; <admin-credentials.username> (" + wanted + ") only applies when the file is made";
    return handOn(HookResult.shown("kept " + FILE + " (user '" + account.username() + "')" + note), account);
  }

  private static HookResult handOn(HookResult result, AdminAccount account) {
    return result.withArtifact(ArtifactKeys.ADMIN_USERNAME, account.username())
        .withArtifact(ArtifactKeys.ADMIN_PASSWORD, account.password())
        .withArtifact(ArtifactKeys.SECRET_FILES, FILE);
  }

  /** The file: what it is, that it stays out of git, and how the app reads it. */
  static byte[] content(AdminAccount account) {
    return PropertiesText.format(List.of(
        "The admin account of the API Armature generated (HTTP Basic; holds ADMIN and every role of @ApiResource).",
        "Made by armature:provision. A SECRET: owner-only, listed in .gitignore;",
        "never commit it. Kept as it is on every build; to change the password, change it here and in .env.",
        "",
        "The app reads it from its working directory (@PropertySource(\"file:.admin_credentials\") in",
        "ArmatureSecurityConfiguration), so start it in this folder. ARMATURE_ADMIN_USERNAME and",
        "ARMATURE_ADMIN_PASSWORD in the environment, or the properties below set elsewhere, win over it."),
        AdminAccount.USERNAME_PROPERTY, account.username(),
        AdminAccount.PASSWORD_PROPERTY, account.password());
  }

  /**
   * The file's account, if it has a whole one; values as Spring reads them (not trimmed). Also read by
   * {@code env-file} when this hook was left out.
   */
  static Optional<AdminAccount> read(byte[] file) throws IOException {
    Properties p = PropertiesText.parse(file);
    Optional<String> user = nonBlank(p.getProperty(AdminAccount.USERNAME_PROPERTY));
    Optional<String> password = nonBlank(p.getProperty(AdminAccount.PASSWORD_PROPERTY));
    return user.isPresent() && password.isPresent()
        ? Optional.of(new AdminAccount(user.get(), password.get())) : Optional.empty();
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
