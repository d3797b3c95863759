package nl.aanjager.common.idempotency;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What makes two requests "the same request" for a key: SHA-256 of method, path, query and the raw
 * body. A multipart body counts without its boundary, which clients pick at random each time they
 * build the request: a retried upload of the same parts is the same request.
 */
final class RequestFingerprint {
    private static final byte[] NEUTRAL_BOUNDARY = "--idempotency-boundary".getBytes(StandardCharsets.US_ASCII);

    private RequestFingerprint() {
    }

    static byte[] of(ContainerRequestContext request, byte[] body) {
        URI uri = request.getUriInfo().getRequestUri();
        MessageDigest sha256 = sha256();
        sha256.update((request.getMethod() + " " + uri.getRawPath() + "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery())
                + "\n").getBytes(StandardCharsets.UTF_8));
        String boundary = request.getMediaType() == null ? null : request.getMediaType().getParameters().get("boundary");
        if (boundary != null && request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            updateWithout(sha256, body, ("--" + boundary).getBytes(StandardCharsets.US_ASCII));
        } else {
            sha256.update(body);
        }
        return sha256.digest();
    }

    /** Feeds the body with every occurrence of the delimiter replaced by one fixed delimiter. */
    private static void updateWithout(MessageDigest sha256, byte[] body, byte[] delimiter) {
        int from = 0;
        for (int at = indexOf(body, delimiter, 0); at >= 0; at = indexOf(body, delimiter, from)) {
            sha256.update(body, from, at - from);
            sha256.update(NEUTRAL_BOUNDARY);
            from = at + delimiter.length;
        }
        sha256.update(body, from, body.length - from);
    }

    private static int indexOf(byte[] body, byte[] part, int from) {
        for (int i = from; i <= body.length - part.length; i++) {
            if (body[i] == part[0] && Arrays.equals(body, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
