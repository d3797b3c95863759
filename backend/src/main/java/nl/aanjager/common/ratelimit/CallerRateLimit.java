package nl.aanjager.common.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Counts every call of the authenticated API ({@code /api/**}) against the caller's own bucket
 * ({@link CallerBuckets}), so one noisy client (a runaway partner sync, a looping script) cannot
 * starve the others. The public API ({@code /api/public/**}) has no token to count by:
 * {@link RateLimiter} limits it per address. A filter, not an annotation per resource, so that a
 * resource added later is limited too; an import counts as one request like any other.
 */
public class CallerRateLimit {
    @Inject
    CallerBuckets buckets;

    @Inject
    SecurityIdentity identity;

    // Post-matching, so after RESTEasy's security checks: a caller without a valid token, or with the
    // wrong role, has had its 401/403 already; whoever reaches here has a token to count by.
    @ServerRequestFilter
    void count(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/") && !path.startsWith("/api/public/")) {
            buckets.take(callerOf(http));
        }
    }

    /** The token's subject: Keycloak gives each user and each client-credentials client one of its own. */
    private String callerOf(HttpServerRequest http) {
        if (identity.isAnonymous()) {
            // an endpoint open to anonymous callers outside /api/public: count them by address
            return "address:" + ClientAddress.of(http);
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return "subject:" + token.getSubject();
        }
        return "name:" + identity.getPrincipal().getName();
    }
}
