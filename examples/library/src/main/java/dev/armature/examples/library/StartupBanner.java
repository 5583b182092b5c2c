package dev.armature.examples.library;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready, logs where it listens and the first {@code curl} commands to try. The
 * port is the real one ({@code local.server.port}, set when the web server started), so it is right
 * with {@code server.port=0} too. The admin password is never logged here: the commands read it from
 * the shell's {@code ARMATURE_ADMIN_PASSWORD}.
 */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  /** Where the processor puts the OpenAPI description; the generated API serves it at /api/openapi.yaml. */
  static final String OPENAPI_LOCATION = "META-INF/armature/openapi.yaml";

  private final Environment env;

  StartupBanner(Environment env) {
    this.env = env;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    String port = env.getProperty("local.server.port");
    if (port == null) {
      return; // not a web server run (e.g. a test without one)
    }
    log.info("{}", text(port));
  }

  String text(String port) {
    String contextPath = env.getProperty("server.servlet.context-path", "").replaceAll("/$", "");
    String base = "http://localhost:" + port + contextPath;
    String credentials = "-u \"${ARMATURE_ADMIN_USERNAME:-admin}:$ARMATURE_ADMIN_PASSWORD\"";
    StringBuilder b = new StringBuilder(1024);
    String rule = "-".repeat(78);
    b.append('\n').append(rule).append('\n');
    b.append("  Armature library example is up: ").append(base).append("/api\n\n");
    b.append(credentialsHint());
    b.append("  List books (public; ?title=dune, ?genre=FANTASY, ?sort=price,desc, ?page=0&size=2):\n");
    b.append("    curl -s ").append(base).append("/api/books\n\n");
    b.append("  Create a book (needs the admin account):\n");
    b.append("    curl -s ").append(credentials).append(" -H 'Content-Type: application/json' \\\n");
    b.append("      -d '{\"title\":\"The Dispossessed\",\"isbn\":\"9780061054884\",\"authorId\":1,")
        .append("\"genre\":\"SCIENCE_FICTION\",\"price\":11.99}' \\\n");
    b.append("      ").append(base).append("/api/books\n\n");
    b.append("  Members and loans are readable by role LIBRARIAN only (the admin has it):\n");
    b.append("    curl -s ").append(credentials).append(' ').append(base).append("/api/loans\n\n");
    b.append("  OpenAPI 3.1 description: ").append(base).append("/api/openapi.yaml (and .json)\n");
    b.append("    (written at build time to ").append(openApiFile()).append(")\n");
    b.append(rule);
    return b.toString();
  }

  /**
   * How the shell you curl from gets the admin password: from the {@code .env} that {@code mvn package}
   * provisioned beside {@code .admin_credentials} (which this app read), unless the environment set another.
   */
  private String credentialsHint() {
    Path dotEnv = Path.of(".env").toAbsolutePath();
    String fromEnvironment = System.getenv("ARMATURE_ADMIN_PASSWORD");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return "  In the shell you curl from: export ARMATURE_ADMIN_PASSWORD=<the password you started it with>\n\n";
    }
    String password = env.getProperty("armature.admin.password");
    if ((password == null || password.isBlank())) {
      return "  No admin password was provisioned (run mvn package first) or set, so a random password for this\n"
          + "  run was logged above. To choose one: ARMATURE_ADMIN_PASSWORD=... mvn -f examples/library spring-boot:run\n\n";
    }
    if (Files.isRegularFile(dotEnv)) {
      return "  The admin account is the one mvn package provisioned. In the shell you curl from:\n"
          + "    set -a; . '" + dotEnv.toString().replace("'", "'\\''") + "'; set +a\n\n";
    }
    return "  In the shell you curl from: export ARMATURE_ADMIN_PASSWORD=<armature.admin.password of this app>\n\n";
  }

  /** Where the build put openapi.yaml: a file under target/classes, or an entry of the jar. */
  private static String openApiFile() {
    try {
      URL url = new ClassPathResource(OPENAPI_LOCATION).getURL();
      if ("file".equals(url.getProtocol())) {
        Path file = Path.of(url.toURI());
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
      }
      return OPENAPI_LOCATION + " in the application jar";
    } catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
      return "target/classes/" + OPENAPI_LOCATION + ", once the processor has run";
    }
  }
}
