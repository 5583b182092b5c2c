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

  private final Database database;
  private final ApplicationProcess process;

  private RunningApp(Database database, ApplicationProcess process) {
    this.database = database;
    this.process = process;
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
      return new RunningApp(database, process);
    } catch (Exception | AssertionError e) {
      database.close();
      throw e;
    }
  }

  public Api anonymous() {
    return new Api(process.baseUri());
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
      process.close();
    } finally {
      database.close();
    }
  }
}
