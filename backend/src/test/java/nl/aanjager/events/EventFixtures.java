package nl.aanjager.events;

import static nl.aanjager.common.Api.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.Api;
import nl.aanjager.common.Fixtures;

/** Events for tests: by default open for check-in now, published, crediting "inspired". */
public final class EventFixtures {
    private EventFixtures() {
    }

    public static Map<String, Object> eventBody(Integer capacity, OffsetDateTime startsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", Fixtures.demoProgramme());
        body.put("title", Api.unique("Inspiratiesessie"));
        body.put("type", "INSPIRATION_SESSION");
        body.put("themes", List.of("DIGITAL"));
        body.put("venue", "Blaak 40");
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plusHours(3).toString());
        body.put("capacity", capacity);
        body.put("stageId", Fixtures.demoStage("inspired"));
        body.put("organiserIds", List.of(1, 2));
        return body;
    }

    /** A three-hour workshop of a programme, crediting a stage, organised by partner 1. */
    public static Map<String, Object> workshopBody(long programme, long stage, String title, OffsetDateTime start) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programme);
        body.put("title", Api.unique(title));
        body.put("type", "WORKSHOP");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(3).toString());
        body.put("stageId", stage);
        body.put("organiserIds", List.of(1));
        return body;
    }

    /** A published event that started an hour ago: check-in is open. */
    public static long openEvent(Integer capacity) {
        return publishedEvent(capacity, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
    }

    public static long publishedEvent(Integer capacity, OffsetDateTime startsAt) {
        long id = json().body(eventBody(capacity, startsAt)).post("/api/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        json().post("/api/events/" + id + "/publication").then().statusCode(200);
        return id;
    }

    /** Registers a new person at a new company; returns the registration's JSON path root. */
    public static io.restassured.path.json.JsonPath register(long eventId, String name) {
        long company = Fixtures.newCompany(Api.unique("Deelnemer"));
        long contact = Fixtures.newContact(company, name, null);
        return json().body(Map.of("contactId", contact)).post("/api/events/" + eventId + "/registrations")
                .then().statusCode(201).extract().jsonPath();
    }
}
