package nl.aanjager.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tickets. The QR code holds {@code AJ1.<event>.<registration>.<token>.<signature>}:
 * the token is the registration's secret; the signature is an HMAC with a key derived per
 * event, so a phone that holds only that event's key can tell a genuine ticket of the event —
 * also one issued after it went offline — from a forged one, and learns nothing about others.
 */
@ApplicationScoped
public class Tickets {
    private static final String VERSION = "AJ1";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    TicketConfig config;

    public record Ticket(long eventId, long registrationId, String token) {
    }

    /** 128 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    public String payload(long eventId, long registrationId, String token) {
        String body = VERSION + "." + eventId + "." + registrationId + "." + token;
        return body + "." + sign(eventId, body);
    }

    /** The event's key as the check-in page receives it (base64url). */
    public String eventKey(long eventId) {
        return BASE64URL.encodeToString(eventKeyBytes(eventId));
    }

    /** Empty for anything that is not a genuinely signed ticket. */
    public Optional<Ticket> verify(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        String[] parts = payload.trim().split("\\.");
        if (parts.length != 5 || !parts[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            long eventId = Long.parseLong(parts[1]);
            long registrationId = Long.parseLong(parts[2]);
            String body = String.join(".", Arrays.copyOf(parts, 4));
            byte[] expected = sign(eventId, body).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, parts[4].getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            return Optional.of(new Ticket(eventId, registrationId, parts[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The event a payload claims to be for, signed or not, to tell "other event" from garbage. */
    public static Optional<Long> claimedEvent(String payload) {
        String[] parts = payload == null ? new String[0] : payload.trim().split("\\.");
        if (parts.length != 5 || !parts[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(long eventId, String body) {
        byte[] mac = hmac(eventKeyBytes(eventId), body);
        return BASE64URL.encodeToString(Arrays.copyOf(mac, 16));
    }

    private byte[] eventKeyBytes(long eventId) {
        return hmac(Base64.getDecoder().decode(config.signingKey().orElseThrow()), "aanjager-event-key:" + eventId);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
