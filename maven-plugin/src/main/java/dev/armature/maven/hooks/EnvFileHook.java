package dev.armature.maven.hooks;

import com.google.auto.service.AutoService;
import dev.armature.maven.spi.AppEnvironment;
import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.ProjectFiles.WriteOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code env-file}: {@code .env}, every variable of {@link AppEnvironment} with a value, for
 * {@code set -a; . ./.env; set +a} and docker compose. The admin account is the one {@code admin-credentials}
 * handed on (so {@code .env} and {@code .admin_credentials} agree); every other secret (e.g. the database
 * password on PostgreSQL or MySQL) is a new random password; the rest are the given values. Each is
 * preceded by its description. Made once, owner-only, never regenerated: a kept file is checked, not changed.
 *
 * <p>Post-build; runs after {@code admin-credentials}; no settings. Hands on {@code secret.files.env-file}
 * ({@code .env}).
 */
@AutoService(Hook.class)
public final class EnvFileHook implements Hook {
  public static final String FILE = ".env";
  /** Its own key: {@code admin-credentials} already handed on {@link ArtifactKeys#SECRET_FILES}. */
  static final String SECRET_FILES_KEY = ArtifactKeys.SECRET_FILES + ".env-file";

  @Override
  public String name() {
    return "env-file";
  }

  @Override
  public String description() {
    return "Makes .env with every variable the app reads (random secrets, the admin account of .admin_credentials)";
  }

  @Override
  public HookPhase phase() {
    return HookPhase.POST_BUILD;
  }

  @Override
  public Set<String> runsAfter() {
    return Set.of("admin-credentials");
  }

  @Override
  public HookResult run(HookContext context) throws IOException {
    AppEnvironment environment = AppEnvironment.of(context.project(), context.settings(), context.model());
    Optional<byte[]> existing = context.files().read(FILE);
    if (existing.isPresent()) {
      return kept(DotEnv.parse(existing.get()), environment, context.artifacts())
          .withArtifact(SECRET_FILES_KEY, FILE);
    }
    AdminAccount admin = environment.has(AppEnvironment.ADMIN_USERNAME) ? admin(context, environment) : null;
    StringBuilder text = new StringBuilder(String.join("\n",
        "# The environment of " + oneLine(context.project().name()) + ": every variable the app reads (Spring Boot binds",
        "# each to its property, e.g. SPRING_DATASOURCE_URL to spring.datasource.url). Made by armature:provision.",
        "# SECRETS: owner-only, listed in .gitignore; never commit it (.env.example is the one to share).",
        "# Kept as it is on every build. Load it into a shell with: set -a; . ./.env; set +a",
        "# (docker compose reads it by itself)."));
    List<String> names = new ArrayList<>();
    try {
      for (AppEnvironment.Variable variable : environment.variables()) {
        text.append("\n\n# ").append(oneLine(variable.description())).append('\n')
            .append(DotEnv.assignment(variable.name(), value(variable, admin)));
        names.add(variable.name());
      }
    } catch (IllegalArgumentException e) {
      return HookResult.failed("cannot write " + FILE + ": " + e.getMessage() + "; change that value (letters and"
          + " digits are always safe)");
    }
    text.append('\n');
    if (context.files().createSecret(FILE, text.toString().getBytes(StandardCharsets.UTF_8)) == WriteOutcome.KEPT) {
      return HookResult.failed(FILE + " appeared while it was being made (another build at the same time?); run the build again");
    }
    return HookResult.shown("created " + FILE + " (" + String.join(", ", names) + "; owner-only, never commit it)")
        .withArtifact(SECRET_FILES_KEY, FILE);
  }

  private static String value(AppEnvironment.Variable variable, AdminAccount admin) {
    if (variable.name().equals(AppEnvironment.ADMIN_USERNAME)) {
      return admin.username();
    }
    if (variable.name().equals(AppEnvironment.ADMIN_PASSWORD)) {
      return admin.password();
    }
    if (variable.secret()) {
      String secret = Passwords.generate();
      if (!DotEnv.plain(secret)) {
        throw new IllegalStateException("a generated secret needs quoting; Passwords.ALPHABET is wrong");
      }
      return secret;
    }
    return variable.value();
  }

  /**
   * The account {@code admin-credentials} handed on; without it (that hook left out) the one in
   * {@code .admin_credentials}, else a new one.
   */
  private static AdminAccount admin(HookContext context, AppEnvironment environment) throws IOException {
    String user = context.artifacts().get(ArtifactKeys.ADMIN_USERNAME);
    String password = context.artifacts().get(ArtifactKeys.ADMIN_PASSWORD);
    if (user != null && password != null) {
      return new AdminAccount(user, password);
    }
    Optional<byte[]> file = context.files().read(AdminCredentialsHook.FILE);
    if (file.isPresent()) {
      Optional<AdminAccount> read = AdminCredentialsHook.read(file.get());
      if (read.isPresent()) {
        return read.get();
      }
    }
    return new AdminAccount(environment.get(AppEnvironment.ADMIN_USERNAME).value(), Passwords.generate());
  }

  /** A kept file is the person's: only say what it lacks or where it disagrees, never a value. */
  private static HookResult kept(Map<String, String> file, AppEnvironment environment, Map<String, String> artifacts) {
    List<String> notes = new ArrayList<>();
    List<String> missing = environment.variables().stream().map(AppEnvironment.Variable::name)
        .filter(n -> !file.containsKey(n)).toList();
    if (!missing.isEmpty()) {
      notes.add("it lacks " + String.join(", ", missing) + " (see .env.example; or delete " + FILE
          + " to have it made again)");
    }
    for (String[] pair : List.of(new String[] {AppEnvironment.ADMIN_USERNAME, ArtifactKeys.ADMIN_USERNAME},
        new String[] {AppEnvironment.ADMIN_PASSWORD, ArtifactKeys.ADMIN_PASSWORD})) {
      String inFile = file.get(pair[0]);
      String handedOn = artifacts.get(pair[1]);
      if (inFile != null && handedOn != null && !inFile.equals(handedOn)) {
        notes.add("its " + pair[0] + " differs from " + AdminCredentialsHook.FILE
            + " (the environment wins: an app started after . ./.env uses " + FILE + "'s)");
      }
    }
    return HookResult.shown("kept " + FILE + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)));
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }
}
