package nl.aanjager.webhooks;

import static nl.aanjager.common.Api.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Subscribing through the API, and checking what a receiver got, for the webhook tests. */
final class Webhooks {
    record Subscribed(long id, String secret, String etag) {
    }

    private Webhooks() {
    }

    static Subscribed subscribe(String caller, String url, String... types) {
        var response = as(caller).body(Map.of("url", url, "eventTypes", List.of(types), "description", "test"))
                .post("/api/webhooks");
        response.then().statusCode(201);
        return new Subscribed(response.jsonPath().getLong("id"), response.jsonPath().getString("secret"),
                response.header("ETag"));
    }

    /** Requests of this event type whose data has this field with this value. */
    static Predicate<WebhookReceiver.Received> about(String type, String field, long id) {
        return received -> {
            JsonPath body = JsonPath.from(received.body());
            return type.equals(body.getString("type")) && body.get("data." + field) != null
                    && body.getLong("data." + field) == id;
        };
    }

    /**
     * The Standard Webhooks check, written here from the specification and not with the
     * backend's code: HMAC-SHA256 keyed with the base64-decoded secret (after "whsec_") over
     * "id.timestamp.body"; the header holds space-separated "v1,<base64>" signatures, one must match.
     */
    static boolean signedWith(String secret, WebhookReceiver.Received received) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String signed = received.headers().get("webhook-id") + "." + received.headers().get("webhook-timestamp")
                    + "." + received.body();
            byte[] expected = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            return Arrays.stream(received.headers().get("webhook-signature").split(" "))
                    .filter(signature -> signature.startsWith("v1,"))
                    .map(signature -> Base64.getDecoder().decode(signature.substring(3)))
                    .anyMatch(signature -> MessageDigest.isEqual(signature, expected));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same check with the specification's own Java library, as a partner's developer would. */
    static void assertLibraryAccepts(String secret, WebhookReceiver.Received received) throws Exception {
        Map<String, List<String>> headers = new HashMap<>();
        received.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        new Webhook(secret).verify(received.body(), headers); // throws WebhookVerificationException otherwise
        assertTrue(signedWith(secret, received));
    }
}
