package nl.aanjager.common;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the real Keycloak that `make test` starts (realm aanjager).
 * Tests using this fail, with a hint, when Keycloak is not running: they never skip.
 */
public final class KeycloakTokens {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    public static String tokenEndpoint() {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return issuer + "/protocol/openid-connect/token";
    }

    /** Password grant through the public aanjager-cli client (demo realm: password = username). */
    public static String forUser(String username) {
        return CACHE.computeIfAbsent("user:" + username, key -> request(Map.of(
                "grant_type", "password", "client_id", "aanjager-cli", "username", username, "password", username)));
    }

    /** Password grant through another client of the realm, e.g. one that adds no audience. */
    public static String forUserViaClient(String username, String clientId) {
        return request(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", username));
    }

    /** Client-credentials grant of a partner's system integration (partner1-api, partner2-api). */
    public static String forClient(String clientId) {
        return CACHE.computeIfAbsent("client:" + clientId, key -> request(Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", clientId + "-secret")));
    }

    private static String request(Map<String, String> form) {
        try {
            return given().formParams(form).post(tokenEndpoint())
                    .then().statusCode(200).extract().path("access_token");
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("No token from Keycloak at " + tokenEndpoint()
                    + " — start it with `deploy/local/keycloak.sh` (make test does this)", e);
        }
    }
}
