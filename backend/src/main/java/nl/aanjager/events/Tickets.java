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
 * Signed tickets. The QR code holds {@code AJ2.<event>.<registration>.<token>.<signature>}: the
 * token is the registration's secret, the signature Ed25519 over everything before it. A door
 * phone gets only the public key, so it can tell a genuine ticket — also one issued after it went
 * offline — from a forged one, and cannot make one (pretix signs its offline tickets this way).
 *
 * <p>Tickets sent before Ed25519, {@code AJ1.…} with a truncated HMAC, stay valid: the server
 * checks them with its secret key; a phone checks them offline against a digest per attendee in
 * its check-in list, which names a known ticket without giving away how to make one.
 */
@ApplicationScoped
public class Tickets {
    static final String VERSION = "AJ2";
    static final String LEGACY_VERSION = "AJ1";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final TicketConfig config;
    private volatile TicketSigner signer;

    @Inject
    Tickets(TicketConfig config) {
        this.config = config;
    }

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
        return body + "." + BASE64URL.encodeToString(signer().sign(body));
    }

    /** The Ed25519 public key door phones verify tickets with: 32 bytes, base64url. */
    public String publicKey() {
        return BASE64URL.encodeToString(signer().publicKey());
    }

    /**
     * SHA-256 (base64url) of the ticket this registration had before Ed25519, so a phone can still
     * admit that ticket offline: it hashes what it scans and looks for the digest in its list.
     */
    public String legacyDigest(long eventId, long registrationId, String token) {
        String body = LEGACY_VERSION + "." + eventId + "." + registrationId + "." + token;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((body + "." + legacySignature(eventId, body)).getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Empty for anything that is not a genuinely signed ticket. */
    public Optional<Ticket> verify(String payload) {
        String[] parts = partsOf(payload);
        if (parts == null) {
            return Optional.empty();
        }
        try {
            long eventId = Long.parseLong(parts[1]);
            long registrationId = Long.parseLong(parts[2]);
            String body = String.join(".", Arrays.copyOf(parts, 4));
            boolean genuine = parts[0].equals(VERSION)
                    ? signer().verifies(body, Base64.getUrlDecoder().decode(parts[4]))
                    : MessageDigest.isEqual(legacySignature(eventId, body).getBytes(StandardCharsets.US_ASCII),
                            parts[4].getBytes(StandardCharsets.US_ASCII));
            return genuine ? Optional.of(new Ticket(eventId, registrationId, parts[3])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            // a number that is none, or a signature that is not base64url
            return Optional.empty();
        }
    }

    /** The event a payload claims to be for, signed or not, to tell "other event" from garbage. */
    public static Optional<Long> claimedEvent(String payload) {
        String[] parts = partsOf(payload);
        if (parts == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String[] partsOf(String payload) {
        String[] parts = payload == null ? new String[0] : payload.trim().split("\\.");
        return parts.length == 5 && (parts[0].equals(VERSION) || parts[0].equals(LEGACY_VERSION)) ? parts : null;
    }

    private TicketSigner signer() {
        TicketSigner current = signer;
        if (current == null) {
            current = new TicketSigner(hmac(masterKey(), "aanjager-ticket-ed25519-seed"));
            signer = current;
        }
        return current;
    }

    private String legacySignature(long eventId, String body) {
        byte[] eventKey = hmac(masterKey(), "aanjager-event-key:" + eventId);
        return BASE64URL.encodeToString(Arrays.copyOf(hmac(eventKey, body), 16));
    }

    private byte[] masterKey() {
        return Base64.getDecoder().decode(config.signingKey().orElseThrow());
    }

    static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
