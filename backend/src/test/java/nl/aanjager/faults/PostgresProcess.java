package nl.aanjager.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The server behind a running (embedded) PostgreSQL, stopped and started again as a crash and an
 * operator would. Stopping sends the postmaster SIGQUIT, which is what {@code pg_ctl stop -m
 * immediate} does (every connection cut, nothing flushed; the next start replays the WAL). Starting
 * runs the same postgres command line on the same data directory again, in a user namespace of its
 * own as the embedded server does ({@code unshare -U}): PostgreSQL refuses to run as root, which
 * the test machines are.
 */
final class PostgresProcess implements AutoCloseable {
    private final List<String> commandLine;
    private final Path log;
    private ProcessHandle postmaster;
    private Process restarted;

    private PostgresProcess(ProcessHandle postmaster, List<String> commandLine, Path log) {
        this.postmaster = postmaster;
        this.commandLine = commandLine;
        this.log = log;
    }

    /** Finds the postmaster serving {@code database}: the parent of the session's server process. */
    static PostgresProcess of(DataSource database, Path log) throws SQLException {
        ProcessHandle postmaster;
        // asked while the session is open: its server process ends with it
        try (Connection sql = database.getConnection(); Statement select = sql.createStatement();
                ResultSet result = select.executeQuery("select pg_backend_pid()")) {
            result.next();
            long serverPid = result.getLong(1);
            postmaster = ProcessHandle.of(serverPid).flatMap(ProcessHandle::parent)
                    .orElseThrow(() -> new IllegalStateException("no postmaster above server process " + serverPid));
        }
        List<String> commandLine = new ArrayList<>();
        commandLine.add(postmaster.info().command().orElseThrow());
        commandLine.addAll(Arrays.asList(postmaster.info().arguments().orElseThrow()));
        return new PostgresProcess(postmaster, commandLine, log);
    }

    /** Like a crash: every connection cut at once, nothing flushed. */
    void stopImmediately() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -QUIT " + postmaster.pid() + " failed");
        }
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL did not stop within 30 s", e);
        }
    }

    /** Starts the server again and waits until it accepts connections (crash recovery included). */
    void start(DataSource database) throws IOException, InterruptedException {
        List<String> asUnprivileged = new ArrayList<>(List.of("unshare", "-U"));
        asUnprivileged.addAll(commandLine);
        restarted = new ProcessBuilder(asUnprivileged).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        postmaster = restarted.toHandle();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection sql = database.getConnection()) {
                return;
            } catch (SQLException notYet) {
                if (!restarted.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not start again; see " + log, notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    /** Stops a server this class started (the embedded one's own close only knows the first). */
    @Override
    public void close() throws InterruptedException {
        if (restarted != null && restarted.isAlive()) {
            restarted.destroy(); // SIGTERM: a smart shutdown
            if (!restarted.waitFor(30, TimeUnit.SECONDS)) {
                restarted.destroyForcibly();
            }
        }
    }
}
