import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Polder's local Neo4j: the Community DBMS embedded in one JVM, reachable only
 * through Bolt on 127.0.0.1. Started by runtime/src/services/neo4jService.ts.
 *
 * Arguments (all required except the last):
 *   --home=<dir>               Neo4j home; data goes to <dir>/data, logs to <dir>/logs
 *   --bolt-port=<port>
 *   --page-cache-mb=<mb>
 *   --exit-when-stdin-closes   stop when the parent closes our stdin (attached mode),
 *                              so the JVM never outlives the process that started it
 *
 * The password of the `neo4j` user comes from the environment variable
 * POLDER_NEO4J_PASSWORD, never from the command line (visible to every local user).
 */
public final class Launcher {
    static final String PASSWORD_ENV = "POLDER_NEO4J_PASSWORD";
    static final String LOOPBACK = "127.0.0.1";

    public static void main(String[] args) {
        try {
            run(parseOptions(args));
        } catch (Throwable error) {
            error.printStackTrace();
            // Last, so it is what a short tail of the log shows: the stack trace ends with frames.
            System.err.println("Neo4j could not start: " + rootCause(error));
            // Exit instead of returning: threads Neo4j started would keep a half-started JVM alive.
            System.exit(1);
        }
    }

    static void run(Map<String, String> options) throws Exception {
        Path home = Path.of(required(options, "home")).toAbsolutePath();
        int boltPort = Integer.parseInt(required(options, "bolt-port"));
        long pageCacheMb = Long.parseLong(required(options, "page-cache-mb"));
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("environment variable " + PASSWORD_ENV + " is not set");
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.data_directory, home.resolve("data"))
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                // Every listener defaults to loopback; Bolt is the only one we enable.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort))
                // Server-side routing would open a second port (7688); one Bolt port is all Polder uses.
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                // By the time Bolt stops, the databases are already checkpointed and closed;
                // the default 5 s + 5 s grace for Bolt threads only delays `polder services down`.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                // Transaction logs are only needed for crash recovery here (no backups, no
                // clustering): small files, and only the last two kept after a checkpoint, so
                // the data directory does not grow with every crawl.
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and SIGINT run shutdown hooks; shutting down the DBMS flushes the page
        // cache and checkpoints, so the next start needs no recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "polder-neo4j-shutdown"));

        setNeo4jPassword(dbms, password);
        System.out.println("Neo4j ready: bolt://" + LOOPBACK + ":" + boltPort);
        System.out.flush();

        if (options.containsKey("exit-when-stdin-closes")) {
            waitForEndOfInput(System.in);
            System.out.println("Neo4j stopping: stdin closed (the parent process is gone)");
            System.exit(0);
        }
        stopped.await();
    }

    /**
     * Embedded Community 5.26 has no `neo4j-admin dbms set-initial-password`, but the
     * system database accepts the same administration command the server uses. It is
     * applied on every start so the password always matches the one Polder stored.
     */
    static void setNeo4jPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException error) {
            // Neo4j refuses to "change" a password to the value it already has: nothing to do.
            if (!error.getMessage().contains("Old password and new password cannot be the same")) {
                throw error;
            }
        }
    }

    static void waitForEndOfInput(InputStream input) throws IOException {
        byte[] buffer = new byte[256];
        while (input.read(buffer) != -1) {
            // Input is ignored: only its end matters.
        }
    }

    static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals < 0) {
                options.put(arg.substring(2), "true");
            } else {
                options.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing --" + name + "=<value>");
        }
        return value;
    }
}
