package dev.armature.maven.hooks;

import com.google.auto.service.AutoService;
import dev.armature.annotations.Operation;
import dev.armature.maven.spi.AppEnvironment;
import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.ProjectFacts;
import dev.armature.processor.model.EntityModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code banner}: the build's last words, lines a person pastes into a shell to start the app with its
 * admin account and call one endpoint. The commands read the password from {@code .env} through the
 * environment ({@code "$ARMATURE_ADMIN_PASSWORD"}), so it is never printed. They run in the output directory,
 * where {@code .env} and {@code .admin_credentials} are (the app reads the latter from its working directory):
 * no {@code cd} when that is the project folder, else a {@code cd} and absolute paths. The text is also
 * handed on as {@link ArtifactKeys#BANNER_TEXT}.
 *
 * <p>Post-build; runs after {@code admin-credentials}, {@code env-file} and {@code gitignore}, so it is last;
 * no settings. Hands on {@code banner.text}.
 */
@AutoService(Hook.class)
public final class BannerHook implements Hook {
  private static final Pattern SHELL_PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");
  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
  private static final String LOAD_ENV = "set -a; . ./.env; set +a";

  @Override
  public String name() {
    return "banner";
  }

  @Override
  public String description() {
    return "Ends the build with the commands that start the app with its admin account and call its API";
  }

  @Override
  public HookPhase phase() {
    return HookPhase.POST_BUILD;
  }

  @Override
  public Set<String> runsAfter() {
    return Set.of("admin-credentials", "env-file", "gitignore");
  }

  @Override
  public HookResult run(HookContext context) throws IOException {
    String text = text(context);
    return HookResult.shown(text).withArtifact(ArtifactKeys.BANNER_TEXT, text);
  }

  private static String text(HookContext context) throws IOException {
    ProjectFacts project = context.project();
    Path out = context.outputDirectory().toAbsolutePath().normalize();
    boolean inProject = out.equals(project.baseDirectory().toAbsolutePath().normalize());
    Optional<Map<String, String>> env = context.files().read(EnvFileHook.FILE).map(DotEnv::parse);
    boolean credentials = context.files().read(AdminCredentialsHook.FILE).isPresent();
    AppEnvironment defaults = AppEnvironment.of(project, context.settings(), context.model());
    String user = Optional.ofNullable(context.artifacts().get(ArtifactKeys.ADMIN_USERNAME))
        .or(() -> env.map(e -> e.get(AppEnvironment.ADMIN_USERNAME)))
        .orElse(defaults.has(AppEnvironment.ADMIN_USERNAME) ? defaults.get(AppEnvironment.ADMIN_USERNAME).value() : "");
    String port = env.map(e -> e.get(AppEnvironment.SERVER_PORT)).filter(p -> PORT.matcher(p).matches())
        .orElse(defaults.get(AppEnvironment.SERVER_PORT).value());
    boolean secured = context.model().classpath().springSecurity();

    List<String> here = inProject ? List.of() : List.of("cd " + shell(out.toString()));
    List<String> start = new ArrayList<>(here);
    env.ifPresent(e -> start.add(LOAD_ENV));
    start.add("java -jar " + shell(jar(project, inProject)));
    List<String> call = new ArrayList<>(here);
    String callWhat = call(context, secured, env.isPresent(), user, "http://localhost:" + port,
        inProject ? " in the same folder" : "", call);

    List<String> secrets = new ArrayList<>();
    env.ifPresent(e -> secrets.add(EnvFileHook.FILE));
    if (credentials) {
      secrets.add(AdminCredentialsHook.FILE);
    }
    String account = !secured ? "(its API is open: Spring Security is not a dependency)"
        : "with its admin account '" + user + "' (" + (secrets.isEmpty()
            ? "no password file: the app logs a random password when it starts" : "password in " + String.join(" and ", secrets))
            + ")";
    return project.name() + " is built. Start it " + (inProject ? "in the project folder " : "") + account
        + (inProject ? "" : ", from " + out + " (where its secrets are)") + ":\n"
        + indent(start) + "\n" + callWhat + "\n" + indent(call);
  }

  /** Relative to the project folder when the commands run there and the jar is inside it, else absolute. */
  private static String jar(ProjectFacts project, boolean inProject) {
    Path base = project.baseDirectory().toAbsolutePath().normalize();
    Path jar = project.buildDirectory().resolve(project.finalName() + ".jar").toAbsolutePath().normalize();
    return inProject && jar.startsWith(base) ? base.relativize(jar).toString().replace('\\', '/') : jar.toString();
  }

  /**
   * Adds the call to {@code lines}: the first resource that lists, with the admin account when it has roles
   * (a valid account passes even where reads are public; a wrong one gets 401, so the call proves it), else
   * a check that the app is up. Returns the sentence that introduces it.
   */
  private static String call(HookContext context, boolean secured, boolean env, String user, String origin,
      String where, List<String> lines) {
    Optional<EntityModel> resource = context.model().entities().stream().filter(e -> e.has(Operation.LIST)).findFirst();
    if (resource.isEmpty()) {
      boolean actuator = context.project().dependency("org.springframework.boot", "spring-boot-actuator").isPresent();
      lines.add(actuator ? "curl " + origin + "/actuator/health" : "curl -i " + origin + "/");
      return "There is no @ApiResource entity yet, so the API has no endpoint; check the app is up"
          + (actuator ? "" : " (any HTTP answer, even 404, means it is)") + ":";
    }
    String url = origin + "/api/" + resource.get().path();
    boolean withAccount = secured && (!resource.get().security().publicReads() || !resource.get().security().publicWrites());
    if (withAccount && env) {
      lines.add(LOAD_ENV);
      lines.add("curl -u \"$" + AppEnvironment.ADMIN_USERNAME + ":$" + AppEnvironment.ADMIN_PASSWORD + "\" " + url);
      return "Then call it from a second terminal" + where + ":";
    }
    lines.add(withAccount ? "curl -u " + shell(user) + " " + url : "curl " + url);
    return "Then call it from a second terminal" + where + (withAccount ? " (curl asks for the password)" : "") + ":";
  }

  private static String indent(List<String> commands) {
    return String.join("\n", commands.stream().map(c -> "  " + c).toList());
  }

  /** The word as a shell reads it back: as it is when plain, else in single quotes. */
  static String shell(String word) {
    return SHELL_PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
