package nl.aanjager.funnel;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.demoProgramme;
import static nl.aanjager.common.Fixtures.demoStage;
import static nl.aanjager.common.Fixtures.newActivity;
import static nl.aanjager.common.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import nl.aanjager.common.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class FunnelTest {
    @Inject
    EntityManager entityManager;

    private static long record(long company, String stageCode, String reachedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyId", company);
        body.put("programmeId", demoProgramme());
        body.put("stageId", demoStage(stageCode));
        body.put("reachedAt", reachedAt);
        body.put("creditedPartnerId", 1);
        return json().body(body).post("/api/stage-records").then()
                .statusCode(201).body("source", equalTo("MANUAL")).extract().jsonPath().getLong("id");
    }

    private static String funnel(long company) {
        return "/api/companies/" + company + "/funnel";
    }

    @Test
    void theCurrentStageIsTheHighestReachedWhateverTheOrderOfRecording() {
        long company = newCompany(unique("Volgorde"));
        record(company, "activated", "2026-03-10T10:00:00Z");
        record(company, "inspired", "2026-01-05T09:00:00Z");
        record(company, "informed", "2026-04-01T09:00:00Z");

        json().get(funnel(company)).then()
                .statusCode(200)
                .body("[0].programmeName", equalTo("MKB010>>Next 2.0"))
                .body("[0].currentStageId", equalTo((int) demoStage("activated")))
                .body("[0].stages.code", contains("inspired", "informed", "activated"))
                .body("[0].stages.reached", contains(true, true, true))
                // informed was first entered when the company reached activated (a later stage)
                .body("[0].stages.firstEnteredAt", contains("2026-01-05T09:00:00Z", "2026-03-10T10:00:00Z",
                        "2026-03-10T10:00:00Z"))
                .body("[0].stages.reachedViaLaterStage", contains(false, true, false))
                // passed on the way to activated: no days spent in informed to count
                .body("[0].stages.daysBeforeNext", contains(64.0f, null, null));
    }

    @Test
    void recordingAStageAlreadyPassedChangesNothingDerived() {
        long company = newCompany(unique("Al voorbij"));
        record(company, "informed", "2026-02-01T09:00:00Z");
        String before = json().get(funnel(company)).then().extract().asString();
        record(company, "inspired", "2026-05-01T09:00:00Z");
        String after = json().get(funnel(company)).then().extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(before, after);
        json().queryParam("companyId", company).get("/api/stage-records").then().body("$", hasSize(2));
    }

    @Test
    void aWithdrawnRecordStaysVisibleAndTheDerivedStageFollows() {
        long company = newCompany(unique("Vergissing"));
        record(company, "inspired", "2026-01-05T09:00:00Z");
        long wrong = record(company, "activated", "2026-02-05T09:00:00Z");

        json().body(Map.of("reason", " ")).post("/api/stage-records/" + wrong + "/withdrawal").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        json().body(Map.of("reason", "Wrong company")).post("/api/stage-records/" + wrong + "/withdrawal").then()
                .statusCode(200)
                .body("withdrawnBy", equalTo("staff"))
                .body("withdrawalReason", equalTo("Wrong company"));

        json().get(funnel(company)).then()
                .body("[0].currentStageId", equalTo((int) demoStage("inspired")))
                .body("[0].stages.reached", contains(true, false, false))
                .body("[0].stages[0].daysBeforeNext", nullValue());
        json().queryParam("companyId", company).get("/api/stage-records").then().body("$", hasSize(1));
        json().queryParam("companyId", company).queryParam("includeWithdrawn", true).get("/api/stage-records").then()
                .body("$", hasSize(2));
        json().get("/api/companies/" + company + "/timeline").then()
                .body("kind", contains("STAGE_WITHDRAWN", "CHANGE", "STAGE_REACHED", "STAGE_REACHED"));
    }

    @Test
    void aStageMustBelongToTheProgramme() {
        long company = newCompany(unique("Ander programma"));
        long otherProgramme = json().queryParam("q", "Smart Industry Rotterdam").get("/api/programmes").then()
                .extract().jsonPath().getLong("items[0].id");
        json().body(Map.of("companyId", company, "programmeId", otherProgramme, "stageId", demoStage("inspired")))
                .post("/api/stage-records").then()
                .statusCode(400).body("errors[0].field", equalTo("stageId"));
        json().body(Map.of("companyId", 987654321, "programmeId", otherProgramme, "stageId", demoStage("inspired")))
                .post("/api/stage-records").then()
                .statusCode(400).body("errors[0].field", equalTo("companyId"));
        json().get("/api/stage-records").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "partner2", roles = "partner")
    @OidcSecurity(claims = @Claim(key = "partner_id", value = "2"))
    void aPartnerCreditsItselfOnlyThroughItsOwnActivityAndMayWithdrawThatCredit() {
        long company = newCompany(unique("Partnerkrediet"));
        Map<String, Object> manual = new HashMap<>(Map.of("companyId", company, "programmeId", demoProgramme(),
                "stageId", demoStage("inspired")));
        json().body(manual).post("/api/stage-records").then()
                .statusCode(403).body("type", equalTo("urn:aanjager:problem:forbidden"))
                .body("errors[0].field", equalTo("source"));
        long activity = newActivity(Fixtures.activityBody(company, null));
        Map<String, Object> sourced = new HashMap<>(manual);
        sourced.put("source", "ACTIVITY");
        sourced.put("sourceId", activity);
        sourced.put("creditedPartnerId", 1);
        json().body(sourced).post("/api/stage-records").then()
                .statusCode(403).body("errors[0].field", equalTo("creditedPartnerId"));
        sourced.remove("creditedPartnerId");
        long own = json().body(sourced).post("/api/stage-records").then()
                .statusCode(201).body("creditedPartnerId", equalTo(2)).body("source", equalTo("ACTIVITY"))
                .body("sourceId", equalTo((int) activity)).extract().jsonPath().getLong("id");
        json().body(Map.of("reason", "mine")).post("/api/stage-records/" + own + "/withdrawal").then()
                .statusCode(200);
        assertEquals(1, countStageRecords(company), "the refused requests recorded nothing");
    }

    @Test
    @TestSecurity(user = "staff", roles = "staff")
    void staffCreditAnyPartnerByHandAndItIsAudited() {
        long company = newCompany(unique("Handmatig"));
        long record = json().body(Map.of("companyId", company, "programmeId", demoProgramme(), "stageId",
                demoStage("informed"), "creditedPartnerId", 3)).post("/api/stage-records").then()
                .statusCode(201).body("source", equalTo("MANUAL")).body("creditedPartnerId", equalTo(3))
                .extract().jsonPath().getLong("id");
        Map<String, Object> bad = new HashMap<>(Map.of("companyId", company, "programmeId", demoProgramme(),
                "stageId", demoStage("informed"), "source", "ACTIVITY", "sourceId", 987654321));
        json().body(bad).post("/api/stage-records").then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
        bad.put("source", "IMPORT");
        json().body(bad).post("/api/stage-records").then().statusCode(400).body("errors[0].field", equalTo("source"));
        assertEquals(1, auditEntries("stage-record.recorded", record));
    }

    private long countStageRecords(long company) {
        return ((Number) entityManager.createNativeQuery("select count(*) from stage_record where company_id = ?1")
                .setParameter(1, company).getSingleResult()).longValue();
    }

    private long auditEntries(String action, long record) {
        return ((Number) entityManager.createNativeQuery(
                "select count(*) from audit_entry where action = ?1 and entity_id = ?2")
                .setParameter(1, action).setParameter(2, record).getSingleResult()).longValue();
    }
}
