package nl.aanjager.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Health, metrics and the OpenAPI document on the management port, and nowhere on the API port. */
@QuarkusTest
class OperationsEndpointsTest {
    @Test
    void readinessIncludesTheDatabase() {
        Api.management().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections")));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/api/partners");
        Api.management().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/openapi", "/q/swagger-ui"})
    void theApiPortAnswersNoOperationsEndpoint(String path) {
        given().get(path).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:not-found"));
    }

    @Test
    void unknownPathsAreProblems() {
        given().get("/api/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:not-found"));
    }
}
