package dev.armature.it.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import org.h2.tools.Server;

/**
 * An in-memory H2 database served over TCP from the test JVM. The application uses H2 exactly as with an
 * embedded {@code jdbc:h2:mem:} URL (same engine, same dialect); only the connection crosses a socket.
 */
final class H2Database extends Database {

  private final Server server;
  private final String url;

  private H2Database(Server server, String url) {
    this.server = server;
    this.url = url;
  }

  static H2Database create() throws SQLException, IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    // -ifNotExists: the first connection creates the in-memory database
    Server server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
    String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:armature-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
    return new H2Database(server, url);
  }

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public String jdbcUrl() {
    return url;
  }

  @Override
  public String username() {
    return "sa";
  }

  @Override
  public String password() {
    return "";
  }

  @Override
  protected String countBlockedSessionsSql() {
    return "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
  }

  /** H2 (2.4.240) lets CANCEL_SESSION pass while a statement waits for a row lock, and ABORT_SESSION is HY000. */
  @Override
  public boolean cancelsLockWaits() {
    return false;
  }

  @Override
  protected String cancelBlockedSessionsSql() {
    throw new UnsupportedOperationException("H2 does not cancel a statement that waits for a lock");
  }

  @Override
  public void close() {
    server.stop();
  }
}
