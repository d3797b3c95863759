package nl.aanjager.common;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the real Keycloak that `make test` starts (realm aanjager).
 * Tests using this fail, with a hint, when Keycloak is not running: they never skip.
 */
public final class KeycloakTokens {
    /** The realm's tokens live 300 s; a cached one is used for at most this long, so none expires mid-test. */
    private static final Duration REUSE = Duration.ofSeconds(200);

    private record Issued(String token, Instant at) {
    }

    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    public static String tokenEndpoint() {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return issuer + "/protocol/openid-connect/token";
    }

    /** Password grant through the public aanjager-cli client (demo realm: password = username). */
    public static String forUser(String username) {
        return cached("user:" + username, () -> request(Map.of(
                "grant_type", "password", "client_id", "aanjager-cli", "username", username, "password", username)));
    }

    /** Password grant through another client of the realm, e.g. one that adds no audience. */
    public static String forUserViaClient(String username, String clientId) {
        return request(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", username));
    }

    /** Client-credentials grant of a partner's system integration (partner1-api, partner2-api). */
    public static String forClient(String clientId) {
        return cached("client:" + clientId, () -> request(Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", clientId + "-secret")));
    }

    private static String cached(String key, Supplier<String> fetch) {
        return CACHE.compute(key, (k, issued) -> issued != null && issued.at().plus(REUSE).isAfter(Instant.now())
                ? issued : new Issued(fetch.get(), Instant.now())).token();
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
