package nl.aanjager.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged backend (quarkus-run.jar) as a process of its own, on free ports, against a
 * PostgreSQL the test owns, so that it can be killed with SIGKILL and started again on the same data.
 *
 * <p>The jar also starts the embedded PostgreSQL it was built with: the extension's port and its
 * fresh temporary database are fixed when the application is built, so that server cannot carry
 * data from one start to the next. The backend does not use it ({@code quarkus.datasource.jdbc.url}
 * given here wins over the default the extension supplies). It runs detached (pg_ctl), so a
 * SIGKILL of the backend leaves it behind: {@link #kill()} and {@link #close()} stop it, found by
 * the data directory the backend's log names. Public: the webhooks' crash test starts it too.
 */
public final class PackagedBackend implements AutoCloseable {
    private static final Pattern OWN_DATA_DIR = Pattern.compile("existing directory (\\S+) \\.\\.\\. ok");

    private final Path jar;
    private final String jdbcUrl;
    private final Path logDir;
    private final List<String> options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final int httpPort;
    final int managementPort;
    private Process process;
    private Path log;
    private int starts;

    /** Maven stopped (Ctrl-C): no backend and no PostgreSQL of ours stays behind. */
    private final Thread whenTheTestsAreStopped = new Thread(() -> {
        if (process != null && process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    });

    public PackagedBackend(Path jar, String jdbcUrl, Path logDir, List<String> options) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the backend first (mvn verify does)");
        }
        this.jar = jar;
        this.jdbcUrl = jdbcUrl;
        this.logDir = Files.createDirectories(logDir);
        this.options = options;
        this.httpPort = freePort();
        this.managementPort = freePort();
        Runtime.getRuntime().addShutdownHook(whenTheTestsAreStopped);
    }

    public String baseUri() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Health (/q/health/ready) and metrics. */
    public String managementUri() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Starts the jar and waits until it is ready (migrations done, runner polling). */
    public void start(Duration within) throws IOException, InterruptedException {
        log = logDir.resolve("backend-" + (++starts) + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=local", "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.management.port=" + managementPort, "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres"));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + within.toNanos();
        while (!ready()) {
            if (!process.isAlive()) {
                throw new AssertionError("the backend exited with " + process.exitValue() + " while starting\n" + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the backend was not ready within " + within + "\n" + logTail());
            }
            Thread.sleep(250);
        }
    }

    /** kill -9, then stops the embedded PostgreSQL it leaves behind. */
    public void kill() throws InterruptedException {
        Optional<String> ownDataDir = ownDataDir();
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        ownDataDir.ifPresent(PackagedBackend::stopLeftOverPostgres);
    }

    /** Stops the backend as a process manager would (SIGTERM), forcibly when it takes too long. */
    @Override
    public void close() throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(whenTheTestsAreStopped);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it does the same
        }
        if (process == null) {
            return;
        }
        Optional<String> ownDataDir = ownDataDir();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        ownDataDir.ifPresent(PackagedBackend::stopLeftOverPostgres);
    }

    public String logTail() {
        try {
            List<String> lines = log == null ? List.of() : Files.readAllLines(log);
            return "--- last lines of " + log + "\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The data directory of the embedded PostgreSQL this start of the jar initialised, as its log says. */
    private Optional<String> ownDataDir() {
        try {
            String text = log == null || !Files.exists(log) ? "" : Files.readString(log);
            Matcher matcher = OWN_DATA_DIR.matcher(text);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the postmaster serving that directory (if it still runs) and removes the directory. */
    private static void stopLeftOverPostgres(String dataDir) {
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().filter(c -> c.contains("postgres -D " + dataDir + " ")).isPresent())
                .forEach(postmaster -> {
                    postmaster.destroy(); // SIGTERM: its clients died with the backend, so it stops at once
                    try {
                        postmaster.onExit().get(15, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        postmaster.destroyForcibly();
                    }
                });
        Path dir = Path.of(dataDir);
        if (dir.getFileName().toString().startsWith("epg") && Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is no failure of the test
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
