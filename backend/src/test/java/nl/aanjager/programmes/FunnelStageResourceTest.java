package nl.aanjager.programmes;

import static nl.aanjager.common.Api.etag;
import static nl.aanjager.common.Api.json;
import static nl.aanjager.programmes.ProgrammeFixtures.newProgramme;
import static nl.aanjager.programmes.ProgrammeFixtures.stageIds;
import static nl.aanjager.programmes.ProgrammeFixtures.targetBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class FunnelStageResourceTest {

    private static String stages(long programmeId) {
        return "/api/programmes/" + programmeId + "/stages";
    }

    @Test
    void adminAddsAStageAtTheEndOfTheFunnel() {
        long programme = newProgramme("Funnel");
        json().body(Map.of("code", "grown", "name", "Grown")).post(stages(programme)).then()
                .statusCode(201)
                .header("Location", containsString(stages(programme) + "/"))
                .body("position", equalTo(4));
        json().get(stages(programme)).then().body("code", contains("inspired", "informed", "activated", "grown"));
    }

    @Test
    void stageCodesAreValidatedAndUniquePerProgramme() {
        long programme = newProgramme("Codes");
        json().body(Map.of("code", "Not Valid!", "name", "x")).post(stages(programme)).then()
                .statusCode(400).body("errors.field", contains("code"));
        json().body(Map.of("code", "informed", "name", "Again")).post(stages(programme)).then()
                .statusCode(409);
        long other = newProgramme("Other codes");
        json().body(Map.of("code", "grown", "name", "Grown")).post(stages(other)).then().statusCode(201);
        json().body(Map.of("code", "grown", "name", "Grown")).post(stages(programme)).then().statusCode(201);
    }

    @Test
    void renamesAStageUnderIfMatch() {
        long programme = newProgramme("Rename");
        long informed = stageIds(programme).get(1);
        json().header("If-Match", etag(0)).body(Map.of("code", "informed", "name", "Geïnformeerd"))
                .put(stages(programme) + "/" + informed).then()
                .statusCode(200).body("name", equalTo("Geïnformeerd")).body("version", equalTo(1));
        json().header("If-Match", etag(0)).body(Map.of("code", "informed", "name", "Stale"))
                .put(stages(programme) + "/" + informed).then().statusCode(412);
    }

    @Test
    void reordersStagesAndRejectsAnIncompleteOrder() {
        long programme = newProgramme("Reorder");
        List<Long> ids = stageIds(programme);
        json().body(Map.of("stageIds", List.of(ids.get(2), ids.get(0), ids.get(1)))).put(stages(programme) + "/order")
                .then().statusCode(200)
                .body("code", contains("activated", "inspired", "informed"))
                .body("position", contains(1, 2, 3));

        json().body(Map.of("stageIds", List.of(ids.get(0), ids.get(1)))).put(stages(programme) + "/order").then()
                .statusCode(400).body("errors[0].field", equalTo("stageIds"));
        json().body(Map.of("stageIds", List.of(ids.get(0), ids.get(0), ids.get(1)))).put(stages(programme) + "/order")
                .then().statusCode(400);
        json().get(stages(programme)).then().body("code", contains("activated", "inspired", "informed"));
    }

    @Test
    void deletesAnUnusedStageAndClosesTheGap() {
        long programme = newProgramme("Delete stage");
        long informed = stageIds(programme).get(1);
        json().delete(stages(programme) + "/" + informed).then().statusCode(204);
        json().get(stages(programme)).then()
                .body("code", contains("inspired", "activated"))
                .body("position", contains(1, 2));
        json().delete(stages(programme) + "/" + informed).then().statusCode(404);
    }

    @Test
    void refusesToDeleteAStageATargetCountsOn() {
        long programme = newProgramme("Used stage");
        long inspired = stageIds(programme).get(0);
        json().body(targetBody("5,000 inspired", inspired, 5000)).post("/api/programmes/" + programme + "/targets")
                .then().statusCode(201);
        json().delete(stages(programme) + "/" + inspired).then()
                .statusCode(409).body("detail", containsString("target"));
        json().get(stages(programme)).then().body("code", contains("inspired", "informed", "activated"));
    }

    @Test
    void stagesOfAnUnknownProgrammeAre404() {
        json().get(stages(987654321)).then().statusCode(404);
        json().body(Map.of("code", "x", "name", "x")).post(stages(987654321)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "staff", roles = "staff")
    void onlyAdminsChangeTheFunnel() {
        long programme = newProgramme("Staff funnel");
        json().get(stages(programme)).then().statusCode(200);
        json().body(Map.of("code", "grown", "name", "Grown")).post(stages(programme)).then().statusCode(403);
    }
}
