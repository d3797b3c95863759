package checkin;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Check-ins of distinct tickets. mode=open: a constant arrival rate (new scans arrive whether
 * or not earlier ones were answered, so slow answers show in the tail instead of slowing the
 * load down). mode=closed: a fixed number of scanners, for throughput at saturation.
 */
public class CheckInSimulation extends Simulation {
    private final String api = System.getProperty("api", "http://127.0.0.1:18080");
    private final String token = System.getProperty("token");
    private final String event = System.getProperty("event");
    private final String mode = System.getProperty("mode", "open");
    private final int rate = Integer.getInteger("rate", 200);
    private final int users = Integer.getInteger("users", 16);
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("seconds", 20));

    private final HttpProtocolBuilder protocol = http.baseUrl(api)
            .header("Authorization", "Bearer " + token)
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            // scanning phones keep their connection open; a new TCP connection per scan would
            // measure the handshake, not the check-in
            .shareConnections();

    private final ScenarioBuilder checkIn = scenario("check-in")
            .feed(csv(System.getProperty("tickets")).queue())
            .exec(http("check-in").post("/api/events/" + event + "/check-ins")
                    .body(StringBody("{\"ticket\":\"#{ticket}\",\"device\":\"gatling\"}"))
                    .check(status().is(200), jsonPath("$.outcome").is("CHECKED_IN")));

    {
        PopulationBuilder population = mode.equals("open")
                ? checkIn.injectOpen(constantUsersPerSec(rate).during(duration))
                : checkIn.injectClosed(constantConcurrentUsers(users).during(duration));
        setUp(population).protocols(protocol);
    }
}
