package dev.armature.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The database the application under test runs on, chosen by the system property {@code db}: {@code h2}
 * (the default) or {@code postgresql}. Either way the database lives in the test JVM and the application
 * reaches it over TCP, so that a test can also open a connection of its own (see {@link
 * #whileRowLocked}).
 */
public abstract class Database implements AutoCloseable {

  /** The database named by {@code -Ddb=}, started. */
  public static Database start() throws Exception {
    String db = System.getProperty("db", "h2").trim();
    switch (db) {
      case "h2":
      case "":
        return H2Database.create();
      case "postgresql":
        return PostgresDatabase.create();
      default:
        throw new IllegalArgumentException("-Ddb=" + db + ": expected h2 or postgresql");
    }
  }

  public abstract String name();

  public abstract String jdbcUrl();

  public abstract String username();

  public abstract String password();

  /** The application's arguments that point it at this database. */
  public List<String> applicationArguments() {
    return List.of("--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=" + username(),
        "--spring.datasource.password=" + password());
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), username(), password());
  }

  /** SQL counting the sessions that wait for a lock. */
  protected abstract String countBlockedSessionsSql();

  /** Whether {@link #whileBlockedStatementCanceled} can work here. */
  public boolean cancelsLockWaits() {
    return true;
  }

  /** SQL cancelling the statement of every session that waits for a lock (as a statement timeout would). */
  protected abstract String cancelBlockedSessionsSql();

  /**
   * A concurrent change, made deterministic: this method changes the row {@code id} of {@code table}
   * ({@code version = version + 1}) in a transaction it keeps open, starts {@code request} (which must make
   * the application update that row), waits until the application's UPDATE is blocked by our row lock,
   * and only then commits. The application has read the old version, so its
   * {@code UPDATE ... WHERE version = old} finds no row once the lock is released: an optimistic-lock
   * failure, every time.
   */
  public <T> T whileRowLocked(String table, Object id, Supplier<CompletableFuture<T>> request)
      throws Exception {
    return underRowLock("UPDATE " + table + " SET version = version + 1 WHERE id = ?", table, id, request,
        (lock, watch) -> lock.commit());
  }

  /**
   * The database fails the application's statement, not its request: as {@link #whileRowLocked}, but once
   * the application's UPDATE waits for our lock the database cancels that statement (what a statement or
   * lock timeout does). Our lock is {@code SELECT ... FOR UPDATE}: the table needs no version column, and the
   * row is as it was.
   */
  public <T> T whileBlockedStatementCanceled(String table, Object id, Supplier<CompletableFuture<T>> request)
      throws Exception {
    return underRowLock("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE", table, id, request, (lock, watch) -> {
      try (PreparedStatement cancel = watch.prepareStatement(cancelBlockedSessionsSql())) {
        cancel.execute();
      }
      lock.rollback();
    });
  }

  private interface Release {
    void release(Connection lock, Connection watch) throws SQLException;
  }

  private <T> T underRowLock(String lockSql, String table, Object id, Supplier<CompletableFuture<T>> request,
      Release release) throws Exception {
    try (Connection lock = connect(); Connection watch = connect()) {
      lock.setAutoCommit(false);
      try (PreparedStatement update = lock.prepareStatement(lockSql)) {
        update.setObject(1, id);
        if (!update.execute() ? update.getUpdateCount() != 1 : !update.getResultSet().next()) {
          throw new AssertionError("no row " + table + "#" + id + " to lock");
        }
      }
      CompletableFuture<T> response = request.get();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      boolean blocked = false;
      while (!blocked && !response.isDone() && System.nanoTime() < deadline) {
        try (PreparedStatement count = watch.prepareStatement(countBlockedSessionsSql());
            ResultSet rs = count.executeQuery()) {
          blocked = rs.next() && rs.getInt(1) > 0;
        }
        if (!blocked) {
          Thread.sleep(50);
        }
      }
      release.release(lock, watch);
      T result = response.get(60, TimeUnit.SECONDS);
      if (!blocked) {
        throw new AssertionError("The request was never blocked by the row lock on " + table + "#" + id
            + " (did it update the row?); it answered " + result);
      }
      return result;
    }
  }
}
