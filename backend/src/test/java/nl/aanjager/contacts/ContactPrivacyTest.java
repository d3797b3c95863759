package nl.aanjager.contacts;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.activityBody;
import static nl.aanjager.common.Fixtures.demoProgramme;
import static nl.aanjager.common.Fixtures.demoStage;
import static nl.aanjager.common.Fixtures.newActivity;
import static nl.aanjager.common.Fixtures.newCompany;
import static nl.aanjager.common.Fixtures.newContact;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ContactPrivacyTest {
    @Inject
    EntityManager entityManager;

    @Test
    void consentNeedsAPurposeAndASource() {
        long company = newCompany(unique("Toestemming"));
        json().body(Map.of("companyId", company, "name", "Ria Rood", "consentPurpose", "nieuwsbrief"))
                .post("/api/contacts").then()
                .statusCode(400).body("errors[0].field", equalTo("consentSource"));
        json().body(Map.of("companyId", company, "name", "Ria Rood", "email", "geen-email"))
                .post("/api/contacts").then()
                .statusCode(400).body("errors[0].field", equalTo("email"));
        json().queryParam("companyId", company).get("/api/contacts").then().body("total", equalTo(0));
    }

    @Test
    void exportsEverythingHeldAboutAPersonAndAuditsIt() {
        long company = newCompany(unique("Inzage"));
        long contact = newContact(company, "Inge Inzage", "inge@inzage.example");
        Map<String, Object> activity = activityBody(company, 1L);
        activity.put("contactId", contact);
        newActivity(activity);
        json().body(Map.of("contactId", contact, "programmeId", demoProgramme(), "termStart", "2026-01-01"))
                .post("/api/ambassadors").then().statusCode(201);

        json().get("/api/contacts/" + contact + "/export").then()
                .statusCode(200)
                .body("contact.name", equalTo("Inge Inzage"))
                .body("contact.consentSource", equalTo("Adviesgesprek"))
                .body("related.activities", hasSize(1))
                .body("related.activities[0].summary", containsString("financing"))
                .body("related.ambassadorships", hasSize(1));
        json().queryParam("entityType", "contact").queryParam("entityId", contact).get("/api/audit").then()
                .body("items.action", contains("contact.exported", "contact.created"));
    }

    @Test
    void erasureLeavesNoPersonalValueInAnyTableWhileReportCountsStay() {
        long company = newCompany(unique("Vergeten"));
        String name = "Xaveria Vergeetmij";
        String email = "xaveria.vergeetmij@vergeten.example";
        long contact = json().body(Map.of("companyId", company, "name", name, "email", email, "phone",
                "+31 6 9876 5432", "jobTitle", "Chef Xaveriazaken")).post("/api/contacts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> activity = activityBody(company, 1L);
        activity.put("contactId", contact);
        activity.put("summary", "Spoke with " + name + " (" + email + ", +31 6 9876 5432) about premises");
        activity.put("programmeId", demoProgramme());
        activity.put("stageId", demoStage("informed"));
        newActivity(activity);
        long stageRecordsBefore = countStageRecords(company);

        json().post("/api/contacts/" + contact + "/erasure").then()
                .statusCode(200)
                .body("erased", equalTo(true))
                .body("name", nullValue())
                .body("email", nullValue());

        for (String value : List.of("Xaveria", "Vergeetmij", email, "9876 5432")) {
            assertEquals(List.of(), columnsContaining(value), "personal value '" + value + "' is still stored");
        }
        assertEquals(stageRecordsBefore, countStageRecords(company), "erasure must not touch funnel records");
        json().get("/api/companies/" + company + "/funnel").then()
                .body("[0].currentStageId", equalTo((int) demoStage("informed")));
        json().queryParam("companyId", company).get("/api/activities").then()
                .body("items[0].summary", containsString("[verwijderd]"));
        json().queryParam("entityType", "contact").queryParam("entityId", contact).get("/api/audit").then()
                .body("items[0].action", equalTo("contact.erased"));
        json().post("/api/contacts/" + contact + "/erasure").then().statusCode(200).body("erased", equalTo(true));
        json().header("If-Match", "\"1\"").body(Map.of("companyId", company, "name", "Terug")).put("/api/contacts/" + contact)
                .then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "staff", roles = "staff")
    void onlyAdminsExportOrErase() {
        long company = newCompany(unique("Alleen admin"));
        long contact = newContact(company, "Sam Staf", null);
        json().get("/api/contacts/" + contact + "/export").then().statusCode(403);
        json().post("/api/contacts/" + contact + "/erasure").then().statusCode(403);
        json().get("/api/contacts/" + contact).then().statusCode(200).body("name", equalTo("Sam Staf"));
    }

    private long countStageRecords(long company) {
        return ((Number) entityManager.createNativeQuery("select count(*) from stage_record where company_id = ?1")
                .setParameter(1, company).getSingleResult()).longValue();
    }

    /** Every text column of every table in our schema that holds the value (case-insensitive). */
    private List<String> columnsContaining(String value) {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = entityManager.createNativeQuery("""
                select table_name, column_name from information_schema.columns
                where table_schema = 'public' and data_type in ('text', 'character varying', 'ARRAY')
                  and table_name <> 'flyway_schema_history'
                """).getResultList();
        List<String> hits = new ArrayList<>();
        for (Object[] column : columns) {
            String sql = "select count(*) from " + column[0] + " where cast(" + column[1] + " as text) ilike ?1";
            long count = ((Number) entityManager.createNativeQuery(sql).setParameter(1, "%" + value + "%")
                    .getSingleResult()).longValue();
            if (count > 0) {
                hits.add(column[0] + "." + column[1]);
            }
        }
        return hits;
    }

}
