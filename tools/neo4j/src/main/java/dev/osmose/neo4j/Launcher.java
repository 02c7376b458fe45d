package dev.osmose.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts a real Neo4j Community DBMS in this JVM with the Bolt connector on a loopback port,
 * prints one line {@code OSMOSE_NEO4J_READY bolt://127.0.0.1:PORT} once it accepts queries, and
 * shuts down cleanly when stdin closes, when a line "stop" is read, or on SIGTERM/SIGINT.
 *
 * <p>Arguments: {@code --home DIR} (database files; default a fresh temp dir) and
 * {@code --port N} (0 or absent: a free port chosen here). Authentication is disabled:
 * this is a throw-away server for tests and benchmarks, bound to 127.0.0.1 only.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Path home = null;
    int port = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(args[++i]);
        case "--port" -> port = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("unknown argument: " + args[i]);
          System.exit(2);
        }
      }
    }
    if (home == null) home = Files.createTempDirectory("osmose-neo4j-");
    if (port == 0) port = freePort();

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(15))
            .build();
    AtomicBoolean stopped = new AtomicBoolean(false);
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            dbms.shutdown();
            System.err.println("OSMOSE_NEO4J_STOPPED");
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "osmose-neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("OSMOSE_NEO4J_READY bolt://127.0.0.1:" + port + " " + ms + "ms " + home);
    System.out.flush();

    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.trim().equals("stop")) break;
      }
    } catch (IOException ignored) {
      // stdin gone: the parent died; shut down.
    }
    stop.run();
    System.exit(0);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      return s.getLocalPort();
    }
  }
}
