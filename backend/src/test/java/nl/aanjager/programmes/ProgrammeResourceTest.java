package nl.aanjager.programmes;

import static nl.aanjager.common.Api.etag;
import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.programmes.ProgrammeFixtures.newProgramme;
import static nl.aanjager.programmes.ProgrammeFixtures.programmeBody;
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
@TestSecurity(user = "staff", roles = "staff")
class ProgrammeResourceTest {

    @Test
    void aNewProgrammeStartsWithTheDefaultFunnel() {
        String name = unique("MKB010>>Next");
        long id = json().body(programmeBody(name)).post("/api/programmes").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("themes", contains("SUSTAINABLE", "DIGITAL"))
                .body("startDate", equalTo("2025-01-01"))
                .extract().jsonPath().getLong("id");

        json().get("/api/programmes/" + id + "/stages").then()
                .statusCode(200)
                .body("code", contains("inspired", "informed", "activated"))
                .body("position", contains(1, 2, 3));
    }

    @Test
    void rejectsAnEndBeforeTheStartAndMissingFields() {
        Map<String, Object> body = programmeBody(unique("Backwards"));
        body.put("endDate", "2024-12-31");
        json().body(body).post("/api/programmes").then()
                .statusCode(400)
                .body("errors.field", contains("endDate"));

        json().body(Map.of("name", "")).post("/api/programmes").then()
                .statusCode(400)
                .body("errors.field", contains("name", "startDate", "themes"));

        Map<String, Object> badDate = programmeBody(unique("Bad date"));
        badDate.put("startDate", "31-12-2025");
        json().body(badDate).post("/api/programmes").then()
                .statusCode(400).body("errors[0].field", equalTo("startDate"));

        Map<String, Object> badTheme = programmeBody(unique("Bad theme"));
        badTheme.put("themes", List.of("SPACE"));
        json().body(badTheme).post("/api/programmes").then()
                .statusCode(400).body("errors[0].field", equalTo("themes[0]"));
    }

    @Test
    void filtersByThemeAndSearchesByName() {
        String tag = unique("Thema");
        Map<String, Object> circular = programmeBody(tag + " circulair");
        circular.put("themes", List.of("CIRCULAR"));
        json().body(circular).post("/api/programmes").then().statusCode(201);
        json().body(programmeBody(tag + " digitaal")).post("/api/programmes").then().statusCode(201);

        json().queryParam("q", tag).queryParam("theme", "CIRCULAR").get("/api/programmes").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.name", contains(tag + " circulair"));
        json().queryParam("q", tag).queryParam("sort", "-name").get("/api/programmes").then()
                .body("items.name", contains(tag + " digitaal", tag + " circulair"));
        json().queryParam("theme", "SPACE").get("/api/programmes").then().statusCode(400);
    }

    @Test
    void updatesUnderIfMatchAndRefusesStaleWrites() {
        long id = newProgramme("Versioned");
        Map<String, Object> change = programmeBody(unique("Versioned v2"));
        change.put("themes", List.of("CIRCULAR"));
        json().header("If-Match", etag(0)).body(change).put("/api/programmes/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("themes", contains("CIRCULAR"));
        json().header("If-Match", etag(0)).body(programmeBody(unique("Stale"))).put("/api/programmes/" + id).then()
                .statusCode(412);
        json().body(programmeBody(unique("No precondition"))).put("/api/programmes/" + id).then().statusCode(428);
        json().get("/api/programmes/" + id).then().body("name", equalTo(change.get("name")));
    }

    @Test
    void duplicateNamesConflict() {
        String name = unique("Smart Industry");
        json().body(programmeBody(name)).post("/api/programmes").then().statusCode(201);
        json().body(programmeBody(name)).post("/api/programmes").then()
                .statusCode(409).body("detail", containsString("already exists"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void deletingAProgrammeRemovesItsStagesAndTargets() {
        long id = newProgramme("Temporary");
        long stage = stageIds(id).get(0);
        json().body(targetBody("100 inspired", stage, 100)).post("/api/programmes/" + id + "/targets")
                .then().statusCode(201);

        json().delete("/api/programmes/" + id).then().statusCode(204);
        json().get("/api/programmes/" + id).then().statusCode(404);
        json().get("/api/programmes/" + id + "/stages").then().statusCode(404);
        json().get("/api/programmes/" + id + "/targets").then().statusCode(404);
    }

    @Test
    void staffMayNotDeleteProgrammes() {
        long id = newProgramme("Kept");
        json().delete("/api/programmes/" + id).then().statusCode(403);
    }
}
