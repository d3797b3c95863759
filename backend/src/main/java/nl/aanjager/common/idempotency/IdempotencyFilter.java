package nl.aanjager.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.aanjager.common.idempotency.IdempotencyKeyStore.StoredResponse;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.problem.ProblemType;
import nl.aanjager.common.ratelimit.ClientAddress;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Idempotency-Key for every POST under /api, the operations that create or change something
 * (draft-ietf-httpapi-idempotency-key-header-07). Without the header nothing changes. With it:
 * <ul>
 * <li>the first request claims the key and runs; its final response (2xx, or a 4xx other than 408
 * and 429, which ask for a retry) is stored;</li>
 * <li>a retry of the same request (method, path, query and raw body, so multipart uploads too) gets
 * that response again with {@value #REPLAYED}: true, and nothing runs;</li>
 * <li>the same key for another request is a 422, a retry while the first still runs a 409;</li>
 * <li>a 5xx or an exception frees the key, so a retry runs the request again.</li>
 * </ul>
 * Keys belong to a caller: the token's subject (a person, or for client credentials the client's
 * service account, one per client), else the client's address. A replay therefore only ever goes to
 * the caller that sent the request, and only for the very same bytes; an anonymous caller behind a
 * shared address would need the other person's key and their whole request to see a response, and
 * the public registration answers the same to everyone anyway.
 *
 * <p>The creation and the stored response commit in separate transactions (the services own theirs).
 * When the process dies in between, the key stays claimed without a response: a retry gets 409 until
 * the lease ({@code aanjager.idempotency.lease}) runs out and then runs the request again, which may
 * create the record a second time. That window is a crash during one request; the other way round,
 * a key stuck for a day after every crash, would leave the partner no way to finish its call. The
 * same holds for a request still running when its lease ends, so the lease is far longer than any POST.
 */
public class IdempotencyFilter {
    /** Response header that marks a replayed response. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    /** 408 and 429 tell the client to try again later, so they are not the request's answer. */
    private static final Set<Integer> RETRY_LATER = Set.of(408, 429);
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

    @Inject
    IdempotencyKeyStore store;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    private record Claim(IdempotencyKeyStore.Key key, UUID attempt) {
    }

    /** Every POST under /api: each operation that creates something, including ones added later. */
    public static boolean appliesTo(String method, String path) {
        return "POST".equals(method) && path.startsWith("/api/");
    }

    /**
     * Runs after authorization (Quarkus checks roles before any request filter) and after the other
     * filters, on the worker thread: every endpoint here is blocking, which the database work and
     * reading the body need. A non-blocking POST endpoint would need this to move off the event loop.
     */
    @ServerRequestFilter(priority = Priorities.USER + 1000)
    public Response claimOrReplay(ContainerRequestContext request, HttpServerRequest http) throws IOException {
        List<String> header = request.getHeaders().get(IdempotencyKeyHeader.NAME);
        if (header == null || !appliesTo(request.getMethod(), request.getUriInfo().getPath())) {
            return null;
        }
        IdempotencyKeyStore.Key key = new IdempotencyKeyStore.Key(caller(http), IdempotencyKeyHeader.parse(header));
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        byte[] fingerprint = RequestFingerprint.of(request, body);
        // a key released or removed between claim and look-up is free again: claim once more
        for (int round = 0; round < 3; round++) {
            Optional<UUID> attempt = store.claim(key, fingerprint);
            if (attempt.isPresent()) {
                request.setProperty(CLAIM, new Claim(key, attempt.get()));
                return null;
            }
            Optional<IdempotencyKeyStore.Stored> stored = store.find(key);
            if (stored.isPresent()) {
                return answer(stored.get(), fingerprint);
            }
        }
        throw inProgress();
    }

    @ServerResponseFilter
    public void storeOrRelease(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        try {
            Optional<StoredResponse> stored = isFinal(response.getStatus()) ? keep(response) : Optional.empty();
            if (stored.isPresent()) {
                store.complete(claim.key(), claim.attempt(), stored.get());
            } else {
                store.release(claim.key(), claim.attempt());
            }
        } catch (RuntimeException e) {
            // the request itself succeeded or failed as it says; the key waits for its lease to end
            LOG.warnf(e, "Could not keep the response to %s for its Idempotency-Key", request.getUriInfo().getPath());
        }
    }

    private static boolean isFinal(int status) {
        return status >= 200 && status < 300 || status >= 400 && status < 500 && !RETRY_LATER.contains(status);
    }

    private Response answer(IdempotencyKeyStore.Stored stored, byte[] fingerprint) {
        if (!MessageDigest.isEqual(stored.fingerprint(), fingerprint)) {
            throw ApiException.of(ProblemType.IDEMPOTENCY_KEY_REUSED, ProblemCode.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used before for"
                    + " a different request (method, path, query or body); use a new key for a new request");
        }
        StoredResponse original = stored.response().orElseThrow(IdempotencyFilter::inProgress);
        Response.ResponseBuilder replay = Response.status(original.status()).header(REPLAYED, "true")
                .header(HttpHeaders.LOCATION, original.location()).header(HttpHeaders.ETAG, original.etag());
        if (original.body().length > 0) {
            replay.entity(original.body()).header(HttpHeaders.CONTENT_TYPE, original.contentType());
        }
        return replay.build();
    }

    private static ApiException inProgress() {
        return ApiException.of(ProblemType.REQUEST_IN_PROGRESS, ProblemCode.REQUEST_IN_PROGRESS,
                "A request with this Idempotency-Key is still being processed; retry it in a moment");
    }

    /**
     * The response as the client gets it: the entity as its writer produces it (JSON by the same
     * ObjectMapper, bytes and text as they are); empty for an entity that cannot be kept, whose key is
     * then freed rather than replayed wrongly.
     */
    private Optional<StoredResponse> keep(ContainerResponseContext response) {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        byte[] body;
        if (entity == null) {
            body = new byte[0];
        } else if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else if (type == null || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
            try {
                body = json.writeValueAsBytes(entity);
            } catch (JsonProcessingException e) {
                LOG.warnf(e, "Cannot keep a %s response for an Idempotency-Key", entity.getClass().getSimpleName());
                return Optional.empty();
            }
            type = type == null ? MediaType.APPLICATION_JSON_TYPE : type;
        } else {
            return Optional.empty();
        }
        return Optional.of(new StoredResponse(response.getStatus(), type == null ? null : type.toString(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG), body));
    }

    private String caller(HttpServerRequest http) {
        if (identity.isAnonymous()) {
            return "address:" + ClientAddress.of(http);
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return "subject:" + token.getSubject();
        }
        return "principal:" + identity.getPrincipal().getName();
    }
}
