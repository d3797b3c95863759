package nl.aanjager.webhooks;

import static nl.aanjager.common.Api.as;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.companyBody;
import static nl.aanjager.webhooks.Webhooks.about;
import static nl.aanjager.webhooks.Webhooks.assertLibraryAccepts;
import static nl.aanjager.webhooks.Webhooks.signedWith;
import static nl.aanjager.webhooks.Webhooks.subscribe;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.aanjager.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery through a receiver on loopback: signatures, retries, the outbox's transaction, replicas, rotation. */
@QuarkusTest
class WebhookDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    MovableWebhookClock clock;

    @Inject
    AuditLog audit;

    @Inject
    DataSource dataSource;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aPartnerHearsItsReferralWasAcceptedSignedPerStandardWebhooks() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            var subscribed = subscribe("partner1", receiver.url(), "referral.accepted");
            assertTrue(subscribed.secret().matches("whsec_[A-Za-z0-9+/=]{40,}"), subscribed.secret());
            as("partner1").get("/api/webhooks/" + subscribed.id()).then().statusCode(200)
                    .body("secret", equalTo(null)).body("url", equalTo(receiver.url()));

            long company = as("admin").body(companyBody(unique("Webhook"), "3011 AB")).post("/api/companies")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            long referral = as("partner2").body(Map.of("companyId", company, "toPartnerId", 1,
                    "reason", "Jan de Vries wil exporteren, bel 06-12345678")).post("/api/referrals")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            as("partner1").post("/api/referrals/" + referral + "/acceptance").then().statusCode(200);

            var received = receiver.await(about("referral.accepted", "referralId", referral), 1, WAIT).get(0);
            assertTrue(signedWith(subscribed.secret(), received), "the independent check accepts the signature");
            assertLibraryAccepts(subscribed.secret(), received);
            assertFalse(signedWith(WebhookSignatures.newSecret(), received), "another secret does not verify");
            assertTrue(received.id().startsWith("msg_"));
            assertEquals("application/json", received.headers().get("content-type"));

            JsonPath body = JsonPath.from(received.body());
            assertEquals(Map.of("referralId", (int) referral, "companyId", (int) company, "fromPartnerId", 2,
                    "toPartnerId", 1, "status", "ACCEPTED"), body.getMap("data"));
            assertTrue(body.getString("timestamp").endsWith("Z"));
            assertFalse(received.body().contains("Jan de Vries"), "no free text that may name a person");

            as("partner1").get("/api/webhooks/" + subscribed.id() + "/deliveries").then().statusCode(200)
                    .body("items[0].eventType", equalTo("referral.accepted"))
                    .body("items[0].state", equalTo("DELIVERED"))
                    .body("items[0].attempts[0].statusCode", equalTo(200))
                    .body("items[0].attempts[0].responseExcerpt", equalTo("{\"ok\":true}"));
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheEventOnTheThirdAttemptWithTheSameId() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            var subscribed = subscribe("partner1", receiver.url(), "company.created");
            receiver.failNext(2);
            long company = as("admin").body(companyBody(unique("Herkansing"), "3011 AB")).post("/api/companies")
                    .then().statusCode(201).extract().jsonPath().getLong("id");

            var attempts = receiver.await(about("company.created", "companyId", company), 3, WAIT);
            assertEquals(1, attempts.stream().map(WebhookReceiver.Received::id).distinct().count(),
                    "every attempt carries the same webhook-id");
            JsonPath log = awaitDelivery(subscribed.id(), "DELIVERED");
            assertEquals(3, log.getInt("items[0].attemptCount"));
            assertEquals(List.of(200, 500, 500), log.getList("items[0].attempts.statusCode"));
            assertEquals("{\"error\":\"not today\"}", log.getString("items[0].attempts[2].responseExcerpt"));
            Thread.sleep(500);
            assertEquals(3, receiver.received(about("company.created", "companyId", company)).size(),
                    "nothing more once delivered");
        }
    }

    @Test
    void aRolledBackChangeLeavesNoEventAndACommittedOneLeavesExactlyOne() throws Exception {
        long company = as("admin").body(companyBody(unique("Terugdraai"), "3011 AB")).post("/api/companies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(1, events("company.created", company), "one change, one event");

        var request = Arc.container().requestContext();
        request.activate();
        try {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                audit.record("company.updated", "company", company, company, "changed: name");
                throw new IllegalStateException("the change fails after its audit entry");
            }));
            assertEquals(0, events("company.updated", company), "no event for a rolled-back transaction");

            QuarkusTransaction.requiringNew().run(() -> audit.record("company.updated", "company", company, company,
                    "changed: name"));
            assertEquals(1, events("company.updated", company), "the same change committed makes one event");
        } finally {
            request.terminate();
        }
    }

    @Test
    void dispatchersRunningAtOnceNeverSendTheSameDeliveryTwice() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answerAfter(Duration.ofMillis(150));
            subscribe("admin", receiver.url(), "company.created");
            String prefix = unique("Replica");
            ExecutorService replicas = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    running.add(replicas.submit(() -> {
                        long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
                        while (System.nanoTime() < until) {
                            dispatcher.deliverDue();
                        }
                        return null;
                    }));
                }
                for (int i = 0; i < 30; i++) {
                    as("admin").body(companyBody(prefix + " " + i, "3011 AB")).post("/api/companies")
                            .then().statusCode(201);
                }
                var ours = receiver.await(r -> r.body().contains(prefix), 30, WAIT);
                for (Future<?> replica : running) {
                    replica.get();
                }
                Thread.sleep(300);
                ours = receiver.received(r -> r.body().contains(prefix));
                Map<String, Long> perId = ours.stream().collect(Collectors.groupingBy(WebhookReceiver.Received::id,
                        Collectors.counting()));
                assertEquals(30, perId.size());
                assertEquals(Set.of(1L), Set.copyOf(perId.values()), "each delivery was sent once: " + perId);
                assertTrue(receiver.mostAtOnce() > 1, "the dispatchers did send at the same time");
            } finally {
                replicas.shutdownNow();
            }
        }
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneUntilTheOldOneEndsADayLater() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            var subscribed = subscribe("partner1", receiver.url(), "referral.created");
            JsonPath rotated = as("partner1").post("/api/webhooks/" + subscribed.id() + "/secrets").then()
                    .statusCode(201).body("secret", startsWith("whsec_")).extract().jsonPath();
            String newSecret = rotated.getString("secret");
            assertFalse(newSecret.equals(subscribed.secret()));

            long firstPing = ping(subscribed.id());
            var duringOverlap = receiver.await(r -> r.id().equals("msg_" + firstPing), 1, WAIT).get(0);
            assertEquals(2, duringOverlap.headers().get("webhook-signature").split(" ").length);
            assertTrue(signedWith(subscribed.secret(), duringOverlap), "the old secret still verifies");
            assertTrue(signedWith(newSecret, duringOverlap), "the new secret verifies");
            assertLibraryAccepts(newSecret, duringOverlap);
            assertLibraryAccepts(subscribed.secret(), duringOverlap);

            clock.moveOn(Duration.ofHours(24).plusMinutes(1));
            long secondPing = ping(subscribed.id());
            var afterwards = receiver.await(r -> r.id().equals("msg_" + secondPing), 1, WAIT).get(0);
            assertEquals(1, afterwards.headers().get("webhook-signature").split(" ").length);
            assertTrue(signedWith(newSecret, afterwards));
            assertFalse(signedWith(subscribed.secret(), afterwards), "the old secret stopped signing after 24 h");
            Map<String, List<String>> headers = new HashMap<>();
            afterwards.headers().forEach((name, value) -> headers.put(name, List.of(value)));
            // the library checks the timestamp against real time too; this one lies a day ahead, so
            // only the signature of the old secret is checked here, by the independent check above
            assertThrows(WebhookVerificationException.class,
                    () -> new Webhook(subscribed.secret()).verify(afterwards.body(), headers));
        }
    }

    @Test
    void aPingAndAResendReachTheReceiverAndTheLog() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            var subscribed = subscribe("partner1", receiver.url(), "referral.created");
            JsonPath queued = as("partner1").post("/api/webhooks/" + subscribed.id() + "/pings").then().statusCode(202)
                    .extract().jsonPath();
            long event = queued.getLong("eventId");
            var ping = receiver.await(r -> r.id().equals("msg_" + event), 1, WAIT).get(0);
            assertEquals("webhook.ping", JsonPath.from(ping.body()).getString("type"));
            assertLibraryAccepts(subscribed.secret(), ping);
            awaitDelivery(subscribed.id(), "DELIVERED");

            as("partner1").post("/api/webhooks/" + subscribed.id() + "/deliveries/" + queued.getLong("deliveryId")
                    + "/resend").then().statusCode(202).body("eventId", equalTo((int) event));
            var both = receiver.await(r -> r.id().equals("msg_" + event), 2, WAIT);
            assertEquals(both.get(0).body(), both.get(1).body(), "a re-send is the same message");
            JsonPath log = awaitAttempts(subscribed.id(), 2);
            assertEquals("webhook.ping", log.getString("items[0].eventType"));
            assertEquals(List.of(200, 200), log.getList("items[0].attempts.statusCode"));

            as("partner2").post("/api/webhooks/" + subscribed.id() + "/deliveries/" + queued.getLong("deliveryId")
                    + "/resend").then().statusCode(404);
            as("partner1").post("/api/webhooks/" + subscribed.id() + "/deliveries/999999999/resend").then()
                    .statusCode(404);
        }
    }

    @Test
    void anEndpointFailingForFiveDaysIsDisabledAndItsOwnerSeesWhy() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.failNext(1_000);
            var subscribed = subscribe("partner1", receiver.url(), "referral.created");
            ping(subscribed.id());
            awaitDelivery(subscribed.id(), "FAILED");
            JsonPath failing = as("partner1").get("/api/webhooks/" + subscribed.id()).then().statusCode(200)
                    .body("enabled", equalTo(true)).extract().jsonPath();
            assertTrue(failing.getString("failingSince") != null);

            clock.moveOn(Duration.ofDays(5).plusHours(1));
            long second = ping(subscribed.id());
            receiver.await(r -> r.id().equals("msg_" + second), 1, WAIT);
            JsonPath disabled = awaitSubscription(subscribed.id(), s -> !s.getBoolean("enabled"));
            assertTrue(disabled.getString("disabledReason").contains("HTTP status 500"), disabled.prettify());

            String etag = as("partner1").get("/api/webhooks/" + subscribed.id()).then().extract().header("ETag");
            as("partner1").header("If-Match", etag).body(Map.of("url", receiver.url(),
                    "eventTypes", List.of("referral.created"), "enabled", true)).put("/api/webhooks/" + subscribed.id())
                    .then().statusCode(200).body("enabled", equalTo(true)).body("disabledReason", equalTo(null))
                    .body("failingSince", equalTo(null));
        }
    }

    @Test
    void aUrlThatTurnedPrivateIsNotCalledAtDeliveryTime() throws Exception {
        var subscribed = subscribe("partner1", "http://127.0.0.1:9/hooks", "referral.created");
        try (Connection sql = dataSource.getConnection();
                PreparedStatement moved = sql.prepareStatement("update webhook_subscription set url = ? where id = ?")) {
            // as if its name now resolved inside the network: the check before each attempt refuses it
            moved.setString(1, "https://10.20.30.40/hooks");
            moved.setLong(2, subscribed.id());
            moved.executeUpdate();
        }
        ping(subscribed.id());
        JsonPath log = awaitAttempts(subscribed.id(), 1);
        assertNull(log.get("items[0].attempts[0].statusCode"));
        assertTrue(log.getString("items[0].attempts[0].error").contains("private or reserved address"),
                log.prettify());
    }

    private long ping(long subscription) {
        return as("partner1").post("/api/webhooks/" + subscription + "/pings").then().statusCode(202)
                .extract().jsonPath().getLong("eventId");
    }

    private static JsonPath awaitDelivery(long subscription, String state) throws InterruptedException {
        return awaitLog(subscription, log -> state.equals(log.getString("items[0].state")));
    }

    private static JsonPath awaitAttempts(long subscription, int attempts) throws InterruptedException {
        return awaitLog(subscription, log -> log.getList("items[0].attempts").size() >= attempts);
    }

    private static JsonPath awaitLog(long subscription, java.util.function.Predicate<JsonPath> until)
            throws InterruptedException {
        return awaitJson("/api/webhooks/" + subscription + "/deliveries", until);
    }

    private static JsonPath awaitSubscription(long subscription, java.util.function.Predicate<JsonPath> until)
            throws InterruptedException {
        return awaitJson("/api/webhooks/" + subscription, until);
    }

    private static JsonPath awaitJson(String path, java.util.function.Predicate<JsonPath> until)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonPath json = as("partner1").get(path).then().statusCode(200).extract().jsonPath();
            if (json.getList("items") == null || !json.getList("items").isEmpty()) {
                if (until.test(json)) {
                    return json;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " did not come to pass: " + json.prettify());
            }
            Thread.sleep(50);
        }
    }

    private long events(String type, long entity) throws SQLException {
        try (Connection sql = dataSource.getConnection();
                PreparedStatement count = sql.prepareStatement(
                        "select count(*) from webhook_event where type = ? and entity_id = ?")) {
            count.setString(1, type);
            count.setLong(2, entity);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
