package nl.aanjager.common.ratelimit;

import static nl.aanjager.common.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import nl.aanjager.common.Api;
import org.junit.jupiter.api.Test;

/**
 * The per-caller limit of the authenticated API, with real Keycloak tokens, under a limit of its own
 * (3 requests, one back every 5 s). Each test spends the bucket of a caller no other test uses.
 */
@QuarkusTest
@TestProfile(CallerRateLimitTest.LowLimit.class)
class CallerRateLimitTest {
    static final int REQUESTS = 3;

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // both keys: application.properties sets the %test one, which would win over a plain override
            return Map.of("aanjager.rate-limit.requests", String.valueOf(REQUESTS),
                    "%test.aanjager.rate-limit.requests", String.valueOf(REQUESTS),
                    "aanjager.rate-limit.period", "15s");
        }
    }

    @Test
    void aClientOverItsLimitGets429ProblemWithRetryAfter() {
        Response refused = spendBucketOf("partner2-api");

        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:too-many-requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("your client"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 5, "one request comes back every 5 s, Retry-After was " + retryAfter);
    }

    @Test
    void anotherCallerKeepsItsOwnBucket() {
        spendBucketOf("partner1-api");

        as("partner1").get("/api/me").then().statusCode(200);
        as("admin").get("/api/me").then().statusCode(200);
    }

    @Test
    void aRefusedCallerMayCallAgainAfterRetryAfter() throws InterruptedException {
        Response refused = spendBucketOf("staff");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));

        Thread.sleep(retryAfter * 1000);

        as("staff").get("/api/me").then().statusCode(200);
    }

    @Test
    void thePublicApiIsNotCountedPerCaller() {
        for (int i = 0; i < REQUESTS * 3; i++) {
            Api.json().get("/api/public/events").then().statusCode(200);
        }
    }

    /** Calls as the caller until refused; the first REQUESTS calls must pass. */
    private static Response spendBucketOf(String caller) {
        for (int call = 1; call <= REQUESTS + 10; call++) {
            Response response = as(caller).get("/api/me");
            if (response.statusCode() == 429) {
                assertTrue(call > REQUESTS, caller + " refused at call " + call + ", within its limit");
                return response;
            }
            assertEquals(200, response.statusCode());
        }
        throw new AssertionError(caller + " never refused in " + (REQUESTS + 10) + " calls");
    }
}
