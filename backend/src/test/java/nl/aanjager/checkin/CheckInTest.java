package nl.aanjager.checkin;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.events.EventFixtures.eventBody;
import static nl.aanjager.events.EventFixtures.openEvent;
import static nl.aanjager.events.EventFixtures.publishedEvent;
import static nl.aanjager.events.EventFixtures.register;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "checkin", roles = {"checkin", "staff"})
class CheckInTest {
    @Inject
    EntityManager entityManager;

    private static String checkIns(long event) {
        return "/api/events/" + event + "/check-ins";
    }

    private static Map<String, Object> scan(String ticket) {
        return Map.of("ticket", ticket, "device", "phone-1");
    }

    @Test
    void aTicketChecksInOnceAndASecondScanSaysWhenAndByWhom() {
        long event = openEvent(null);
        var registration = register(event, "Sanne Scan");
        json().body(scan(registration.getString("ticket"))).post(checkIns(event)).then()
                .statusCode(200)
                .body("outcome", equalTo("CHECKED_IN"))
                .body("name", equalTo("Sanne Scan"))
                .body("checkedInBy", equalTo("checkin"))
                .body("checkedInAt", notNullValue());
        json().body(scan(registration.getString("ticket"))).post(checkIns(event)).then()
                .statusCode(200)
                .body("outcome", equalTo("ALREADY_CHECKED_IN"))
                .body("detail", containsString("Already checked in at"))
                .body("detail", containsString("by checkin"));
    }

    @Test
    void eachKindOfBadTicketHasItsOwnReasonAndIsLogged() {
        long event = openEvent(null);
        long other = openEvent(null);
        String otherTicket = register(other, "Ander Event").getString("ticket");
        var cancelled = register(event, "Afgemeld Persoon");
        json().post("/api/events/" + event + "/registrations/" + cancelled.getLong("id") + "/cancellation")
                .then().statusCode(200);
        String genuine = register(event, "Echt Persoon").getString("ticket");
        String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";

        // a refusal at the door is an answer, as in the batch: 200 with the outcome saying why
        json().body(scan(otherTicket)).post(checkIns(event)).then()
                .statusCode(200).contentType("application/json")
                .body("outcome", equalTo("WRONG_EVENT"));
        json().body(scan(cancelled.getString("ticket"))).post(checkIns(event)).then()
                .statusCode(200).body("outcome", equalTo("CANCELLED"));
        json().body(scan("hello world")).post(checkIns(event)).then()
                .statusCode(200).body("outcome", equalTo("UNKNOWN_TICKET"));
        json().body(scan(forged)).post(checkIns(event)).then()
                .statusCode(200).body("outcome", equalTo("UNKNOWN_TICKET"));

        long later = publishedEvent(null, OffsetDateTime.now().plusDays(2));
        json().body(scan(register(later, "Te Vroeg").getString("ticket"))).post(checkIns(later)).then()
                .statusCode(200).body("outcome", equalTo("NOT_OPEN"));

        json().get("/api/events/" + event + "/attendance").then()
                .body("failedScans", equalTo(4)).body("checkedIn", equalTo(0));
        json().get(checkIns(event)).then()
                .body("outcome", contains("UNKNOWN_TICKET", "UNKNOWN_TICKET", "CANCELLED", "WRONG_EVENT"))
                .body("device[0]", equalTo("phone-1"));
    }

    @Test
    void fiftySimultaneousScansOfOneTicketMakeOneCheckInAndOneStageRecord() throws Exception {
        Map<String, Object> body = eventBody(null, OffsetDateTime.now().minusHours(1));
        body.put("organiserIds", List.of(1));
        long event = json().body(body).post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        json().post("/api/events/" + event + "/publication").then().statusCode(200);
        var registration = register(event, "Drukke Deur");
        String ticket = registration.getString("ticket");

        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<String>> scans = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String device = "phone-" + i;
            scans.add(() -> json().body(Map.of("ticket", ticket, "device", device)).post(checkIns(event))
                    .then().statusCode(200).extract().path("outcome"));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : pool.invokeAll(scans)) {
            outcomes.add(outcome.get());
        }
        pool.shutdown();

        assertEquals(1, outcomes.stream().filter("CHECKED_IN"::equals).count(), outcomes.toString());
        assertEquals(49, outcomes.stream().filter("ALREADY_CHECKED_IN"::equals).count(), outcomes.toString());
        assertEquals(1L, count("select count(*) from stage_record where source = 'EVENT_ATTENDANCE' and source_id = ?1",
                registration.getLong("id")));
        json().get("/api/events/" + event + "/attendance").then().body("checkedIn", equalTo(1));
    }

    @Test
    void aMistakenCheckInIsUndoneAndItsCreditWithdrawn() {
        long event = openEvent(null);
        var registration = register(event, "Per Ongeluk");
        long id = registration.getLong("id");
        json().body(scan(registration.getString("ticket"))).post(checkIns(event)).then().statusCode(200);
        assertEquals(2L, activeCredits(id));

        json().queryParam("device", "phone-1").delete(checkIns(event) + "/" + id).then()
                .statusCode(200).body("outcome", equalTo("UNDONE"));
        assertEquals(0L, activeCredits(id));
        json().delete(checkIns(event) + "/" + id).then().statusCode(409);
        json().get("/api/events/" + event + "/attendance").then().body("checkedIn", equalTo(0)).body("registered", equalTo(1));
        json().queryParam("entityType", "registration").queryParam("entityId", id).get("/api/audit").then()
                .statusCode(403);
        json().body(scan(registration.getString("ticket"))).post(checkIns(event)).then()
                .statusCode(200).body("outcome", equalTo("CHECKED_IN"));
    }

    @Test
    void aWalkInBecomesCompanyContactAndCheckInInOneCall() {
        long event = openEvent(null);
        json().body(Map.of("companyName", "Loopbinnen Bouw", "name", "Wim Walkin", "email", "wim@loop.example",
                "device", "desk", "consent", true)).post("/api/events/" + event + "/walk-ins").then()
                .statusCode(200)
                .body("outcome", equalTo("CHECKED_IN"))
                .body("companyName", equalTo("Loopbinnen Bouw"));
        json().get("/api/events/" + event + "/attendance").then()
                .body("checkedIn", equalTo(1)).body("walkIns", equalTo(1));
        // the history names the person and the company, not the registration's number
        json().get("/api/events/" + event + "/check-ins").then().statusCode(200)
                .body("[0].name", equalTo("Wim Walkin")).body("[0].companyName", equalTo("Loopbinnen Bouw"))
                .body("[0].device", equalTo("desk"));
        long company = json().queryParam("q", "Loopbinnen Bouw").get("/api/companies").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        json().get("/api/companies/" + company + "/timeline").then().statusCode(200)
                .body("find { it.kind == 'EVENT_CHECKED_IN' }.person", equalTo("Wim Walkin"));
        json().body(Map.of("companyName", "", "name", "x", "device", "desk", "consent", true))
                .post("/api/events/" + event + "/walk-ins").then().statusCode(400);
        json().body(Map.of("companyName", "Zonder Toestemming", "name", "Zoë Zonder", "device", "desk", "consent", false))
                .post("/api/events/" + event + "/walk-ins").then().statusCode(400)
                .body("errors[0].field", equalTo("consent")).body("errors[0].code", equalTo("MUST_ACCEPT"));
        json().get("/api/events/" + event + "/attendance").then().body("walkIns", equalTo(1));
    }

    @Test
    void anOfflineQueueIsAppliedOnceAndReportsConflicts() {
        long event = openEvent(null);
        List<String> tickets = List.of(register(event, "Offline Een").getString("ticket"),
                register(event, "Offline Twee").getString("ticket"), register(event, "Offline Drie").getString("ticket"));
        List<Map<String, Object>> queue = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i++) {
            queue.add(Map.of("ticket", tickets.get(i), "device", "phone-A", "clientId", "A-" + i + "-" + event,
                    "scannedAt", OffsetDateTime.now().minusMinutes(5).toString()));
        }
        json().body(Map.of("scans", queue)).post(checkIns(event) + "/batch").then()
                .statusCode(200).body("results.outcome", contains("CHECKED_IN", "CHECKED_IN", "CHECKED_IN"));
        long attemptsBefore = count("select count(*) from check_in_attempt where event_id = ?1", event);

        json().body(Map.of("scans", queue)).post(checkIns(event) + "/batch").then()
                .statusCode(200).body("results.outcome", contains("CHECKED_IN", "CHECKED_IN", "CHECKED_IN"))
                .body("results.detail", hasSize(3));
        assertEquals(attemptsBefore, count("select count(*) from check_in_attempt where event_id = ?1", event));

        json().body(Map.of("scans", List.of(Map.of("ticket", tickets.get(0), "device", "phone-B", "clientId",
                "B-0-" + event)))).post(checkIns(event) + "/batch").then()
                .body("results[0].outcome", equalTo("CONFLICT"))
                .body("results[0].device", equalTo("phone-A"));
        json().get("/api/events/" + event + "/attendance").then().body("checkedIn", equalTo(3));
    }

    @Test
    void thePhoneListCarriesAPublicKeyThatVerifiesTicketsIssuedLater() throws Exception {
        long event = openEvent(null);
        register(event, "Lijst Persoon");
        String key = json().get("/api/events/" + event + "/check-in-list").then()
                .statusCode(200).body("attendees.name", contains("Lijst Persoon"))
                .extract().path("ticketPublicKey");
        String later = register(event, "Later Aangemeld").getString("ticket");

        String body = later.substring(0, later.lastIndexOf('.'));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(ForgedTicketsTest.publicKeyOf(key));
        ed25519.update(body.getBytes(StandardCharsets.US_ASCII));
        assertTrue(ed25519.verify(Base64.getUrlDecoder().decode(later.substring(later.lastIndexOf('.') + 1))),
                "a ticket issued after the list was fetched verifies with the list's key");
    }

    @Test
    @TestSecurity(user = "partner1", roles = "partner")
    void partnersDoNotWorkTheDoor() {
        json().get("/api/events/1/check-in-list").then().statusCode(403);
        json().body(scan("x")).post(checkIns(1)).then().statusCode(403);
    }

    private long activeCredits(long registrationId) {
        return count("select count(*) from stage_record where source = 'EVENT_ATTENDANCE' and source_id = ?1"
                + " and withdrawn_at is null", registrationId);
    }

    private long count(String sql, long parameter) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
