package nl.aanjager.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.aanjager.imports.PackagedBackend;
import org.junit.jupiter.api.Test;

/**
 * Keycloak goes down while the backend runs. The backend's only road to it is cut, so every
 * request the backend makes to Keycloak is refused, as when Keycloak is down, while this test can
 * still ask the real Keycloak for tokens to prove its points. Tokens issued before keep working
 * (the keys are cached, the door keeps admitting people); a token signed by an unknown key, with
 * the wrong audience, expired, or unsigned gets a 401 problem quickly — never a 500, never a hang;
 * readiness says Keycloak cannot be reached.
 */
class KeycloakDownIT {
    private static final long ANSWER_WITHIN_MILLIS = 5_000;

    @Test
    void tokensIssuedBeforeKeepWorkingAndBadTokensAreRefusedQuicklyWhileKeycloakIsDown() throws Exception {
        URI keycloak = URI.create(FaultStack.KEYCLOAK);
        Path work = Files.createDirectories(Path.of("target", "faults-it", "keycloak-down"));
        try (EmbeddedPostgres postgres = FaultStack.postgres("it.postgres.port.keycloak", 25440);
                TcpRoad road = new TcpRoad(freePort(), keycloak.getHost(), keycloak.getPort());
                PackagedBackend backend = new PackagedBackend(
                        Path.of(System.getProperty("it.backend.jar", "target/quarkus-app/quarkus-run.jar")),
                        postgres.getJdbcUrl("postgres", "postgres"), work, List.of(
                                "-Dquarkus.oidc.auth-server-url=http://127.0.0.1:" + road.port() + keycloak.getPath(),
                                // the discovery document names Keycloak's own address; every request must take the road
                                "-Dquarkus.oidc.discovery-enabled=false",
                                "-Dquarkus.oidc.jwks-path=protocol/openid-connect/certs",
                                "-Dquarkus.oidc.token.issuer=" + FaultStack.KEYCLOAK))) {
            road.open();
            backend.start(Duration.ofSeconds(120));
            String staff = FaultStack.userToken(FaultStack.KEYCLOAK, "staff");
            String door = FaultStack.userToken(FaultStack.KEYCLOAK, "checkin");
            long event = FaultStack.eventWithRegistrations(backend.baseUri(), staff, postgres.getPostgresDatabase(), 2);
            List<String> tickets = FaultStack.tickets(backend.baseUri(), staff, event);
            ShortLivedClient shortLived = ShortLivedClient.create(FaultStack.KEYCLOAK);
            String expiring = shortLived.token("staff");
            String wrongAudience = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                    "username", "staff", "password", "staff")).post(FaultStack.KEYCLOAK
                    + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
            expect(200, () -> call(backend, staff, "/api/companies"), "before the outage");

            road.cut();
            long cutAt = System.nanoTime();

            expect(200, () -> call(backend, staff, "/api/companies"), "a token issued before the outage");
            expect(200, () -> given().baseUri(backend.baseUri()).auth().oauth2(door).contentType("application/json")
                    .body(Map.of("ticket", tickets.get(0), "device", "Deur 1")).post("/api/events/" + event
                            + "/check-ins"), "the door checks people in");
            String foreignKey = foreignKeyToken(staff);
            expect(401, () -> call(backend, foreignKey, "/api/companies"), "a token signed by an unknown key");
            expect(401, () -> call(backend, wrongAudience, "/api/companies"), "a token for another audience");
            expect(401, () -> call(backend, unsigned(staff), "/api/companies"), "a token with alg none");
            Thread.sleep(Math.max(0, shortLived.expiresAtMillis() + 2_000 - System.currentTimeMillis()));
            expect(401, () -> call(backend, expiring, "/api/companies"), "an expired token");
            JsonPath readiness = given().baseUri(backend.managementUri()).get("/q/health/ready").then()
                    .statusCode(200).extract().jsonPath();
            Map<String, Object> keycloakCheck = readiness.getMap("checks.find { it.name == 'Keycloak' }.data");
            assertEquals(false, keycloakCheck.get("reachable"), "readiness says Keycloak is down: " + keycloakCheck);
            System.out.printf("Keycloak down for %.1f s: tokens issued before worked, the door admitted, four bad"
                    + " tokens got 401; readiness said %s%n", (System.nanoTime() - cutAt) / 1e9, keycloakCheck);

            road.open();
            shortLived.delete();
            expect(200, () -> call(backend, FaultStack.userToken(FaultStack.KEYCLOAK, "admin"), "/api/companies"),
                    "a new login once Keycloak is back");
        }
    }

    private static Response call(PackagedBackend backend, String token, String path) {
        return given().baseUri(backend.baseUri()).auth().oauth2(token).get(path);
    }

    /** The request answers with {@code status} (a problem response if not 2xx) within the bound. */
    private static void expect(int status, Supplier<Response> request, String what) {
        long started = System.nanoTime();
        Response response = request.get();
        long took = (System.nanoTime() - started) / 1_000_000;
        assertEquals(status, response.statusCode(), what + ": " + response.asString());
        if (status >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"), what + ": " + response.contentType());
        }
        assertTrue(took <= ANSWER_WITHIN_MILLIS, what + " took " + took + " ms");
    }

    /** The same claims as a real token, signed by a key the realm never had. */
    private static String foreignKeyToken(String real) throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        return Jwt.claims(claims(real)).jws().keyId("not-a-key-of-the-realm").sign(keys.generateKeyPair().getPrivate());
    }

    /** The same claims as a real token, unsigned ({@code alg: none}). */
    private static String unsigned(String real) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + real.split("\\.")[1] + ".";
    }

    private static Map<String, Object> claims(String token) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return new LinkedHashMap<>(JsonPath.from(json).getMap(""));
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
