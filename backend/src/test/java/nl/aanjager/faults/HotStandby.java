package nl.aanjager.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A second PostgreSQL server that follows a running one by streaming replication, as the
 * replicas of a CloudNativePG cluster do: a base backup of the primary's data folder taken
 * between {@code pg_backup_start} and {@code pg_backup_stop} (the embedded binaries have no
 * {@code pg_basebackup}), started with {@code standby.signal} and {@code primary_conninfo}.
 * Run without root rights, as the embedded server is ({@code unshare -U}).
 */
final class HotStandby implements AutoCloseable {
    private final Process server;
    private final int port;
    private final Path log;

    private HotStandby(Process server, int port, Path log) {
        this.server = server;
        this.port = port;
        this.log = log;
    }

    static HotStandby of(DataSource primary, int primaryPort, int port, Path work) throws Exception {
        Path data = work.resolve("standby-data");
        Path log = work.resolve("standby.log");
        deleteRecursively(data);
        String postgresBinary;
        List<String> settings = new ArrayList<>();
        try (Connection sql = primary.getConnection(); Statement statement = sql.createStatement()) {
            // enough WAL kept for the standby to stream from the backup's start
            statement.execute("alter system set wal_keep_size = '256MB'");
            statement.execute("select pg_reload_conf()");
            Path source = Path.of(single(statement, "show data_directory"));
            long serverPid = Long.parseLong(single(statement, "select pg_backend_pid()"));
            postgresBinary = ProcessHandle.of(serverPid).flatMap(ProcessHandle::parent)
                    .flatMap(postmaster -> postmaster.info().command()).orElseThrow();
            // a standby refuses to run with less of these than its primary has
            for (String setting : List.of("max_connections", "max_worker_processes", "max_wal_senders",
                    "max_prepared_transactions", "max_locks_per_transaction")) {
                settings.addAll(List.of("-c", setting + "=" + single(statement, "show " + setting)));
            }
            statement.execute("select pg_backup_start('aanjager-standby', true)");
            run("cp", "-a", source.toString(), data.toString());
            String label = single(statement, "select labelfile from pg_backup_stop(true)");
            Files.writeString(data.resolve("backup_label"), label);
        }
        for (String leftOver : List.of("postmaster.pid", "postmaster.opts")) {
            Files.deleteIfExists(data.resolve(leftOver));
        }
        try (Stream<Path> wal = Files.list(data.resolve("pg_wal"))) {
            for (Path file : wal.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
        Files.createFile(data.resolve("standby.signal"));
        Files.writeString(data.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=127.0.0.1 port="
                + primaryPort + " user=postgres application_name=aanjager-standby'\n",
                java.nio.file.StandardOpenOption.APPEND);
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgresBinary, "-D", data.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + work.toAbsolutePath(),
                "-c", "hot_standby=on"));
        command.addAll(settings);
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HotStandby standby = new HotStandby(server, port, log);
        standby.waitUntilReadable();
        return standby;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    /** Waits until the standby has replayed everything the primary has written so far. */
    void catchUp(DataSource primary) throws Exception {
        String target;
        try (Connection sql = primary.getConnection(); Statement statement = sql.createStatement()) {
            target = single(statement, "select pg_current_wal_lsn()::text");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection sql = connect(); Statement statement = sql.createStatement()) {
            while (!single(statement, "select pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn").equals("t")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the standby did not reach " + target + " within 30 s; see " + log);
                }
                Thread.sleep(20);
            }
        }
    }

    void pauseReplay() throws SQLException {
        execute("select pg_wal_replay_pause()");
    }

    void resumeReplay() throws SQLException {
        execute("select pg_wal_replay_resume()");
    }

    long count(String query) throws SQLException {
        try (Connection sql = connect(); Statement statement = sql.createStatement()) {
            return Long.parseLong(single(statement, query));
        }
    }

    private void execute(String query) throws SQLException {
        try (Connection sql = connect(); Statement statement = sql.createStatement()) {
            statement.execute(query);
        }
    }

    private void waitUntilReadable() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection sql = connect(); Statement statement = sql.createStatement()) {
                if (single(statement, "select pg_is_in_recovery()").equals("t")) {
                    return;
                }
                throw new IllegalStateException("the copy runs as a primary, not as a standby; see " + log);
            } catch (SQLException notYet) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the standby did not start; see " + log, notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy(); // SIGTERM: a smart shutdown
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
