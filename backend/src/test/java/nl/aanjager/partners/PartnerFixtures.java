package nl.aanjager.partners;

import static nl.aanjager.common.Api.json;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import nl.aanjager.common.Api;

/** Builds partner request bodies and creates partners through the API. */
public final class PartnerFixtures {
    private PartnerFixtures() {
    }

    public static Map<String, Object> partnerBody(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "BUSINESS_NETWORK");
        body.put("website", "https://example.org");
        body.put("email", "info@example.org");
        body.put("description", "Helps entrepreneurs in Rotterdam-Zuid");
        return body;
    }

    public static ValidatableResponse createPartner(Map<String, Object> body) {
        return json().body(body).post("/api/partners").then();
    }

    /** Creates a partner with a unique name; returns its id. */
    public static long newPartner(String prefix) {
        return createPartner(partnerBody(Api.unique(prefix))).statusCode(201).extract().jsonPath().getLong("id");
    }
}
