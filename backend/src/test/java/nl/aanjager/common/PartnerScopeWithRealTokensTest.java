package nl.aanjager.common;

import static nl.aanjager.common.Api.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Object-level authorization over the SME endpoints, with real Keycloak tokens: each role
 * against its own and another partner's objects. Personal data and confidential summaries
 * carry a marker; a response that may not show them must not contain the marker anywhere.
 */
@QuarkusTest
class PartnerScopeWithRealTokensTest {
    private static World world;

    /** Partner 1 works with company A (a contact, a confidential activity); nobody with company B. */
    record World(long companyA, long companyB, long contactA, long contactB, long activityA, long stageRecordA,
            String personA, String personB, String secret) {
    }

    static World world() {
        if (world == null) {
            String marker = UUID.randomUUID().toString().substring(0, 8);
            String admin = KeycloakTokens.forUser("admin");
            String partner1 = KeycloakTokens.forUser("partner1");
            long a = json(admin).body(Fixtures.companyBody("Scope A " + marker, "3011 AB")).post("/api/companies")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            long b = json(admin).body(Fixtures.companyBody("Scope B " + marker, "3011 AB")).post("/api/companies")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            String personA = "Alida Alfa" + marker;
            String personB = "Bertus Beta" + marker;
            long contactA = json(partner1).body(Map.of("companyId", a, "name", personA)).post("/api/contacts")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            long contactB = json(admin).body(Map.of("companyId", b, "name", personB)).post("/api/contacts")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            String secret = "SECRET" + marker;
            Map<String, Object> activity = Fixtures.activityBody(a, null);
            activity.put("summary", "Confidential plan " + secret);
            activity.put("confidential", true);
            activity.put("contactId", contactA);
            long activityA = json(partner1).body(activity).post("/api/activities").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            long programme = json(admin).queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                    .extract().jsonPath().getLong("items[0].id");
            long stage = json(admin).get("/api/programmes/" + programme + "/stages").then()
                    .extract().jsonPath().getLong("[0].id");
            long record = json(partner1).body(Map.of("companyId", a, "programmeId", programme, "stageId", stage,
                    "source", "ACTIVITY", "sourceId", activityA)).post("/api/stage-records").then().statusCode(201).extract().jsonPath().getLong("id");
            world = new World(a, b, contactA, contactB, activityA, record, personA, personB, secret);
        }
        return world;
    }

    /**
     * The cases name objects by placeholder ({contactA}, ...): JUnit builds arguments outside
     * the running application, so the objects are made and resolved when the test runs.
     */
    static Stream<Arguments> reads() {
        List<String> personal = List.of("personA", "personB", "secret");
        return Stream.of(
                // user, method, path, status, values that must not appear in the body
                Arguments.of("partner1", "GET", "/api/contacts/{contactA}", 200, List.of("personB")),
                Arguments.of("partner1", "GET", "/api/contacts/{contactB}", 404, personal),
                Arguments.of("partner1", "GET", "/api/contacts?companyId={companyB}", 200, personal),
                Arguments.of("partner1", "GET", "/api/activities?companyId={companyA}", 200, List.of("personB")),
                Arguments.of("partner2", "GET", "/api/contacts/{contactA}", 404, personal),
                Arguments.of("partner2", "GET", "/api/contacts?companyId={companyA}", 200, personal),
                Arguments.of("partner2", "GET", "/api/contacts", 200, personal),
                Arguments.of("partner2", "GET", "/api/activities?companyId={companyA}", 200, personal),
                Arguments.of("partner2", "GET", "/api/activities/{activityA}", 200, personal),
                Arguments.of("partner2", "GET", "/api/companies/{companyA}/timeline", 200, personal),
                Arguments.of("partner2", "GET", "/api/companies/{companyA}", 200, personal),
                Arguments.of("partner2", "GET", "/api/ambassadors", 200, personal),
                Arguments.of("partner2", "PUT", "/api/activities/{activityA}", 404, personal),
                Arguments.of("partner2", "DELETE", "/api/activities/{activityA}", 404, personal),
                Arguments.of("partner2", "POST", "/api/stage-records/{stageRecordA}/withdrawal", 404, personal),
                Arguments.of("partner2", "GET", "/api/contacts/{contactA}/export", 403, personal),
                Arguments.of("partner1", "POST", "/api/contacts/{contactA}/erasure", 403, List.of()),
                Arguments.of("staff", "GET", "/api/contacts/{contactB}", 200, List.of()),
                Arguments.of("checkin", "GET", "/api/companies", 403, personal),
                Arguments.of("checkin", "GET", "/api/contacts/{contactA}", 403, personal),
                Arguments.of("checkin", "GET", "/api/activities", 403, personal),
                Arguments.of("checkin", "GET", "/api/referrals", 403, personal),
                Arguments.of("checkin", "GET", "/api/ambassadors", 403, personal),
                Arguments.of("checkin", "GET", "/api/stage-records?companyId={companyA}", 403, personal),
                Arguments.of("checkin", "GET", "/api/companies/{companyA}/timeline", 403, personal),
                Arguments.of(null, "GET", "/api/companies", 401, personal),
                Arguments.of(null, "GET", "/api/contacts/{contactA}", 401, personal),
                Arguments.of(null, "GET", "/api/activities", 401, personal));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("reads")
    void eachCallerSeesExactlyItsScope(String user, String method, String template, int status,
            List<String> hiddenKeys) {
        World w = world();
        Map<String, String> values = Map.of("{companyA}", "" + w.companyA(), "{companyB}", "" + w.companyB(),
                "{contactA}", "" + w.contactA(), "{contactB}", "" + w.contactB(), "{activityA}", "" + w.activityA(),
                "{stageRecordA}", "" + w.stageRecordA(), "personA", w.personA(), "personB", w.personB(),
                "secret", w.secret());
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        var request = user == null ? json() : json(KeycloakTokens.forUser(user));
        if (method.equals("PUT") || method.equals("POST")) {
            Map<String, Object> body = method.equals("PUT") ? Fixtures.activityBody(w.companyA(), null)
                    : Map.of("reason", "not mine");
            request.header("If-Match", "\"0\"").body(body);
        }
        Response response = request.request(method, path);
        assertEquals(status, response.statusCode(), response.asString());
        String body = response.asString();
        for (String key : hiddenKeys) {
            assertFalse(body.contains(values.get(key)), "response of " + method + " " + path + " for " + user
                    + " shows " + key + " '" + values.get(key) + "'");
        }
    }

    @Test
    void theOwningPartnerAndStaffReadTheConfidentialSummary() {
        World w = world();
        json(KeycloakTokens.forUser("partner1")).get("/api/activities/" + w.activityA()).then()
                .statusCode(200).body("summary", containsString(w.secret()))
                .body("contactName", org.hamcrest.Matchers.equalTo(w.personA()));
        json(KeycloakTokens.forUser("staff")).get("/api/companies/" + w.companyA() + "/timeline").then()
                .statusCode(200).body(containsString(w.secret()));
        json(KeycloakTokens.forUser("partner2")).get("/api/activities/" + w.activityA()).then()
                .statusCode(200).body("confidential", org.hamcrest.Matchers.equalTo(true))
                .body(not(containsString(w.secret())));
    }

    @Test
    void aReferralTravelsFromOutboxToInboxAndOnlyTheReceiverAnswers() {
        World w = world();
        String partner1 = KeycloakTokens.forUser("partner1");
        String partner2 = KeycloakTokens.forUser("partner2");
        long id = json(KeycloakTokens.forClient("partner1-api"))
                .body(Map.of("companyId", w.companyB(), "toPartnerId", 2, "reason", "Wants to export to Germany"))
                .post("/api/referrals").then().statusCode(201).extract().jsonPath().getLong("id");

        json(partner2).queryParam("box", "INBOX").get("/api/referrals").then()
                .body("items.id", org.hamcrest.Matchers.hasItem((int) id));
        json(partner1).post("/api/referrals/" + id + "/acceptance").then().statusCode(403);
        json(KeycloakTokens.forUser("checkin")).get("/api/referrals/" + id).then().statusCode(403);
        json(partner2).body(Map.of("note", "We call them this week")).post("/api/referrals/" + id + "/acceptance")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ACCEPTED"));
        json(partner2).post("/api/referrals/" + id + "/decline").then().statusCode(409);
        json(partner2).post("/api/referrals/" + id + "/completion").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DONE"));
        json(partner1).get("/api/referrals/" + id).then().statusCode(200)
                .body("responseNote", org.hamcrest.Matchers.equalTo("We call them this week"));
        // a referral about the company names no one: partner 2 still does not see company B's people
        json(partner2).get("/api/contacts/" + w.contactB()).then().statusCode(404);
    }
}
