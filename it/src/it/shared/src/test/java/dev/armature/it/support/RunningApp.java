package dev.armature.it.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The application under test with its database: {@code -Dapp.jar} (set by the POM to the repackaged
 * jar) started against {@code -Ddb}, with a fresh admin password in {@code ARMATURE_ADMIN_*}.
 */
public final class RunningApp implements AutoCloseable {

  public static final String ADMIN = "it-admin";
  public static final String ADMIN_PASSWORD = "it-" + UUID.randomUUID();

  /** Where the build writes the description the proxy validates against. */
  public static final Path OPENAPI = Path.of("target/classes/META-INF/armature/openapi.yaml");

  private final Database database;
  private final ApplicationProcess process;
  private final OpenApiProxy proxy;

  private RunningApp(Database database, ApplicationProcess process, OpenApiProxy proxy) {
    this.database = database;
    this.process = process;
    this.proxy = proxy;
  }

  /** Starts the database and the application; ready when {@code readinessPath} answers. */
  public static RunningApp start(String readinessPath, String... extraArguments) throws Exception {
    Path jar = Path.of(System.getProperty("app.jar", "")).toAbsolutePath();
    Database database = Database.start();
    try {
      List<String> arguments = new ArrayList<>(database.applicationArguments());
      arguments.addAll(List.of(extraArguments));
      ApplicationProcess process = ApplicationProcess.start(jar, arguments,
          Map.of("ARMATURE_ADMIN_USERNAME", ADMIN, "ARMATURE_ADMIN_PASSWORD", ADMIN_PASSWORD),
          readinessPath, Duration.ofSeconds(90));
      System.out.printf("[armature-it] %s started on %s with db=%s (log: %s)%n", jar.getFileName(),
          process.baseUri(), database.name(), process.logFile());
      return new RunningApp(database, process, conformanceProxy(process));
    } catch (Exception | AssertionError e) {
      database.close();
      throw e;
    }
  }

  /**
   * With {@code -Dopenapi.proxy}, every {@link Api} of this app talks through Prism, which checks each
   * exchange against {@link #OPENAPI}; without it, straight to the app.
   */
  private static OpenApiProxy conformanceProxy(ApplicationProcess process) throws Exception {
    Path launcher = OpenApiProxy.launcher();
    if (launcher == null) {
      return null;
    }
    try {
      Path log = process.logFile().resolveSibling(process.logFile().getFileName() + ".prism.log");
      OpenApiProxy proxy = OpenApiProxy.start(launcher, OPENAPI, process.baseUri(), log);
      System.out.printf("[armature-it] every exchange is validated against %s by Prism on %s (log: %s)%n",
          OPENAPI, proxy.baseUri(), log);
      return proxy;
    } catch (Exception | AssertionError e) {
      process.close();
      throw e;
    }
  }

  public Api anonymous() {
    return proxy != null ? new Api(proxy.baseUri(), process.baseUri()) : new Api(process.baseUri());
  }

  /** The proxy validating this app's traffic, when the project asked for one. */
  public java.util.Optional<OpenApiProxy> conformanceProxy() {
    return java.util.Optional.ofNullable(proxy);
  }

  public Api admin() {
    return anonymous().as(ADMIN, ADMIN_PASSWORD);
  }

  public Database database() {
    return database;
  }

  public ApplicationProcess process() {
    return process;
  }

  @Override
  public void close() throws Exception {
    try {
      if (proxy != null) {
        proxy.close();
      }
      process.close();
    } finally {
      database.close();
    }
  }
}
