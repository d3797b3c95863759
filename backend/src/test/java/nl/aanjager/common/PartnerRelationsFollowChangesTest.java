package nl.aanjager.common;

import static nl.aanjager.common.Api.as;
import static nl.aanjager.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * partner_person and partner_company are kept by triggers (V9); whatever writes happen, they must
 * equal a recomputation from the views that define the relations. This drives every kind of write
 * that changes a relation, through the API, and compares table by table.
 */
@QuarkusTest
class PartnerRelationsFollowChangesTest {
    private static final String PEOPLE_DIFFER = """
            select count(*) from ((select partner_id, contact_id from partner_person
                                   except select partner_id, contact_id from partner_person_relation)
                                  union all (select partner_id, contact_id from partner_person_relation
                                   except select partner_id, contact_id from partner_person)) d
            """;
    private static final String COMPANIES_DIFFER = PEOPLE_DIFFER.replace("partner_person", "partner_company")
            .replace("contact_id", "company_id");

    @Inject
    EntityManager entityManager;

    private long differing(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private void assertFactsFollow(String after) {
        assertEquals(0, differing(PEOPLE_DIFFER), "partner_person after " + after);
        assertEquals(0, differing(COMPANIES_DIFFER), "partner_company after " + after);
    }

    private static long id(Response response) {
        return response.then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long company(String name) {
        return id(as("admin").body(Fixtures.companyBody(unique(name), "3011 AB")).post("/api/companies"));
    }

    @Test
    void theFactsEqualARecomputationAfterEveryKindOfWrite() {
        long a = company("Feiten A");
        long b = company("Feiten B");
        long anna = id(as("partner1").body(Map.of("companyId", a, "name", unique("Anna"))).post("/api/contacts"));
        long bob = id(as("partner1").body(Map.of("companyId", b, "name", unique("Bob"))).post("/api/contacts"));
        assertFactsFollow("contacts entered");

        Map<String, Object> visit = Fixtures.activityBody(a, null);
        visit.put("contactId", anna);
        Response activity = as("partner1").body(visit).post("/api/activities");
        long activityId = id(activity);
        visit.remove("contactId");
        as("partner1").header("If-Match", activity.header("ETag")).body(visit).put("/api/activities/" + activityId)
                .then().statusCode(200);
        assertFactsFollow("an activity named a person, then no longer");
        long programme = as("admin").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .extract().jsonPath().getLong("items[0].id");
        long stage = as("admin").get("/api/programmes/" + programme + "/stages").then().extract().jsonPath()
                .getLong("[0].id");
        long credit = id(as("partner1").body(Map.of("companyId", a, "programmeId", programme, "stageId", stage,
                "source", "ACTIVITY", "sourceId", activityId)).post("/api/stage-records"));
        as("partner1").delete("/api/activities/" + activityId).then().statusCode(204);
        assertFactsFollow("an activity and the credit it sourced went");
        as("admin").body(Map.of("reason", "test")).post("/api/stage-records/" + credit + "/withdrawal").then()
                .statusCode(200);
        id(as("admin").body(Map.of("companyId", b, "programmeId", programme, "stageId", stage,
                "creditedPartnerId", 4)).post("/api/stage-records"));
        assertFactsFollow("credits recorded and withdrawn");

        id(as("partner1").body(Map.of("companyId", a, "toPartnerId", 2, "reason", "Warm", "contactId", anna))
                .post("/api/referrals"));
        Map<String, Object> shared = new HashMap<>(Map.of("companyId", b, "name", unique("Bob"),
                "consentPurpose", "Netwerk", "consentSource", "Gesprek", "sharedWithPartnerIds", List.of(2, 3)));
        String etag = as("partner1").get("/api/contacts/" + bob).header("ETag");
        Response sharing = as("partner1").header("If-Match", etag).body(shared).put("/api/contacts/" + bob);
        sharing.then().statusCode(200);
        shared.put("sharedWithPartnerIds", List.of(3));
        as("partner1").header("If-Match", sharing.header("ETag")).body(shared).put("/api/contacts/" + bob).then()
                .statusCode(200);
        assertFactsFollow("a referral named a person and consent to share changed");

        Map<String, Object> event = new HashMap<>(Map.of("programmeId", programme, "title", unique("Feiten"),
                "type", "WORKSHOP", "startsAt", OffsetDateTime.now().minusHours(1).toString(),
                "endsAt", OffsetDateTime.now().plusHours(2).toString(), "organiserIds", List.of(1)));
        Response created = as("partner2").body(event).post("/api/events");
        long eventId = id(created);
        as("partner2").post("/api/events/" + eventId + "/publication").then().statusCode(200);
        long carla = id(as("partner2").body(Map.of("companyId", b, "name", unique("Carla"))).post("/api/contacts"));
        id(as("partner2").body(Map.of("contactId", carla)).post("/api/events/" + eventId + "/registrations"));
        as("partner1").post("/api/events/" + eventId + "/invitation/acceptance").then().statusCode(200);
        assertFactsFollow("a registration, then an organiser accepting");
        event.put("organiserIds", List.of(2));
        String eventEtag = as("staff").get("/api/events/" + eventId).header("ETag");
        as("staff").header("If-Match", eventEtag).body(event).put("/api/events/" + eventId).then().statusCode(200);
        as("checkin").body(Map.of("companyName", unique("Loper"), "name", "Lia Loper", "device", "deur",
                "consent", true))
                .post("/api/events/" + eventId + "/walk-ins").then().statusCode(200);
        assertFactsFollow("staff removed an organiser, and a walk-in came in");

        as("admin").body(Map.of("duplicateId", b)).post("/api/companies/" + a + "/merge").then().statusCode(200);
        as("admin").post("/api/contacts/" + bob + "/erasure").then().statusCode(200);
        assertFactsFollow("a merge and an erasure");
    }
}
