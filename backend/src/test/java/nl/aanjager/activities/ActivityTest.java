package nl.aanjager.activities;

import static nl.aanjager.common.Api.etag;
import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.activityBody;
import static nl.aanjager.common.Fixtures.demoProgramme;
import static nl.aanjager.common.Fixtures.demoStage;
import static nl.aanjager.common.Fixtures.newActivity;
import static nl.aanjager.common.Fixtures.newCompany;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "partner1", roles = "partner")
@OidcSecurity(claims = @Claim(key = "partner_id", value = "1"))
class ActivityTest {

    @Test
    void aPartnerRecordsAnActivityForItselfThatCreditsAStage() {
        long company = newCompany(unique("Klant"));
        Map<String, Object> body = activityBody(company, null);
        body.put("programmeId", demoProgramme());
        body.put("stageId", demoStage("informed"));
        long id = json().body(body).post("/api/activities").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/activities/"))
                .body("partnerId", equalTo(1))
                .body("themes", contains("DIGITAL"))
                .body("needs", contains("FINANCING"))
                .extract().jsonPath().getLong("id");

        json().queryParam("companyId", company).get("/api/stage-records").then()
                .body("$", hasSize(1))
                .body("[0].source", equalTo("ACTIVITY"))
                .body("[0].sourceId", equalTo((int) id))
                .body("[0].creditedPartnerId", equalTo(1))
                .body("[0].reachedAt", equalTo("2026-03-01T23:00:00Z"));
        json().get("/api/companies/" + company + "/funnel").then()
                .body("[0].currentStageId", equalTo((int) demoStage("informed")));
    }

    @Test
    void aPartnerCannotRecordForAnotherPartner() {
        long company = newCompany(unique("Namens"));
        json().body(activityBody(company, 2L)).post("/api/activities").then()
                .statusCode(400).body("errors[0].field", equalTo("partnerId"));
        json().queryParam("companyId", company).get("/api/activities").then().body("total", equalTo(0));
    }

    @Test
    void rejectsBadActivities() {
        long company = newCompany(unique("Fout"));
        Map<String, Object> future = activityBody(company, null);
        future.put("occurredOn", "2999-01-01");
        json().body(future).post("/api/activities").then()
                .statusCode(400).body("errors[0].field", equalTo("occurredOn"));
        Map<String, Object> halfCredit = activityBody(company, null);
        halfCredit.put("stageId", demoStage("informed"));
        json().body(halfCredit).post("/api/activities").then()
                .statusCode(400).body("errors[0].field", equalTo("stageId"));
        Map<String, Object> badNeed = activityBody(company, null);
        badNeed.put("needs", List.of("WORLD_PEACE"));
        json().body(badNeed).post("/api/activities").then().statusCode(400);
        json().queryParam("companyId", company).get("/api/activities").then().body("total", equalTo(0));
        json().queryParam("companyId", company).get("/api/stage-records").then().body("$", hasSize(0));
    }

    @Test
    void changingTheCreditWithdrawsTheOldRecordAndDeletingWithdrawsTheNew() {
        long company = newCompany(unique("Herzien"));
        Map<String, Object> body = activityBody(company, null);
        body.put("programmeId", demoProgramme());
        body.put("stageId", demoStage("inspired"));
        long id = newActivity(body);

        body.put("stageId", demoStage("activated"));
        json().header("If-Match", etag(0)).body(body).put("/api/activities/" + id).then().statusCode(200);
        json().queryParam("companyId", company).queryParam("includeWithdrawn", true).get("/api/stage-records").then()
                .body("stageId", contains((int) demoStage("activated"), (int) demoStage("inspired")))
                .body("withdrawnAt[0]", nullValue());

        json().delete("/api/activities/" + id).then().statusCode(204);
        json().queryParam("companyId", company).get("/api/stage-records").then().body("$", hasSize(0));
        json().get("/api/companies/" + company + "/funnel").then().body("$", hasSize(0));
    }
}
