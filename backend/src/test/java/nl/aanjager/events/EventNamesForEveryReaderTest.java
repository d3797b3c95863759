package nl.aanjager.events;

import static nl.aanjager.common.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.Api;
import org.junit.jupiter.api.Test;

/**
 * An event names its programme, stage and organisers itself, with real tokens: the door role
 * (checkin) may not list programmes or partners, and its page must still say what the event is.
 */
@QuarkusTest
class EventNamesForEveryReaderTest {
    private static final String PROGRAMME = "MKB010>>Next 2.0";

    /** An event starting within the hour, so that the door reaches it; partner 1 organises, partner 2 is invited. */
    private static long eventAroundNow(String caller, boolean withStage) {
        long programme = as("staff").queryParam("q", PROGRAMME).get("/api/programmes").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Long stage = withStage ? as("staff").get("/api/programmes/" + programme + "/stages").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.code == 'inspired' }.id") : null;
        OffsetDateTime start = OffsetDateTime.now().plusMinutes(30).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programme);
        body.put("title", Api.unique("Deurtest"));
        body.put("type", "WORKSHOP");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(2).toString());
        body.put("stageId", stage);
        body.put("organiserIds", List.of(1, 2));
        long id = as(caller).body(body).post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        as(caller).post("/api/events/" + id + "/publication").then().statusCode(200);
        return id;
    }

    @Test
    void theDoorReadsTheProgrammeStageAndOrganisersByNameThoughItMayNotListThem() {
        long event = eventAroundNow("staff", true);
        as("checkin").get("/api/programmes").then().statusCode(403);
        as("checkin").get("/api/partners").then().statusCode(403);

        as("checkin").get("/api/events/" + event).then().statusCode(200)
                .body("programmeName", equalTo(PROGRAMME))
                .body("stageCode", equalTo("inspired"))
                .body("organiserIds", contains(1, 2))
                .body("organisers.id", contains(1, 2))
                .body("organisers.name", contains("Kamer van Koophandel Rotterdam", "FME Zuid-Holland"))
                .body("invitedOrganisers", equalTo(List.of()));
        // by its title: in a full run more events around now are published than one page holds
        as("checkin").queryParam("status", "PUBLISHED").queryParam("q", "Deurtest").queryParam("size", 200)
                .get("/api/events").then().statusCode(200)
                .body("items.find { it.id == " + event + " }.programmeName", equalTo(PROGRAMME))
                .body("items.find { it.id == " + event + " }.organisers.name", hasItem("FME Zuid-Holland"));
    }

    @Test
    void anInvitedPartnerIsNamedApartFromTheOrganisersAndAnEventWithoutStageNamesNone() {
        // partner 1 names partner 2: partner 2 is invited until it accepts
        long event = eventAroundNow("partner1", false);
        as("partner2").get("/api/events/" + event).then().statusCode(200)
                .body("organisers.name", contains("Kamer van Koophandel Rotterdam"))
                .body("invitedOrganiserIds", contains(2))
                .body("invitedOrganisers.name", contains("FME Zuid-Holland"))
                .body("stageId", nullValue())
                .body("stageName", nullValue());
        as("partner2").post("/api/events/" + event + "/invitation/acceptance").then().statusCode(200)
                .body("organisers.name", contains("Kamer van Koophandel Rotterdam", "FME Zuid-Holland"))
                .body("invitedOrganisers", equalTo(List.of()));
    }
}
