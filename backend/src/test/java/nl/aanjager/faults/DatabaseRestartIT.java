package nl.aanjager.faults;

import static nl.aanjager.faults.FaultStack.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.aanjager.faults.DoorLoad.Scan;
import nl.aanjager.imports.PackagedBackend;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped as in a crash ({@code pg_ctl stop -m immediate}) for several seconds in the
 * middle of a check-in burst through the packaged backend, then started again. Every check-in the
 * API acknowledged is stored exactly once; the scans during the outage get a 503 problem quickly
 * instead of hanging; readiness reports the outage; and the backend recovers by itself.
 */
class DatabaseRestartIT {
    private static final int PEOPLE = 500;
    private static final int PER_SECOND = 20;
    private static final Duration OUTAGE_STARTS = Duration.ofSeconds(5);
    private static final Duration OUTAGE = Duration.ofSeconds(7);
    private static final long ANSWER_WITHIN_MILLIS = 5_000;
    private static final long RECOVER_WITHIN_MILLIS = 10_000;

    @Test
    void aDatabaseRestartMidBurstLosesNoAcknowledgedCheckInAndTheBackendRecoversByItself() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "faults-it", "database-restart"));
        try (EmbeddedPostgres postgres = FaultStack.postgres("it.postgres.port.restart", 25439);
                PostgresProcess server = PostgresProcess.of(postgres.getPostgresDatabase(),
                        work.toAbsolutePath().resolve("postgres.log"));
                PackagedBackend backend = new PackagedBackend(
                        Path.of(System.getProperty("it.backend.jar", "target/quarkus-app/quarkus-run.jar")),
                        postgres.getJdbcUrl("postgres", "postgres"), work, List.of())) {
            DataSource database = postgres.getPostgresDatabase();
            backend.start(Duration.ofSeconds(120));
            String staff = FaultStack.userToken(FaultStack.KEYCLOAK, "staff");
            long event = FaultStack.eventWithRegistrations(backend.baseUri(), staff, database, PEOPLE);
            List<String> tickets = FaultStack.tickets(backend.baseUri(), staff, event);
            String door = FaultStack.userToken(FaultStack.KEYCLOAK, "checkin");

            long burstStarted = System.nanoTime();
            Set<Integer> readiness = ConcurrentHashMap.newKeySet();
            long[] outage = new long[2];
            ScheduledExecutorService operator = Executors.newScheduledThreadPool(2);
            var restart = operator.schedule(() -> {
                outage[0] = System.nanoTime();
                server.stopImmediately();
                Thread.sleep(OUTAGE.toMillis());
                server.start(database);
                outage[1] = System.nanoTime();
                return null;
            }, OUTAGE_STARTS.toMillis(), TimeUnit.MILLISECONDS);
            HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            operator.scheduleAtFixedRate(() -> readiness.add(ready(probe, backend)), 0, 250, TimeUnit.MILLISECONDS);

            List<Scan> scans = new DoorLoad(backend.baseUri(), () -> door, event).scan(tickets, PER_SECOND);
            restart.get(60, TimeUnit.SECONDS); // the stop and start went through (or their error shows here)
            operator.shutdownNow();

            List<Scan> acknowledged = scans.stream().filter(Scan::acknowledged).toList();
            List<Scan> refused = scans.stream().filter(scan -> !scan.acknowledged()).toList();
            long stored = count(database, "select count(*) from registration where event_id = ? and checked_in_at"
                    + " is not null", event);
            long slowest = scans.stream().mapToLong(Scan::tookMillis).max().orElse(0);
            long slowestRefusal = refused.stream().mapToLong(Scan::tookMillis).max().orElse(0);
            long lastError = refused.stream().mapToLong(Scan::sentAtNanos).max().orElse(outage[0]);
            System.out.printf("database restart mid-burst: %d scans, %d acknowledged, %d stored; %d refused during"
                    + " the %.1f s outage, the slowest answer %d ms (slowest refusal %d ms); errors ended %.1f s after"
                    + " the database was back; readiness answered %s%n", scans.size(), acknowledged.size(), stored,
                    refused.size(), (outage[1] - outage[0]) / 1e9, slowest, slowestRefusal,
                    Math.max(0, lastError - outage[1]) / 1e9, readiness);

            assertEquals(PEOPLE, scans.size(), "every scan got an answer or failed, none got lost in the client");
            assertTrue(!refused.isEmpty(), "the outage was felt by the door: " + scans.size() + " scans");
            for (Scan scan : refused) {
                assertEquals(503, scan.status(), "a scan during the outage: " + scan);
                assertTrue(scan.contentType().startsWith("application/problem+json")
                        && scan.body().contains("urn:aanjager:problem:service-unavailable"), scan.toString());
            }
            assertTrue(slowest <= ANSWER_WITHIN_MILLIS, "no scan waits longer than " + ANSWER_WITHIN_MILLIS
                    + " ms for its answer; the slowest took " + slowest + " ms");
            Set<Long> acknowledgedRegistrations = acknowledged.stream()
                    .map(scan -> Long.parseLong(scan.body().replaceAll(".*\"registrationId\":(\\d+).*", "$1")))
                    .collect(Collectors.toSet());
            assertEquals(acknowledged.size(), acknowledgedRegistrations.size(), "one acknowledgement per person");
            assertEquals(acknowledged.size(), count(database, "select count(*) from registration where event_id = ?"
                    + " and checked_in_at is not null and id = any (?)", event,
                    acknowledgedRegistrations.toArray(Long[]::new)), "every acknowledged check-in is stored");
            assertEquals(acknowledged.size(), count(database, "select count(*) from check_in_attempt where event_id"
                    + " = ? and outcome = 'CHECKED_IN' and registration_id = any (?)", event,
                    acknowledgedRegistrations.toArray(Long[]::new)), "and stored exactly once");
            assertTrue(lastError - outage[1] <= RECOVER_WITHIN_MILLIS * 1_000_000, "errors ended within "
                    + RECOVER_WITHIN_MILLIS + " ms of the database being back");
            assertTrue(scans.stream().anyMatch(scan -> scan.acknowledged() && scan.sentAtNanos() > lastError),
                    "the backend checks people in again without a restart");
            assertTrue(readiness.contains(503) && readiness.contains(200),
                    "readiness reported the outage and the recovery: " + readiness);
            assertTrue(burstStarted < outage[0]);
        }
    }

    private static int ready(HttpClient probe, PackagedBackend backend) {
        try {
            return probe.send(HttpRequest.newBuilder(URI.create(backend.managementUri() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }
}
