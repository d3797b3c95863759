package nl.aanjager.funnel;

import static nl.aanjager.common.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.aanjager.common.Api;
import nl.aanjager.common.Fixtures;
import org.junit.jupiter.api.Test;

/** A withdrawn stage record names who withdrew it as people read them, with real tokens of the realm. */
@QuarkusTest
class StageRecordWithdrawerNameTest {
    @Test
    void aWithdrawnRecordKeepsTheNameOfWhoWithdrewItBesideTheAccount() {
        long company = as("staff").body(Fixtures.companyBody(Api.unique("Teruggenomen"), "3011 AB"))
                .post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");
        long programme = as("staff").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        long inspired = as("staff").get("/api/programmes/" + programme + "/stages").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.code == 'inspired' }.id");
        long record = as("staff").body(Map.of("companyId", company, "programmeId", programme, "stageId", inspired,
                "reachedAt", "2026-01-05T09:00:00Z", "creditedPartnerId", 1)).post("/api/stage-records").then().statusCode(201).extract().jsonPath().getLong("id");

        as("staff").body(Map.of("reason", "Verkeerd bedrijf")).post("/api/stage-records/" + record + "/withdrawal")
                .then().statusCode(200)
                .body("withdrawnBy", equalTo("staff"))
                // Sami Staf: the realm's first and last name, in the token's name claim
                .body("withdrawnByName", equalTo("Sami Staf"));
        as("partner1").queryParam("companyId", company).queryParam("includeWithdrawn", true)
                .get("/api/stage-records").then().statusCode(200)
                .body("withdrawnByName", hasItem("Sami Staf"));
    }
}
