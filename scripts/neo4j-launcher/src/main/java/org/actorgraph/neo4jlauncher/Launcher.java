package org.actorgraph.neo4jlauncher;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Launcher runs a Neo4j Community DBMS with a Bolt connector on the loopback
 * interface until it receives SIGTERM/SIGINT.
 *
 * <p>Usage: {@code Launcher HOME PORT READY_FILE}. HOME holds the databases and
 * logs (a throw-away directory), PORT is the Bolt port (0 picks a free one),
 * READY_FILE receives the Bolt URI once the server answers a Bolt handshake and
 * the password is set. The password of user {@code neo4j} is read from the
 * environment variable NEO4J_PASSWORD (never from the command line, which other
 * users of the machine can see). Memory is taken from NEO4J_PAGECACHE (page
 * cache size, default 256m); the heap is set by the JVM options of the caller.
 */
public final class Launcher {
    private static final String READY_PREFIX = "ACTORGRAPH_NEO4J_READY ";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Launcher HOME PORT READY_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path readyFile = Path.of(args[2]).toAbsolutePath();
        String password = envOr("NEO4J_PASSWORD", "actorgraph-test");
        String pageCache = envOr("NEO4J_PAGECACHE", "256m");

        Map<String, String> config = new LinkedHashMap<>();
        config.put("server.default_listen_address", "127.0.0.1");
        config.put("server.default_advertised_address", "127.0.0.1");
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", "127.0.0.1:" + port);
        config.put("server.bolt.tls_level", "DISABLED");
        config.put("server.http.enabled", "false");
        config.put("server.https.enabled", "false");
        config.put("dbms.security.auth_enabled", "true");
        // Tests check that a wrong password is refused; Neo4j's default lock-out
        // (3 failures -> 5 s lock of the user) would then refuse the right
        // password too and make later tests flaky. 0 turns the lock-out off.
        config.put("dbms.security.auth_max_failed_attempts", "0");
        config.put("dbms.security.auth_minimum_password_length", "1");
        config.put("server.memory.pagecache.size", pageCache);
        config.put("dbms.memory.transaction.total.max", "512m");
        config.put("dbms.usage_report.enabled", "false");
        config.put("db.tx_log.rotation.retention_policy", "2 files");

        // Settings go through a neo4j.conf file so Neo4j parses and validates
        // them exactly as it does for a server installation (strict
        // validation rejects a misspelt key instead of ignoring it).
        Files.createDirectories(home);
        StringBuilder conf = new StringBuilder();
        config.forEach((k, v) -> conf.append(k).append('=').append(v).append('\n'));
        Path confFile = home.resolve("neo4j.conf");
        Files.writeString(confFile, conf.toString(), StandardCharsets.UTF_8);

        System.out.println("starting Neo4j in " + home);
        DatabaseManagementServiceBuilder builder =
                new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(confFile);
        // Bolt's default shutdown waits ~10 s for idle connections and Netty's quiet
        // period; a throw-away test server can stop at once. These settings are
        // internal, so they are set only where this Neo4j version has them.
        setIfPresent(builder, "org.neo4j.configuration.GraphDatabaseInternalSettings",
                "netty_server_shutdown_quiet_period", 0);
        setIfPresent(builder, "org.neo4j.configuration.GraphDatabaseInternalSettings",
                "netty_server_shutdown_timeout", Duration.ofSeconds(2));
        setIfPresent(builder, "org.neo4j.configuration.connectors.BoltConnectorInternalSettings",
                "connection_shutdown_wait_time", Duration.ofSeconds(1));
        setIfPresent(builder, "org.neo4j.configuration.connectors.BoltConnectorInternalSettings",
                "thread_pool_shutdown_wait_time", Duration.ofSeconds(2));
        DatabaseManagementService dbms = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping Neo4j");
            try {
                dbms.shutdown();
            } catch (RuntimeException e) {
                System.out.println("shutdown: " + e);
            }
            System.out.println("Neo4j stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            GraphDatabaseService system = dbms.database("system");
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));

            GraphDatabaseService db = dbms.database("neo4j");
            Object one = db.executeTransactionally("RETURN 1 AS one", Map.of(),
                    r -> r.hasNext() ? r.next().get("one") : null);
            if (!Long.valueOf(1).equals(one)) {
                throw new IllegalStateException("RETURN 1 returned " + one);
            }

            int boltPort = boltPort((GraphDatabaseAPI) db, port);
            int version = boltHandshake(boltPort);
            String uri = "bolt://127.0.0.1:" + boltPort;

            Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
            Files.writeString(tmp, uri + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, readyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("Bolt handshake answered version %d.%d%n", version & 0xff, (version >> 8) & 0xff);
            System.out.println(READY_PREFIX + uri);
            System.out.flush();
        } catch (Exception e) {
            System.out.println("Neo4j did not come up: " + e);
            e.printStackTrace(System.out);
            System.exit(1); // runs the shutdown hook
        }
        stopped.await();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setIfPresent(DatabaseManagementServiceBuilder builder, String className, String field,
            Object value) {
        try {
            Object setting = Class.forName(className).getField(field).get(null);
            builder.setConfig((Setting) setting, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.out.println("note: setting " + field + " not applied: " + e);
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    /** boltPort returns the port the Bolt connector really listens on (port 0 picks one). */
    private static int boltPort(GraphDatabaseAPI db, int requested) {
        ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        var addr = ports.getLocalAddress(ConnectorType.BOLT);
        if (addr == null) {
            if (requested > 0) {
                return requested;
            }
            throw new IllegalStateException("Bolt connector has no local address");
        }
        return addr.getPort();
    }

    /**
     * boltHandshake opens a TCP connection like a driver does and returns the
     * protocol version the server agreed to, proving Bolt really answers.
     */
    private static int boltHandshake(int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(10000);
            OutputStream out = s.getOutputStream();
            out.write(new byte[] {
                (byte) 0x60, (byte) 0x60, (byte) 0xB0, (byte) 0x17, // magic preamble
                0, 8, 8, 5, // 5.8 down to 5.0
                0, 0, 4, 4, // 4.4
                0, 0, 0, 0,
                0, 0, 0, 0,
            });
            out.flush();
            int v = new DataInputStream(s.getInputStream()).readInt();
            if (v == 0) {
                throw new IOException("Bolt server refused all proposed protocol versions");
            }
            return v; // bytes 00 00 minor major
        }
    }
}
