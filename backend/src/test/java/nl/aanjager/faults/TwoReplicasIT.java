package nl.aanjager.faults;

import static io.restassured.RestAssured.given;
import static nl.aanjager.faults.FaultStack.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.aanjager.faults.DoorLoad.Scan;
import nl.aanjager.imports.PackagedBackend;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the production jar behind nginx (round robin), one PostgreSQL. What one replica
 * does, the other must not do again: one check-in for 50 simultaneous scans of one ticket, an
 * offline batch and an Idempotency-Key replayed to the other replica, one retention run, one
 * delivery per webhook event, one rate limit; and a replica killed during a check-in burst loses
 * no acknowledged check-in.
 */
class TwoReplicasIT {
    private static final String JAR = System.getProperty("it.replica.jar", "target/production-app/quarkus-run.jar");

    @Test
    void twoReplicasDoEachThingOnceAndOneMayDieMidBurst() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "faults-it", "two-replicas"));
        try (EmbeddedPostgres postgres = FaultStack.postgres("it.postgres.port.replicas", 25438);
                PackagedBackend first = replica(postgres, work.resolve("a"));
                PackagedBackend second = replica(postgres, work.resolve("b"))) {
            first.start(Duration.ofSeconds(120)); // migrates and loads the demo network; the second finds both done
            second.start(Duration.ofSeconds(120));
            try (LoadBalancer balancer = LoadBalancer.roundRobin(work.resolve("nginx"), List.of(
                    first.baseUri().substring(7), second.baseUri().substring(7)))) {
                DataSource database = postgres.getPostgresDatabase();
                String api = balancer.baseUri();
                String staff = FaultStack.userToken(FaultStack.KEYCLOAK, "staff");
                String door = FaultStack.userToken(FaultStack.KEYCLOAK, "checkin");
                long event = FaultStack.eventWithRegistrations(api, staff, database, 302);
                List<String> tickets = FaultStack.tickets(api, staff, event);

                fiftyScansOfOneTicketMakeOneCheckIn(api, door, event, tickets.get(0), database);
                anOfflineBatchReplayedToTheOtherReplicaAppliesOnce(first, second, door, event, tickets.get(1), database);
                anIdempotencyKeyReplayedToTheOtherReplicaGetsTheFirstAnswer(first, second, staff, database);
                webhookEventsAreDeliveredOnceByTwoDispatchers(api, database);
                aRetentionRunStartedOnBothRunsOnce(first, second, database);
                thePublicRateLimitCountsOverBoth(api, event);
                aReplicaKilledMidBurstLosesNoAcknowledgedCheckIn(api, door, event, tickets.subList(2, 302), second,
                        database);
            }
        }
    }

    private static PackagedBackend replica(EmbeddedPostgres postgres, Path logs) throws Exception {
        return new PackagedBackend(Path.of(JAR), postgres.getJdbcUrl("postgres", "postgres"), logs, List.of(
                "-Dquarkus.http.proxy.proxy-address-forwarding=true", "-Dquarkus.http.proxy.trusted-proxies=127.0.0.1",
                "-Daanjager.webhooks.poll-every=1s"));
    }

    private static void fiftyScansOfOneTicketMakeOneCheckIn(String api, String door, long event, String ticket,
            DataSource database) throws Exception {
        List<Response> answers = all(50, i -> given().baseUri(api).auth().oauth2(door).contentType("application/json")
                .body(Map.of("ticket", ticket, "device", "Deur " + i)).post("/api/events/" + event + "/check-ins"));
        long admitted = answers.stream().filter(r -> "CHECKED_IN".equals(r.path("outcome"))).count();
        long again = answers.stream().filter(r -> "ALREADY_CHECKED_IN".equals(r.path("outcome"))).count();
        long stored = count(database, "select count(*) from check_in_attempt where event_id = ? and outcome ="
                + " 'CHECKED_IN'", event);
        System.out.printf("two replicas: 50 simultaneous scans of one ticket: %d admitted, %d already in, %d"
                + " check-ins stored%n", admitted, again, stored);
        assertEquals(1, admitted);
        assertEquals(49, again, "every other scan answered 'already checked in'");
        assertEquals(1, stored);
    }

    private static void anOfflineBatchReplayedToTheOtherReplicaAppliesOnce(PackagedBackend first,
            PackagedBackend second, String door, long event, String ticket, DataSource database) throws Exception {
        Map<String, Object> batch = Map.of("scans", List.of(Map.of("ticket", ticket, "device", "Deur offline",
                "clientId", "offline-1", "scannedAt", java.time.OffsetDateTime.now().minusMinutes(5).toString())));
        for (PackagedBackend replica : List.of(first, second)) {
            given().baseUri(replica.baseUri()).auth().oauth2(door).contentType("application/json").body(batch)
                    .post("/api/events/" + event + "/check-ins/batch").then().statusCode(200);
        }
        assertEquals(1, count(database, "select count(*) from check_in_attempt where event_id = ? and client_id ="
                + " 'offline-1'", event), "the batch was applied once");
        assertEquals(2, count(database, "select count(*) from registration where event_id = ? and checked_in_at is"
                + " not null", event));
    }

    private static void anIdempotencyKeyReplayedToTheOtherReplicaGetsTheFirstAnswer(PackagedBackend first,
            PackagedBackend second, String staff, DataSource database) throws Exception {
        String name = "Twee Replica's " + System.nanoTime();
        Map<String, Object> company = Map.of("name", name, "postcode", "3011 AA", "kvkNumber", kvkNumber());
        Response original = given().baseUri(first.baseUri()).auth().oauth2(staff).contentType("application/json")
                .header("Idempotency-Key", "\"replica-" + name.hashCode() + "\"").body(company).post("/api/companies");
        Response replayed = given().baseUri(second.baseUri()).auth().oauth2(staff).contentType("application/json")
                .header("Idempotency-Key", "\"replica-" + name.hashCode() + "\"").body(company).post("/api/companies");
        assertEquals(201, original.statusCode(), original.asString());
        assertEquals(201, replayed.statusCode(), replayed.asString());
        assertEquals("true", replayed.header("Idempotent-Replayed"));
        assertEquals(original.asString(), replayed.asString());
        assertEquals(1, count(database, "select count(*) from company where name = ?", name));
    }

    private static void webhookEventsAreDeliveredOnceByTwoDispatchers(String api, DataSource database)
            throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.start();
        try {
            String admin = FaultStack.userToken(FaultStack.KEYCLOAK, "admin");
            given().baseUri(api).auth().oauth2(admin).contentType("application/json").body(Map.of(
                    "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                    "eventTypes", List.of("company.created"))).post("/api/webhooks").then().statusCode(201);
            int companies = 40;
            all(companies, i -> given().baseUri(api).auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("name", "Haak " + i, "kvkNumber", kvkNumber())).post("/api/companies").then()
                    .statusCode(201).extract().response());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < companies && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(2_000); // a second dispatcher sending the same delivery would do it within its poll
            long distinct = received.stream().distinct().count();
            System.out.printf("two replicas: %d company events, %d webhook requests, %d distinct ids%n", companies,
                    received.size(), distinct);
            assertEquals(companies, distinct, "every event delivered");
            assertEquals(companies, received.size(), "and none twice");
            assertEquals(0, count(database, "select count(*) from webhook_delivery where state <> 'DELIVERED'"));
        } finally {
            receiver.stop(0);
        }
    }

    private static void aRetentionRunStartedOnBothRunsOnce(PackagedBackend first, PackagedBackend second,
            DataSource database) throws Exception {
        try (var sql = database.getConnection(); var statement = sql.createStatement()) {
            statement.execute("""
                    insert into company (id, name, created_at) values (800000000, 'Lang Stil B.V.', now());
                    insert into contact (id, company_id, name, created_at)
                        select 800000000 + i, 800000000, 'Stil ' || i, now() - interval '5 years'
                        from generate_series(1, 300) as i;
                    """);
        }
        long due = count(database, "select count(*) from contact where company_id = 800000000 and erased_at is null");
        String admin = FaultStack.userToken(FaultStack.KEYCLOAK, "admin");
        List<Response> runs = all(2, i -> given().baseUri((i == 0 ? first : second).baseUri()).auth().oauth2(admin)
                .post("/api/retention/runs"));
        long erasedTwice = count(database, "select count(*) from (select entity_id from audit_entry where action ="
                + " 'contact.erased' group by entity_id having count(*) > 1) twice");
        System.out.printf("two replicas: retention started on both at once: answers %s, %d due, %d erased twice%n",
                runs.stream().map(Response::statusCode).toList(), due, erasedTwice);
        assertEquals(0, erasedTwice);
        assertTrue(runs.stream().anyMatch(run -> run.statusCode() == 200), "one of them ran");
        assertEquals(300, due);
        assertEquals(0, count(database, "select count(*) from contact where company_id = 800000000 and erased_at"
                + " is null"), "and it did all the work");
    }

    private static void thePublicRateLimitCountsOverBoth(String api, long event) throws Exception {
        while (LocalTime.now().getSecond() > 50) {
            Thread.sleep(500); // the limit counts per minute: stay inside one
        }
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(given().baseUri(api).contentType("application/json").body(Map.of("companyName",
                    "Publiek " + i, "name", "Bezoeker " + i, "email", "bezoeker" + i + "@example.nl", "consent", true))
                    .post("/api/public/events/" + event + "/registrations").statusCode());
        }
        System.out.printf("two replicas: 8 public registrations from one address: %s%n", answers);
        assertEquals(5, answers.stream().filter(status -> status < 300).count(), "5 a minute, counted over both");
        assertEquals(3, answers.stream().filter(status -> status == 429).count());
    }

    private static void aReplicaKilledMidBurstLosesNoAcknowledgedCheckIn(String api, String door, long event,
            List<String> tickets, PackagedBackend victim, DataSource database) throws Exception {
        ExecutorService killer = Executors.newSingleThreadExecutor();
        Future<?> killed = killer.submit(() -> {
            Thread.sleep(3_000);
            victim.kill();
            return null;
        });
        List<Scan> scans = new DoorLoad(api, () -> door, event).retrying(5).scan(tickets, 30);
        killed.get();
        killer.shutdown();
        List<Scan> acknowledged = scans.stream().filter(Scan::acknowledged).toList();
        long retried = scans.stream().filter(scan -> scan.attempts() > 1).count();
        long stored = count(database, "select count(*) from registration where event_id = ? and checked_in_at is not"
                + " null and id in (select registration_id from check_in_attempt where client_id like 'scan-%')", event);
        long twice = count(database, "select count(*) from (select registration_id from check_in_attempt where"
                + " event_id = ? and outcome = 'CHECKED_IN' group by registration_id having count(*) > 1) t", event);
        System.out.printf("two replicas: one killed mid-burst: %d scans, %d acknowledged, %d stored, %d retried,"
                + " %d checked in twice%n", scans.size(), acknowledged.size(), stored, retried, twice);
        assertEquals(tickets.size(), acknowledged.size(), "every scan acknowledged in the end: "
                + scans.stream().filter(scan -> !scan.acknowledged()).limit(3).toList());
        assertEquals(tickets.size(), stored, "every acknowledged check-in stored");
        assertEquals(0, twice, "none twice");
    }

    private static final java.util.concurrent.atomic.AtomicLong KVK = new java.util.concurrent.atomic.AtomicLong(
            70_000_000 + System.currentTimeMillis() % 10_000_000);

    private static String kvkNumber() {
        return Long.toString(KVK.incrementAndGet());
    }

    /** Runs {@code n} calls at the same moment and returns their answers. */
    private static <T> List<T> all(int n, IndexedCall<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit((Callable<T>) () -> {
                start.await();
                return call.call(index);
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    @FunctionalInterface
    private interface IndexedCall<T> {
        T call(int index) throws Exception;
    }
}
