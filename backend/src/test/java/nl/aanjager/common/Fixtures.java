package nl.aanjager.common;

import static nl.aanjager.common.Api.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Builds companies, contacts and activities through the API for the SME tests. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A KvK number no other test uses (random; collisions across one run are negligible). */
    public static String kvk() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }

    public static Map<String, Object> companyBody(String name, String postcode) {
        Map<String, Object> body = new HashMap<>();
        body.put("kvkNumber", kvk());
        body.put("name", name);
        body.put("postcode", postcode);
        body.put("city", "Rotterdam");
        body.put("district", "Feijenoord");
        body.put("sbiCode", "62.01");
        body.put("employees", 12);
        return body;
    }

    public static long newCompany(String name) {
        return json().body(companyBody(name, "3072 AP")).post("/api/companies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long newContact(long companyId, String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyId", companyId);
        body.put("name", name);
        body.put("email", email);
        body.put("phone", "+31 10 123 4567");
        body.put("jobTitle", "Directeur");
        body.put("consentPurpose", "Uitnodigingen voor bijeenkomsten");
        body.put("consentSource", "Adviesgesprek");
        return json().body(body).post("/api/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> activityBody(long companyId, Long partnerId) {
        Map<String, Object> body = new HashMap<>();
        if (partnerId != null) {
            body.put("partnerId", partnerId);
        }
        body.put("companyId", companyId);
        body.put("type", "ADVICE_SESSION");
        body.put("occurredOn", "2026-03-02");
        body.put("summary", "Talked about financing a new machine");
        body.put("themes", List.of("DIGITAL"));
        body.put("needs", List.of("FINANCING"));
        return body;
    }

    public static long newActivity(Map<String, Object> body) {
        return json().body(body).post("/api/activities").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The id of a stage of the demo programme "MKB010>>Next 2.0" by its code. */
    public static long demoStage(String code) {
        return json().get("/api/programmes/" + demoProgramme() + "/stages").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.code == '" + code + "' }.id");
    }

    public static long demoProgramme() {
        return json().queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }
}
