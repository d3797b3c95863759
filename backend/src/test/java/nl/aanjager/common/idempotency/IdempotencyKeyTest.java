package nl.aanjager.common.idempotency;

import static nl.aanjager.common.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import nl.aanjager.common.Api;
import nl.aanjager.common.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on creating POSTs, with real tokens from the real realm and the rows counted in
 * the real database: a retry gets the first response and creates nothing.
 */
@QuarkusTest
class IdempotencyKeyTest {
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencyKeyStore store;

    static String newKey() {
        return "\"" + UUID.randomUUID() + "\"";
    }

    /** The key as stored: without the quotes of the header. */
    static String bare(String key) {
        return key.replace("\"", "");
    }

    static Response post(String caller, String path, Object body, String key) {
        return as(caller).header("Idempotency-Key", key).body(body).post(path);
    }

    static long newCompany(String caller) {
        return as(caller).body(Fixtures.companyBody(Api.unique("Herhaal B.V."), "3072 AP")).post("/api/companies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> activity(long company, String summary) {
        Map<String, Object> body = Fixtures.activityBody(company, null);
        body.put("summary", summary);
        return body;
    }

    long activitiesOf(long company) {
        return Sql.count(dataSource, "select count(*) from activity where company_id = ?", company);
    }

    @Test
    void aRetryGetsTheFirstResponseWithItsHeadersAndCreatesNothing() {
        Map<String, Object> company = Fixtures.companyBody(Api.unique("Herhaal B.V."), "3072 AP");
        String key = newKey();
        Response first = post("partner1-api", "/api/companies", company, key);
        first.then().statusCode(201).header(REPLAYED, nullValue());

        Response retry = post("partner1-api", "/api/companies", company, key);
        retry.then().statusCode(201).header(REPLAYED, "true").contentType("application/json");
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.asString(), retry.asString());
        // the draft's sf-string and the bare value many clients send are one key
        post("partner1-api", "/api/companies", company, bare(key)).then()
                .statusCode(201).header(REPLAYED, "true").body("id", equalTo(first.path("id")));
        assertEquals(1, Sql.count(dataSource, "select count(*) from company where kvk_number = ?",
                company.get("kvkNumber")));
    }

    @Test
    void theSameKeyForAnotherBodyOrQueryIsRefusedWith422() {
        long company = newCompany("partner1-api");
        String key = newKey();
        post("partner1-api", "/api/activities", activity(company, "First talk"), key).then().statusCode(201);

        post("partner1-api", "/api/activities", activity(company, "Another talk"), key).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:idempotency-key-reused"));
        as("partner1-api").header("Idempotency-Key", key).queryParam("again", "yes")
                .body(activity(company, "First talk")).post("/api/activities").then()
                .statusCode(422).body("type", equalTo("urn:aanjager:problem:idempotency-key-reused"));
        assertEquals(1, activitiesOf(company));
    }

    @Test
    void twoCallersWithTheSameKeyEachGetTheirOwnResult() {
        long company = newCompany("staff");
        Map<String, Object> body = activity(company, "Same words, other partner");
        String key = newKey();
        Response partner1 = post("partner1-api", "/api/activities", body, key);
        Response partner2 = post("partner2-api", "/api/activities", body, key);
        Response partner1User = post("partner1", "/api/activities", body, key);

        partner1.then().statusCode(201).header(REPLAYED, nullValue()).body("partnerId", equalTo(1));
        partner2.then().statusCode(201).header(REPLAYED, nullValue()).body("partnerId", equalTo(2));
        partner1User.then().statusCode(201).header(REPLAYED, nullValue()).body("partnerId", equalTo(1));
        assertNotEquals(partner1.jsonPath().getLong("id"), partner2.jsonPath().getLong("id"));
        assertNotEquals(partner1.jsonPath().getLong("id"), partner1User.jsonPath().getLong("id"));
        post("partner2-api", "/api/activities", body, key).then()
                .statusCode(201).header(REPLAYED, "true").body("id", equalTo(partner2.path("id")));
        assertEquals(3, activitiesOf(company));
    }

    @Test
    void aKeyPastItsRetentionCreatesAnew() {
        long company = newCompany("partner1-api");
        Map<String, Object> body = activity(company, "Talked again after a day");
        String key = newKey();
        long first = post("partner1-api", "/api/activities", body, key).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Sql.update(dataSource, "update idempotency_key set created_at = created_at - interval '25 hours'"
                + " where idempotency_key = ?", bare(key));

        long second = post("partner1-api", "/api/activities", body, key).then().statusCode(201)
                .header(REPLAYED, nullValue()).extract().jsonPath().getLong("id");
        assertNotEquals(first, second);
        assertEquals(2, activitiesOf(company));
    }

    @Test
    void withoutTheHeaderEveryPostCreates() {
        long company = newCompany("partner1-api");
        Map<String, Object> body = activity(company, "Sent twice without a key");
        as("partner1-api").body(body).post("/api/activities").then().statusCode(201).header(REPLAYED, nullValue());
        as("partner1-api").body(body).post("/api/activities").then().statusCode(201).header(REPLAYED, nullValue());
        assertEquals(2, activitiesOf(company));
    }

    @Test
    void aClientErrorIsTheAnswerAndIsReplayedEvenWhenARetryWouldNowSucceed() {
        long existing = newCompany("staff");
        Map<String, Object> duplicate = Fixtures.companyBody(Api.unique("Dubbel B.V."), "3072 AP");
        duplicate.put("kvkNumber", as("staff").get("/api/companies/" + existing).path("kvkNumber"));
        String key = newKey();
        Response refused = post("staff", "/api/companies", duplicate, key);
        refused.then().statusCode(409).body("existing", equalTo("/api/companies/" + existing));
        as("admin").delete("/api/companies/" + existing).then().statusCode(204);

        Response retry = post("staff", "/api/companies", duplicate, key);
        retry.then().statusCode(409).header(REPLAYED, "true").contentType("application/problem+json");
        assertEquals(refused.asString(), retry.asString());
        assertEquals(0, Sql.count(dataSource, "select count(*) from company where kvk_number = ?",
                duplicate.get("kvkNumber")));
    }

    @Test
    void aServerErrorFreesTheKeySoTheRetryRuns() {
        long company = newCompany("partner1-api");
        String summary = Api.unique("The database refuses this one");
        Map<String, Object> body = activity(company, summary);
        String key = newKey();
        Sql.update(dataSource, """
                create function idempotency_test_refuse() returns trigger language plpgsql as $$
                begin raise exception 'refused by the test'; end $$""");
        try {
            Sql.update(dataSource, "create trigger idempotency_test_refuse before insert on activity for each row"
                    + " when (new.summary = '" + summary + "') execute function idempotency_test_refuse()");
            post("partner1-api", "/api/activities", body, key).then().statusCode(500);
            assertEquals(0, Sql.count(dataSource, "select count(*) from idempotency_key where idempotency_key = ?",
                    bare(key)));
        } finally {
            Sql.update(dataSource, "drop trigger if exists idempotency_test_refuse on activity");
            Sql.update(dataSource, "drop function idempotency_test_refuse()");
        }
        post("partner1-api", "/api/activities", body, key).then().statusCode(201).header(REPLAYED, nullValue());
        assertEquals(1, activitiesOf(company));
    }

    @Test
    void aKeyThatIsNoKeyIsAValidationProblemAndNothingRuns() {
        long company = newCompany("partner1-api");
        for (String invalid : new String[] {"two words", "\"\"", "\"" + "k".repeat(256) + "\""}) {
            post("partner1-api", "/api/activities", activity(company, "Never recorded"), invalid).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:aanjager:problem:validation"))
                    .body("errors[0].field", equalTo("Idempotency-Key"));
        }
        assertEquals(0, activitiesOf(company));
    }

    @Test
    void aCallerRefusedByRoleOrTokenLeavesNoKeyBehind() {
        String key = newKey();
        post("partner1-api", "/api/partners", Map.of("name", Api.unique("Partner"), "kind", "ADVISORY"), key)
                .then().statusCode(403);
        Api.json().header("Idempotency-Key", key).body(Fixtures.companyBody(Api.unique("Zonder"), "3072 AP"))
                .post("/api/companies").then().statusCode(401);
        assertEquals(0, Sql.count(dataSource, "select count(*) from idempotency_key where idempotency_key = ?",
                bare(key)));
    }

    @Test
    void theCleanUpRemovesExpiredKeysOnly() {
        long company = newCompany("partner1-api");
        String expired = newKey();
        String fresh = newKey();
        post("partner1-api", "/api/activities", activity(company, "Old news"), expired).then().statusCode(201);
        post("partner1-api", "/api/activities", activity(company, "Fresh news"), fresh).then().statusCode(201);
        Sql.update(dataSource, "update idempotency_key set created_at = created_at - interval '25 hours'"
                + " where idempotency_key = ?", bare(expired));

        store.removeExpired();
        assertEquals(0, Sql.count(dataSource, "select count(*) from idempotency_key where idempotency_key = ?",
                bare(expired)));
        post("partner1-api", "/api/activities", activity(company, "Fresh news"), fresh).then()
                .statusCode(201).header(REPLAYED, "true");
    }
}
