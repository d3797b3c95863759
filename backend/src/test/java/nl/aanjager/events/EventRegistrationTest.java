package nl.aanjager.events;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.events.EventFixtures.eventBody;
import static nl.aanjager.events.EventFixtures.openEvent;
import static nl.aanjager.events.EventFixtures.register;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class EventRegistrationTest {

    @Test
    void overCapacityGoesToTheWaitlistAndIsPromotedInOrder() {
        long event = openEvent(2);
        long first = register(event, "Een Eerste").getLong("id");
        register(event, "Twee Tweede");
        var third = register(event, "Drie Derde");
        var fourth = register(event, "Vier Vierde");
        org.junit.jupiter.api.Assertions.assertEquals("WAITLISTED", third.getString("status"));
        org.junit.jupiter.api.Assertions.assertEquals("WAITLISTED", fourth.getString("status"));

        json().post("/api/events/" + event + "/registrations/" + first + "/cancellation").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        json().queryParam("status", "REGISTERED").get("/api/events/" + event + "/registrations").then()
                .body("items.contactName", org.hamcrest.Matchers.contains("Twee Tweede", "Drie Derde"));
        json().queryParam("status", "WAITLISTED").get("/api/events/" + event + "/registrations").then()
                .body("items.contactName", org.hamcrest.Matchers.contains("Vier Vierde"));
        json().post("/api/events/" + event + "/registrations/" + first + "/cancellation").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        json().get("/api/events/" + event + "/attendance").then()
                .body("registered", equalTo(2)).body("waitlisted", equalTo(1)).body("cancelled", equalTo(1));
    }

    @Test
    void aPersonRegistersOnceAndOnlyForPublishedEvents() {
        long draft = json().body(eventBody(10, OffsetDateTime.now().plusDays(3))).post("/api/events").then()
                .statusCode(201).body("status", equalTo("DRAFT")).extract().jsonPath().getLong("id");
        long company = nl.aanjager.common.Fixtures.newCompany("Eenmalig");
        long contact = nl.aanjager.common.Fixtures.newContact(company, "Eva Eenmalig", null);
        json().body(Map.of("contactId", contact)).post("/api/events/" + draft + "/registrations").then()
                .statusCode(409);
        json().post("/api/events/" + draft + "/publication").then().statusCode(200);
        json().body(Map.of("contactId", contact)).post("/api/events/" + draft + "/registrations").then()
                .statusCode(201).body("ticket", startsWith("AJ2." + draft + "."));
        json().body(Map.of("contactId", contact)).post("/api/events/" + draft + "/registrations").then()
                .statusCode(409);
        json().post("/api/events/" + draft + "/publication").then().statusCode(409);
    }

    @Test
    void rejectsEventsThatEndBeforeTheyStartOrCreditAnotherProgrammesStage() {
        Map<String, Object> backwards = eventBody(10, OffsetDateTime.now().plusDays(3));
        backwards.put("endsAt", OffsetDateTime.now().plusDays(2).toString());
        json().body(backwards).post("/api/events").then().statusCode(400).body("errors[0].field", equalTo("endsAt"));
        Map<String, Object> zero = eventBody(0, OffsetDateTime.now().plusDays(3));
        json().body(zero).post("/api/events").then().statusCode(400).body("errors[0].field", equalTo("capacity"));
        Map<String, Object> foreignStage = eventBody(10, OffsetDateTime.now().plusDays(3));
        foreignStage.put("stageId", 987654321);
        json().body(foreignStage).post("/api/events").then().statusCode(400)
                .body("errors[0].field", equalTo("stageId"));
    }

    @Test
    void closingMakesTheRemainingRegistrationsNoShows() {
        long event = openEvent(null);
        long came = register(event, "Kwam Wel").getLong("id");
        register(event, "Kwam Niet");
        json().body(Map.of("registrationId", came, "device", "desk")).post("/api/events/" + event + "/check-ins")
                .then().statusCode(200);
        json().post("/api/events/" + event + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        json().get("/api/events/" + event + "/attendance").then()
                .body("checkedIn", equalTo(1)).body("noShows", equalTo(1)).body("registered", equalTo(0));
        json().body(Map.of("registrationId", came, "device", "desk")).post("/api/events/" + event + "/check-ins")
                .then().statusCode(200).body("outcome", equalTo("NOT_OPEN"));
    }

    @Test
    @TestSecurity(user = "checkin", roles = "checkin")
    void doorVolunteersDoNotManageEvents() {
        json().body(Map.of("programmeId", 1, "title", "Door", "type", "WORKSHOP", "startsAt",
                OffsetDateTime.now().plusDays(1).toString(), "endsAt", OffsetDateTime.now().plusDays(2).toString()))
                .post("/api/events").then().statusCode(403);
        json().get("/api/events").then().statusCode(200);
    }
}
