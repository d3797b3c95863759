package nl.aanjager.common;

import static nl.aanjager.common.Api.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the foundation against every role, with real Keycloak tokens. Writes
 * carry an empty body, so an allowed role gets 400 (validation) and changes nothing, while
 * a refused role gets 403 before the body is looked at; no token at all gets 401.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    private static final List<String> USERS = List.of("admin", "staff", "partner1", "checkin");

    record Case(String method, String path, List<String> allowed) {
    }

    static Stream<Arguments> cases() {
        List<Case> endpoints = List.of(
                new Case("GET", "/api/partners", List.of("admin", "staff", "partner1")),
                new Case("POST", "/api/partners", List.of("admin", "staff")),
                new Case("PUT", "/api/partners/1", List.of("admin", "staff")),
                new Case("DELETE", "/api/partners/987654321", List.of("admin")),
                new Case("GET", "/api/programmes", List.of("admin", "staff", "partner1")),
                new Case("POST", "/api/programmes", List.of("admin", "staff")),
                new Case("PUT", "/api/programmes/1", List.of("admin", "staff")),
                new Case("DELETE", "/api/programmes/987654321", List.of("admin")),
                new Case("GET", "/api/programmes/987654321/stages", List.of("admin", "staff", "partner1")),
                new Case("POST", "/api/programmes/987654321/stages", List.of("admin")),
                new Case("PUT", "/api/programmes/987654321/stages/order", List.of("admin")),
                new Case("GET", "/api/programmes/987654321/targets", List.of("admin", "staff", "partner1")),
                new Case("POST", "/api/programmes/987654321/targets", List.of("admin", "staff")),
                new Case("GET", "/api/companies", List.of("admin", "staff", "partner1")),
                new Case("POST", "/api/companies", List.of("admin", "staff", "partner1")),
                new Case("DELETE", "/api/companies/987654321", List.of("admin")),
                new Case("POST", "/api/companies/987654321/merge", List.of("admin", "staff")),
                new Case("GET", "/api/companies/likely-duplicates", List.of("admin", "staff")),
                new Case("GET", "/api/contacts", List.of("admin", "staff", "partner1")),
                new Case("POST", "/api/contacts", List.of("admin", "staff", "partner1")),
                new Case("GET", "/api/contacts/987654321/export", List.of("admin")),
                new Case("POST", "/api/contacts/987654321/erasure", List.of("admin")),
                new Case("GET", "/api/activities", List.of("admin", "staff", "partner1")),
                new Case("POST", "/api/activities", List.of("admin", "staff", "partner1")),
                new Case("GET", "/api/referrals", List.of("admin", "staff", "partner1")),
                new Case("POST", "/api/referrals", List.of("admin", "staff", "partner1")),
                new Case("GET", "/api/ambassadors", List.of("admin", "staff", "partner1")),
                new Case("POST", "/api/ambassadors", List.of("admin", "staff")),
                new Case("POST", "/api/stage-records", List.of("admin", "staff", "partner1")),
                new Case("GET", "/api/audit", List.of("admin")),
                new Case("GET", "/api/me", USERS));
        return endpoints.stream().flatMap(endpoint -> Stream.concat(
                USERS.stream().map(user -> Arguments.of(endpoint.method(), endpoint.path(), user,
                        endpoint.allowed().contains(user))),
                Stream.of(Arguments.of(endpoint.method(), endpoint.path(), null, false))));
    }

    @ParameterizedTest(name = "{0} {1} as {2}: allowed={3}")
    @MethodSource("cases")
    void eachRoleGetsExactlyTheAccessItsRoleGrants(String method, String path, String user, boolean allowed) {
        RequestSpecification request = user == null ? json() : json(KeycloakTokens.forUser(user));
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request.body("{}");
        }
        int status = request.request(method, path).then().extract().statusCode();
        if (user == null) {
            org.junit.jupiter.api.Assertions.assertEquals(401, status, "anonymous " + method + " " + path);
        } else if (allowed) {
            org.junit.jupiter.api.Assertions.assertTrue(status != 401 && status != 403,
                    user + " should pass authorization for " + method + " " + path + " but got " + status);
        } else {
            org.junit.jupiter.api.Assertions.assertEquals(403, status, user + " " + method + " " + path);
        }
    }
}
