package nl.aanjager.common;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Small helpers the REST tests share: JSON requests with logging on failure, unique names. */
public final class Api {
    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification json(String bearerToken) {
        return json().auth().oauth2(bearerToken);
    }

    /**
     * A JSON request as a caller of the real realm: a user (password grant, e.g. "partner2") or a
     * partner's system (client credentials, a client id ending in "-api", e.g. "partner2-api").
     */
    public static RequestSpecification as(String caller) {
        return json(caller.endsWith("-api") ? KeycloakTokens.forClient(caller) : KeycloakTokens.forUser(caller));
    }

    /** A request of a caller of the real realm, without a JSON body: uploads, downloads. */
    public static RequestSpecification bearer(String caller) {
        return given().auth().oauth2(caller.endsWith("-api") ? KeycloakTokens.forClient(caller)
                : KeycloakTokens.forUser(caller));
    }

    /** A request to the management port (health, metrics, the OpenAPI document) of the running test app. */
    public static RequestSpecification management() {
        int port = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.management.test-port", Integer.class);
        return given().baseUri("http://127.0.0.1").port(port);
    }

    /** A name no other test uses, so tests can share one database without interfering. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
