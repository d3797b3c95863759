package nl.aanjager.common.bodylimit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import nl.aanjager.common.problem.Problem;
import nl.aanjager.common.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies on {@code /api/**} above their limit with 413 as a problem response:
 * {@code aanjager.api.max-body-size} for JSON, {@code aanjager.imports.max-upload-size} for uploads to
 * {@code /api/imports}. Quarkus's own limit (quarkus.http.limits.max-body-size) is one number for
 * every route and answers with a bare 413, so this runs just before it, on the event loop.
 * <ul>
 * <li>A declared Content-Length above the limit is refused before a byte of the body is read.</li>
 * <li>A JSON body without Content-Length (chunked) is read here, counting, into memory up to the
 * limit (Vert.x BodyHandler); RESTEasy then uses what was read.</li>
 * <li>A chunked upload streams on to the import endpoint: Quarkus's own limit, which is the upload
 * limit, cuts it off (with a bare 413; such clients are rare, partners' systems send a length).</li>
 * </ul>
 * The connection is closed after a 413, but only once the client has stopped sending (the rest of its
 * body is read and dropped, for at most {@link #LINGER_MILLIS}): closing a socket that still has
 * unread bytes makes the kernel answer with a reset, and a reset makes the client's TCP stack drop
 * the 413 it had already received, so the client saw "connection reset" or "no bytes" instead of
 * the problem response (CI once, on a busy machine). nginx's lingering close does the same.
 */
@ApplicationScoped
public class RequestBodyLimit {
    /** Just before Quarkus's own body-size check. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    private static final String IMPORTS = "/api/imports";
    private static final String REFUSED = RequestBodyLimit.class.getName() + ".refused";
    /** How long the rest of a refused body is read and dropped, at most, before the connection closes. */
    static final long LINGER_MILLIS = 2_000;
    private static final Set<HttpMethod> WITHOUT_BODY = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** Largest JSON request body on /api/**, e.g. 1M. */
    @ConfigProperty(name = "aanjager.api.max-body-size")
    MemorySize jsonLimit;

    /** Largest upload to /api/imports (a spreadsheet or CSV of companies), e.g. 50M. */
    @ConfigProperty(name = "aanjager.imports.max-upload-size")
    MemorySize uploadLimit;

    @Inject
    ObjectMapper json;

    private BodyHandler chunkedJsonReader;

    void install(@Observes Router router) {
        chunkedJsonReader = BodyHandler.create(false).setBodyLimit(jsonLimit.asLongValue());
        router.route("/api/*").order(ORDER).handler(this::limit).failureHandler(this::chunkedBodyTooLarge);
    }

    private void limit(RoutingContext http) {
        HttpServerRequest request = http.request();
        long limit = limitOf(request);
        long declared = declaredLength(request);
        if (declared > limit) {
            refuse(http, limit);
        } else if (declared >= 0 || isUpload(request) || WITHOUT_BODY.contains(request.method())) {
            http.next();
        } else {
            chunkedJsonReader.handle(http);
        }
    }

    /** BodyHandler fails the request with 413 when a chunked body passes the limit. */
    private void chunkedBodyTooLarge(RoutingContext http) {
        if (http.get(REFUSED) != null) {
            // the connection we closed after our 413 ends the body being read: nothing left to answer
            return;
        }
        if (http.statusCode() == 413 && !http.response().headWritten()) {
            refuse(http, limitOf(http.request()));
        } else {
            http.next();
        }
    }

    private void refuse(RoutingContext http, long limit) {
        http.put(REFUSED, Boolean.TRUE);
        Problem problem = new Problem(ProblemType.CONTENT_TOO_LARGE.uri(), ProblemType.CONTENT_TOO_LARGE.title(),
                ProblemType.CONTENT_TOO_LARGE.status(), "The request body is larger than the " + limit
                        + " bytes this endpoint accepts", http.request().path(), List.of());
        HttpServerResponse response = http.response()
                .setStatusCode(ProblemType.CONTENT_TOO_LARGE.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close");
        closeOnceTheClientStopsSending(http);
        response.end(body(problem));
    }

    /** Reads and drops the rest of the body, then closes; a client that keeps sending is cut off. */
    private static void closeOnceTheClientStopsSending(RoutingContext http) {
        HttpServerRequest request = http.request();
        HttpConnection connection = request.connection();
        long cutOff = http.vertx().setTimer(LINGER_MILLIS, late -> connection.close());
        Runnable close = () -> {
            http.vertx().cancelTimer(cutOff);
            connection.close();
        };
        if (request.isEnded()) {
            http.response().endHandler(sent -> close.run());
            return;
        }
        request.handler(dropped -> { });
        request.exceptionHandler(broken -> close.run());
        request.endHandler(whole -> {
            if (http.response().ended()) {
                close.run();
            } else {
                http.response().endHandler(sent -> close.run());
            }
        });
        request.resume();
    }

    private long limitOf(HttpServerRequest request) {
        return isUpload(request) ? uploadLimit.asLongValue() : jsonLimit.asLongValue();
    }

    /**
     * Only the upload itself: the other writes under /api/imports (a confirmation) take JSON, and with
     * the upload limit a 1.1 MB confirmation was read in full instead of refused (contract fuzz pass).
     */
    private static boolean isUpload(HttpServerRequest request) {
        return request.path().equals(IMPORTS) && !WITHOUT_BODY.contains(request.method());
    }

    /** The declared Content-Length, or -1 without one (chunked, or no body). Netty refuses a malformed one. */
    private static long declaredLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String body(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem always serialises", e);
        }
    }
}
