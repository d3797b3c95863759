package nl.aanjager.faults;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A client of the aanjager realm whose access tokens live two seconds, made through Keycloak's
 * admin API for one test and deleted afterwards: the realm's own tokens live five minutes, too long
 * to wait for one to expire. Its tokens carry the API's audience like the realm's real clients.
 */
final class ShortLivedClient {
    private static final int LIFESPAN_SECONDS = 2;

    private final String realm;
    private final String clientId;
    private long expiresAtMillis;

    private ShortLivedClient(String realm, String clientId) {
        this.realm = realm;
        this.clientId = clientId;
    }

    static ShortLivedClient create(String realm) {
        String clientId = "fault-test-" + System.nanoTime();
        given().auth().oauth2(adminToken(realm)).contentType("application/json").body(Map.of(
                "clientId", clientId, "enabled", true, "publicClient", true, "standardFlowEnabled", false,
                "directAccessGrantsEnabled", true,
                "attributes", Map.of("access.token.lifespan", Integer.toString(LIFESPAN_SECONDS)),
                "protocolMappers", List.of(Map.of("name", "aanjager-api audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                "included.custom.audience", "aanjager-api", "access.token.claim", "true")))))
                .post(adminUrl(realm) + "/clients").then().statusCode(201);
        return new ShortLivedClient(realm, clientId);
    }

    String token(String user) {
        String token = given().formParams(Map.of("grant_type", "password", "client_id", clientId, "username", user,
                "password", user)).post(realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        expiresAtMillis = System.currentTimeMillis() + LIFESPAN_SECONDS * 1_000L;
        return token;
    }

    long expiresAtMillis() {
        return expiresAtMillis;
    }

    void delete() {
        String admin = adminToken(realm);
        String id = given().auth().oauth2(admin).queryParam("clientId", clientId).get(adminUrl(realm) + "/clients")
                .then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(admin).delete(adminUrl(realm) + "/clients/" + id).then().statusCode(204);
    }

    /** The bootstrap administrator that deploy/local/keycloak.sh creates (dev mode, loopback only). */
    private static String adminToken(String realm) {
        String user = System.getProperty("it.keycloak.admin", "kcadmin");
        return given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", user,
                "password", System.getProperty("it.keycloak.admin-password", user)))
                .post(server(realm) + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String adminUrl(String realm) {
        return server(realm) + "/admin/realms/" + realm.substring(realm.lastIndexOf('/') + 1);
    }

    private static String server(String realm) {
        URI uri = URI.create(realm);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
