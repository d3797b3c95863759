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

    /** A name no other test uses, so tests can share one database without interfering. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
