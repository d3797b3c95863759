package nl.aanjager.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.aanjager.common.problem.ProblemExceptionMappers;
import nl.aanjager.common.problem.ProblemType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem details, and the audit trail of failed authorizations the
 * security officer asks for: time (log timestamp), subject, method and path.
 */
public class SecurityExceptionMappers {
    private static final Logger LOG = Logger.getLogger(SecurityExceptionMappers.class);

    @Inject
    SecurityIdentity identity;

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, Request request) {
        LOG.warnf("authentication failed: subject=<none> %s %s reason=%s", request.getMethod(), uri.getPath(),
                e instanceof AuthenticationFailedException ? "invalid or expired token" : "no token");
        return ProblemExceptionMappers.problem(ProblemType.UNAUTHORIZED,
                "Send a valid bearer token from the aanjager realm", uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, Request request) {
        LOG.warnf("authorization denied: subject=%s roles=%s %s %s", identity.getPrincipal().getName(),
                identity.getRoles(), request.getMethod(), uri.getPath());
        return ProblemExceptionMappers.problem(ProblemType.FORBIDDEN,
                "Your role does not allow this operation", uri, List.of());
    }
}
