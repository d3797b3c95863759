package nl.aanjager.webhooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.aanjager.imports.PackagedBackend;
import org.junit.jupiter.api.Test;

/**
 * The packaged backend killed with SIGKILL while webhook deliveries are pending, then started
 * again on the same database: every committed event reaches the receiver, and an event that
 * arrives twice (sent, but killed before the attempt was recorded) carries the same
 * {@code webhook-id} both times. Runs in {@code mvn verify} (failsafe) against the Keycloak that
 * {@code make test} starts; the database is this test's own PostgreSQL (port 25437 unless
 * {@code -Dit.webhooks.postgres.port} says otherwise), which outlives the backend process.
 */
class WebhooksSurviveAKilledBackendIT {
    private static final int COMPANIES = 60;
    private static final String KEYCLOAK = System.getProperty("it.keycloak.url", "http://localhost:8180/realms/aanjager");

    @Test
    void everyCommittedEventArrivesAfterTheBackendWasKilledMidDelivery() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setPort(Integer.getInteger("it.webhooks.postgres.port", 25437)).start();
                WebhookReceiver receiver = new WebhookReceiver();
                PackagedBackend backend = new PackagedBackend(
                        Path.of(System.getProperty("it.backend.jar", "target/quarkus-app/quarkus-run.jar")),
                        database.getJdbcUrl("postgres", "postgres"), Path.of("target", "webhooks-crash-it"),
                        List.of("-Daanjager.webhooks.poll-every=1s", "-Daanjager.webhooks.lease=PT3S",
                                "-Daanjager.webhooks.concurrency=2",
                                "-Daanjager.webhooks.retry-schedule=PT0S,PT1S,PT1S,PT1S,PT1S,PT1S,PT1S,PT1S"));
                Connection sql = database.getPostgresDatabase().getConnection()) {
            // slow enough that the kill finds deliveries claimed, in flight and still waiting
            receiver.answerAfter(Duration.ofMillis(250));
            backend.start(Duration.ofSeconds(120));
            String token = clientToken("partner1-api");
            given().baseUri(backend.baseUri()).auth().oauth2(token).contentType("application/json")
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("company.created")))
                    .post("/api/webhooks").then().statusCode(201);
            String prefix = "Herstart " + ThreadLocalRandom.current().nextInt(1_000_000);
            for (int i = 0; i < COMPANIES; i++) {
                Map<String, Object> company = new HashMap<>();
                company.put("kvkNumber", String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L)));
                company.put("name", prefix + " " + i + " B.V.");
                company.put("postcode", "3011 AB");
                given().baseUri(backend.baseUri()).auth().oauth2(token).contentType("application/json").body(company)
                        .post("/api/companies").then().statusCode(201);
            }
            receiver.await(r -> r.body().contains(prefix), 5, Duration.ofSeconds(30));
            backend.kill();

            Set<Long> committed = ids(sql, "select id from webhook_event where type = 'company.created'"
                    + " and data ->> 'name' like '" + prefix + " %'");
            assertEquals(COMPANIES, committed.size(), "one event per committed company");
            long pending = ids(sql, "select id from webhook_delivery where state = 'PENDING'").size();
            long delivered = ids(sql, "select id from webhook_delivery where state = 'DELIVERED'").size();
            assertTrue(pending > 0 || ids(sql, "select id from webhook_event where not fanned_out").size() > 0,
                    "the backend was killed after everything was delivered (" + delivered + " delivered)");

            long restarted = System.nanoTime();
            backend.start(Duration.ofSeconds(120));
            Set<String> expected = committed.stream().map(id -> "msg_" + id).collect(Collectors.toSet());
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!receivedIds(receiver, prefix).containsAll(expected)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("missing after the restart: " + expected.stream()
                            .filter(id -> !receivedIds(receiver, prefix).contains(id)).toList() + "\n" + backend.logTail());
                }
                Thread.sleep(100);
            }
            System.out.printf("killed with %d of %d deliveries pending; the restarted backend delivered the rest"
                    + " %.1f s after it was started%n", pending, COMPANIES, (System.nanoTime() - restarted) / 1e9);

            var ours = receiver.received(r -> r.body().contains(prefix));
            assertEquals(expected, receivedIds(receiver, prefix), "nothing but the committed events");
            Map<String, Set<String>> bodiesPerId = ours.stream().collect(Collectors.groupingBy(
                    WebhookReceiver.Received::id, Collectors.mapping(WebhookReceiver.Received::body, Collectors.toSet())));
            bodiesPerId.forEach((id, bodies) -> assertEquals(1, bodies.size(), id + " arrived with different bodies"));
            for (String id : expected) {
                JsonPath body = JsonPath.from(ours.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().body());
                assertEquals("company.created", body.getString("type"));
            }
            System.out.printf("%d requests for %d events: %d duplicates, each with its event's webhook-id%n",
                    ours.size(), expected.size(), ours.size() - expected.size());
        }
    }

    private static Set<String> receivedIds(WebhookReceiver receiver, String prefix) {
        return receiver.received(r -> r.body().contains(prefix)).stream().map(WebhookReceiver.Received::id)
                .collect(Collectors.toSet());
    }

    private static String clientToken(String clientId) {
        return given().formParams(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret")).post(KEYCLOAK + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static Set<Long> ids(Connection sql, String query) throws SQLException {
        try (Statement statement = sql.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            Set<Long> ids = new java.util.HashSet<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }
}
