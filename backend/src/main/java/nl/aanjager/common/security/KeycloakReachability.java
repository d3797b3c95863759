package nl.aanjager.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says in the readiness report whether Keycloak answers. It never makes the backend unready: tokens
 * are checked against keys fetched before, so the API (and the door) keeps working for everyone
 * whose token was issued before the outage; taking every replica out of the load balancer would
 * stop them too. Only new logins and token refreshes fail, and this check says so.
 */
@Readiness
@ApplicationScoped
public class KeycloakReachability implements HealthCheck {
    private static final Duration ASK_AT_MOST_EVERY = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> realmUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Observation last;

    private record Observation(Instant at, boolean reachable, String detail, Instant unreachableSince) {
    }

    @Override
    public HealthCheckResponse call() {
        Observation seen = observe();
        var response = HealthCheckResponse.named("Keycloak").up()
                .withData("reachable", seen.reachable())
                .withData("detail", seen.detail());
        if (seen.unreachableSince() != null) {
            response.withData("unreachableSince", seen.unreachableSince().toString());
        }
        return response.build();
    }

    private synchronized Observation observe() {
        Instant now = Instant.now();
        if (last != null && last.at().plus(ASK_AT_MOST_EVERY).isAfter(now)) {
            return last;
        }
        Optional<String> problem = realmUrl.isEmpty() ? Optional.of("no realm configured") : ask(realmUrl.get());
        Instant since = problem.isEmpty() ? null : last != null && last.unreachableSince() != null
                ? last.unreachableSince() : now;
        last = new Observation(now, problem.isEmpty(), problem.map(p -> "unreachable (" + p + "): signed-in users"
                + " keep working until their token expires; new logins and token refreshes fail")
                .orElse("reachable"), since);
        return last;
    }

    private Optional<String> ask(String realm) {
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create(realm + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (IOException e) {
            return Optional.of(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
