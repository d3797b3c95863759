package nl.aanjager.programmes;

import static nl.aanjager.common.Api.etag;
import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.programmes.ProgrammeFixtures.newProgramme;
import static nl.aanjager.programmes.ProgrammeFixtures.stageIds;
import static nl.aanjager.programmes.ProgrammeFixtures.targetBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class ProgrammeTargetResourceTest {

    private static String targets(long programmeId) {
        return "/api/programmes/" + programmeId + "/targets";
    }

    @Test
    void setsChangesAndRemovesATarget() {
        long programme = newProgramme("Targets");
        long inspired = stageIds(programme).get(0);
        long activated = stageIds(programme).get(2);
        long id = json().body(targetBody("5,000 SMEs inspired", inspired, 5000)).post(targets(programme)).then()
                .statusCode(201)
                .body("targetCount", equalTo(5000))
                .body("deadline", equalTo("2027-12-31"))
                .extract().jsonPath().getLong("id");

        json().header("If-Match", etag(0)).body(targetBody("500 activated", activated, 500))
                .put(targets(programme) + "/" + id).then()
                .statusCode(200).body("stageId", equalTo((int) activated)).body("version", equalTo(1));
        json().get(targets(programme)).then().body("name", contains("500 activated"));

        json().delete(targets(programme) + "/" + id).then().statusCode(204);
        json().get(targets(programme)).then().body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void aTargetMustCountOnAStageOfItsOwnProgramme() {
        long programme = newProgramme("Own stage");
        long foreignStage = stageIds(newProgramme("Foreign stage")).get(0);
        json().body(targetBody("Wrong funnel", foreignStage, 10)).post(targets(programme)).then()
                .statusCode(400).body("errors[0].field", equalTo("stageId"));
        json().get(targets(programme)).then().body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void rejectsNonPositiveCountsAndMissingDeadlines() {
        long programme = newProgramme("Counts");
        long stage = stageIds(programme).get(0);
        Map<String, Object> zero = targetBody("Nothing", stage, 0);
        zero.remove("deadline");
        json().body(zero).post(targets(programme)).then()
                .statusCode(400).body("errors.field", contains("deadline", "targetCount"));
    }

    @Inject
    ProgrammeService programmes;

    @Test
    @TestSecurity(user = "partner", roles = "partner")
    void partnersReadTargetsButDoNotSetThem() {
        Programme programme = programmes.create(new ProgrammeDtos.ProgrammeRequest(unique("Partner view"), null,
                Set.of(Theme.DIGITAL), LocalDate.of(2025, 1, 1), null));
        json().get(targets(programme.id)).then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        json().body(targetBody("x", 1, 1)).post(targets(programme.id)).then().statusCode(403);
    }
}
