package nl.aanjager.checkin;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.events.EventFixtures.openEvent;
import static nl.aanjager.events.EventFixtures.register;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A door phone holds the event's check-in list and nothing more. Whatever can be made from that —
 * a ticket signed with another Ed25519 key, an HMAC keyed with the public key, a digest passed off
 * as a ticket — the server refuses; tickets sent before Ed25519 (AJ1) still get in.
 * The offline half of the same rule is frontend/src/features/checkin/offline/ticket.test.ts.
 */
@QuarkusTest
@TestSecurity(user = "checkin", roles = {"checkin", "staff"})
class ForgedTicketsTest {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    /** The header of an X.509 SubjectPublicKeyInfo of an Ed25519 key, before its 32 raw bytes. */
    private static final byte[] ED25519_X509_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "aanjager.tickets.signing-key")
    String signingKey;

    static PublicKey publicKeyOf(String raw) throws Exception {
        byte[] key = Base64.getUrlDecoder().decode(raw);
        byte[] encoded = Arrays.copyOf(ED25519_X509_HEADER, ED25519_X509_HEADER.length + key.length);
        System.arraycopy(key, 0, encoded, ED25519_X509_HEADER.length, key.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    private static String outcomeOf(long event, String ticket) {
        return json().body(Map.of("ticket", ticket, "device", "deur-test")).post("/api/events/" + event + "/check-ins")
                .then().statusCode(200).extract().path("outcome");
    }

    private static String batchOutcomeOf(long event, String ticket) {
        return json().body(Map.of("scans", List.of(Map.of("ticket", ticket, "device", "deur-test",
                        "clientId", "forged-" + ticket.hashCode())))).post("/api/events/" + event + "/check-ins/batch")
                .then().statusCode(200).extract().path("results[0].outcome");
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTicketMadeFromWhatADoorPhoneHoldsIsRefused() throws Exception {
        long event = openEvent(null);
        JsonPath person = register(event, "Echte Bezoeker");
        long registration = person.getLong("id");
        String genuine = person.getString("ticket");
        String list = json().get("/api/events/" + event + "/check-in-list").then().statusCode(200).extract().asString();
        JsonPath phone = JsonPath.from(list);
        assertFalse(list.contains("ticketKey"), "the list carries no key that signs");
        String token = genuine.split("\\.")[3];
        String body = "AJ2." + event + "." + registration + "." + token;

        var otherKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(otherKeys.getPrivate());
        signer.update(body.getBytes(StandardCharsets.US_ASCII));
        String signedByAnotherKey = body + "." + BASE64URL.encodeToString(signer.sign());
        String publicKeyAsHmacKey = "AJ1." + event + "." + registration + "." + token + "."
                + BASE64URL.encodeToString(Arrays.copyOf(hmac(Base64.getUrlDecoder().decode(
                        phone.getString("ticketPublicKey")), "AJ1." + event + "." + registration + "." + token), 16));
        String digestAsSignature = body + "." + phone.getString("attendees[0].legacyTicketDigest");
        String otherRegistration = "AJ2." + event + "." + (registration + 1) + "." + token
                + genuine.substring(genuine.lastIndexOf('.'));

        for (String forged : List.of(signedByAnotherKey, publicKeyAsHmacKey, digestAsSignature, otherRegistration)) {
            assertEquals("UNKNOWN_TICKET", outcomeOf(event, forged), forged);
            assertEquals("UNKNOWN_TICKET", batchOutcomeOf(event, forged), "offline queue replayed: " + forged);
        }
        json().get("/api/events/" + event + "/attendance").then().body("checkedIn", equalTo(0));
        assertEquals("CHECKED_IN", outcomeOf(event, genuine));
    }

    @Test
    void aTicketSentBeforeEd25519StillGetsInAndItsDigestIsInThePhonesList() throws Exception {
        long event = openEvent(null);
        long registration = register(event, "Vroege Aanmelder").getLong("id");
        String token = (String) entityManager.createNativeQuery("select token from registration where id = ?1")
                .setParameter(1, registration).getSingleResult();
        // the AJ1 ticket as the backend wrote it before: a truncated HMAC with the event's derived key
        String body = "AJ1." + event + "." + registration + "." + token;
        byte[] eventKey = hmac(Base64.getDecoder().decode(signingKey), "aanjager-event-key:" + event);
        String legacy = body + "." + BASE64URL.encodeToString(Arrays.copyOf(hmac(eventKey, body), 16));

        String digest = json().get("/api/events/" + event + "/check-in-list").then().statusCode(200)
                .extract().path("attendees[0].legacyTicketDigest");
        assertEquals(BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(legacy.getBytes(StandardCharsets.US_ASCII))), digest);
        assertEquals("CHECKED_IN", outcomeOf(event, legacy));
    }
}
