package nl.aanjager.companies;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.activityBody;
import static nl.aanjager.common.Fixtures.demoProgramme;
import static nl.aanjager.common.Fixtures.demoStage;
import static nl.aanjager.common.Fixtures.newActivity;
import static nl.aanjager.common.Fixtures.newCompany;
import static nl.aanjager.common.Fixtures.newContact;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class CompanyMergeTest {
    private static final List<String> CHILD_TABLES = List.of("contact", "activity", "referral", "stage_record");

    @Inject
    EntityManager entityManager;

    @Test
    void mergingMovesEveryChildRowToTheSurvivorAndKeepsBothHistories() {
        long survivor = newCompany(unique("Overblijver"));
        long duplicate = newCompany(unique("Dubbele"));
        for (long company : List.of(survivor, duplicate)) {
            newContact(company, "Contact " + company, null);
            Map<String, Object> activity = activityBody(company, 1L);
            activity.put("programmeId", demoProgramme());
            activity.put("stageId", demoStage("inspired"));
            newActivity(activity);
            json().body(Map.of("companyId", company, "fromPartnerId", 1, "toPartnerId", 2, "reason", "financing"))
                    .post("/api/referrals").then().statusCode(201);
        }
        int duplicateTimeline = json().queryParam("size", 100).get("/api/companies/" + duplicate + "/timeline")
                .then().extract().jsonPath().getList("$").size();

        json().body(Map.of("duplicateId", duplicate)).post("/api/companies/" + survivor + "/merge").then()
                .statusCode(200).body("id", equalTo((int) survivor));

        for (String table : CHILD_TABLES) {
            assertEquals(0, rows(table, duplicate), table + " rows left at the duplicate");
            assertEquals(2, rows(table, survivor), table + " rows at the survivor");
        }
        json().get("/api/companies/" + duplicate).then().body("mergedIntoId", equalTo((int) survivor));
        List<String> kinds = json().queryParam("size", 100).get("/api/companies/" + survivor + "/timeline")
                .then().statusCode(200)
                .body("label", hasItems("company.merged", "company.created"))
                .extract().jsonPath().getList("kind");
        org.junit.jupiter.api.Assertions.assertTrue(kinds.size() >= 2 * duplicateTimeline,
                "the survivor's timeline holds both histories: " + kinds);
        json().queryParam("entityType", "company").queryParam("entityId", duplicate).get("/api/audit").then()
                .statusCode(403);
    }

    @Test
    void mergeRefusesItselfAnUnknownOrAnAlreadyMergedRecord() {
        long survivor = newCompany(unique("Blijft"));
        long duplicate = newCompany(unique("Gaat op"));
        json().body(Map.of("duplicateId", survivor)).post("/api/companies/" + survivor + "/merge").then()
                .statusCode(400);
        json().body(Map.of("duplicateId", 987654321)).post("/api/companies/" + survivor + "/merge").then()
                .statusCode(400);
        json().body(Map.of("duplicateId", duplicate)).post("/api/companies/" + survivor + "/merge").then()
                .statusCode(200);
        json().body(Map.of("duplicateId", duplicate)).post("/api/companies/" + survivor + "/merge").then()
                .statusCode(409);
        json().body(Map.of("duplicateId", survivor)).post("/api/companies/" + duplicate + "/merge").then()
                .statusCode(409).body("existing", equalTo("/api/companies/" + survivor));
        json().queryParam("q", "Gaat op").get("/api/companies").then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem((int) duplicate)));
    }

    private long rows(String table, long companyId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + table + " where company_id = ?1")
                .setParameter(1, companyId).getSingleResult()).longValue();
    }
}
