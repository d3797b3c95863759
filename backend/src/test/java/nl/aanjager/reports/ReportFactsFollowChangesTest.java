package nl.aanjager.reports;

import static nl.aanjager.common.Api.etag;
import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.Fixtures;
import nl.aanjager.events.EventFixtures;
import org.junit.jupiter.api.Test;

/**
 * The report facts (migration V6) are kept by triggers: a change made after the fact — a company
 * moving district, an activity edited or deleted, a stage record dated before an event, a
 * reordered funnel — shows in the next report, with no rebuild.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ReportFactsFollowChangesTest {

    @Test
    void aCompanyMovingDistrictTakesItsFunnelEntriesAlong() {
        long programme = newProgramme();
        List<Long> stages = stagesOf(programme);
        String from = unique("Oudewijk");
        String to = unique("Nieuwewijk");
        Map<String, Object> body = Fixtures.companyBody(unique("Verhuizer"), "3011 AB");
        body.put("district", from);
        long company = json().body(body).post("/api/companies").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        record(company, programme, stages.get(1), "2026-01-10");

        funnel(programme, from).body("stages.companies", contains(1, 1, 0));
        body.put("district", to);
        json().header("If-Match", etag(0)).body(body).put("/api/companies/" + company).then().statusCode(200);
        funnel(programme, from).body("stages.companies", contains(0, 0, 0));
        funnel(programme, to).body("stages.companies", contains(1, 1, 0));
    }

    @Test
    void reorderingTheFunnelRewritesEntriesAndDays() {
        long programme = newProgramme();
        List<Long> stages = stagesOf(programme);
        String district = unique("Herordenwijk");
        long company = companyIn(district);
        record(company, programme, stages.get(0), "2026-01-01");
        record(company, programme, stages.get(2), "2026-01-05");
        funnel(programme, district).body("stages.companies", contains(1, 1, 1))
                .body("stages.medianDaysFromPrevious", contains(null, 4.0f, 0.0f));

        // the third stage first: reaching it no longer implies the other two
        json().body(Map.of("stageIds", List.of(stages.get(2), stages.get(0), stages.get(1))))
                .put("/api/programmes/" + programme + "/stages/order").then().statusCode(200);
        funnel(programme, district).body("stages.companies", contains(1, 1, 0))
                .body("stages.medianDaysFromPrevious", contains(null, 0.0f, null));
    }

    @Test
    void needsFollowActivitiesEditedAndDeleted() {
        String district = unique("Behoeftewijk");
        long company = companyIn(district);
        Map<String, Object> body = new HashMap<>(Fixtures.activityBody(company, 1L));
        body.put("needs", List.of("PREMISES"));
        long activity = Fixtures.newActivity(body);
        needs(district).body("rows.find { it.need == 'PREMISES' && it.sector == null && it.sizeClass == null }"
                + ".companies", equalTo(1));

        body.put("needs", List.of("REGULATION"));
        json().header("If-Match", etag(0)).body(body).put("/api/activities/" + activity).then().statusCode(200);
        needs(district).body("rows.need", contains("REGULATION", "REGULATION", "REGULATION"));

        json().header("If-Match", etag(1)).delete("/api/activities/" + activity).then().statusCode(204);
        needs(district).body("rows", org.hamcrest.Matchers.empty());
    }

    @Test
    void aCompanyIsNoLongerNewAtAnEventOnceAnEarlierContactIsRecorded() {
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        long event = EventFixtures.publishedEvent(null, startsAt);
        long company = Fixtures.newCompany(unique("Eerstekeer"));
        long contact = Fixtures.newContact(company, "Eva Eerste", null);
        String ticket = json().body(Map.of("contactId", contact)).post("/api/events/" + event + "/registrations")
                .then().statusCode(201).extract().path("ticket");
        json().body(Map.of("ticket", ticket, "device", "desk")).post("/api/events/" + event + "/check-ins").then()
                .statusCode(200);
        newCompaniesAt(event, 1);

        json().body(Map.of("companyId", company, "programmeId", Fixtures.demoProgramme(), "stageId",
                Fixtures.demoStage("inspired"), "reachedAt", startsAt.minusDays(30).toString()))
                .post("/api/stage-records").then().statusCode(201);
        newCompaniesAt(event, 0);
    }

    @Test
    void anUndoneCheckInTakesTheFirstContactBack() {
        long event = EventFixtures.publishedEvent(null, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        long company = Fixtures.newCompany(unique("Vergissing"));
        long contact = Fixtures.newContact(company, "Victor Vergist", null);
        var registration = json().body(Map.of("contactId", contact)).post("/api/events/" + event + "/registrations")
                .then().statusCode(201).extract().jsonPath();
        json().body(Map.of("ticket", registration.getString("ticket"), "device", "desk"))
                .post("/api/events/" + event + "/check-ins").then().statusCode(200);
        newCompaniesAt(event, 1);
        json().queryParam("newAtEventId", event).get("/api/companies").then().body("items.id", contains((int) company));

        json().delete("/api/events/" + event + "/check-ins/" + registration.getLong("id")).then().statusCode(200);
        newCompaniesAt(event, 0);
        json().queryParam("newAtEventId", event).get("/api/companies").then().body("total", equalTo(0));
    }

    private static void newCompaniesAt(long event, int expected) {
        json().get("/api/reports/events").then().statusCode(200)
                .body("events.find { it.eventId == " + event + " }.newCompanies", equalTo(expected));
    }

    private static io.restassured.response.ValidatableResponse funnel(long programme, String district) {
        return json().queryParam("programmeId", programme).queryParam("district", district)
                .get("/api/reports/funnel").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse needs(String district) {
        return json().queryParam("district", district).get("/api/reports/needs").then().statusCode(200);
    }

    private static long newProgramme() {
        return json().body(Map.of("name", unique("Feiten"), "themes", List.of("DIGITAL"), "startDate", "2026-01-01"))
                .post("/api/programmes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> stagesOf(long programme) {
        return json().get("/api/programmes/" + programme + "/stages").then().extract().jsonPath()
                .getList("id", Long.class);
    }

    private static long companyIn(String district) {
        Map<String, Object> body = Fixtures.companyBody(unique("Feitbedrijf"), "3011 AB");
        body.put("district", district);
        return json().body(body).post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void record(long company, long programme, long stage, String day) {
        json().body(Map.of("companyId", company, "programmeId", programme, "stageId", stage, "reachedAt",
                day + "T11:00:00Z")).post("/api/stage-records").then().statusCode(201);
    }
}
