package nl.aanjager.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.aanjager.imports.PackagedBackend;
import org.junit.jupiter.api.Test;

/**
 * The production jar with the production profile and production-like settings (no demo data,
 * the mailer not mocked but pointed at an SMTP port on this machine): it refuses to start without
 * its ticket-signing key or with the repository's demo key, saying what to do, and starts with a
 * real one. (A key too short is refused by the same check: TicketKeyCheckTest.)
 */
class ProductionStartIT {
    private static final String JAR = System.getProperty("it.replica.jar", "target/production-app/quarkus-run.jar");
    private static final String DEMO_KEY = "ZGVtby1vbmx5LXRpY2tldC1rZXktbm90LWZvci1wcm9kdWN0aW9uIQ==";

    @Test
    void refusesToStartWithoutItsSecretOrWithTheDemoOneAndStartsWithARealOne() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "faults-it", "production-start"));
        try (EmbeddedPostgres postgres = FaultStack.postgres("it.postgres.port.production", 25441)) {
            String jdbc = postgres.getJdbcUrl("postgres", "postgres");

            String missing = refusal(jdbc, work.resolve("missing"), List.of());
            assertTrue(missing.contains("No ticket-signing key: set AANJAGER_TICKETS_SIGNING_KEY"), missing);
            String demo = refusal(jdbc, work.resolve("demo"), List.of("-Daanjager.tickets.signing-key=" + DEMO_KEY));
            assertTrue(demo.contains("is the demo key from the repository"), demo);

            try (PackagedBackend backend = production(jdbc, work.resolve("real"), List.of(
                    "-Daanjager.tickets.signing-key=cmVhbC1rZXktb2YtMzItYnl0ZXMtZm9yLXRoZS10ZXN0IQ=="))) {
                backend.start(Duration.ofSeconds(120));
                io.restassured.RestAssured.given().baseUri(backend.baseUri()).get("/api/public/events").then()
                        .statusCode(200);
                assertEquals(0, FaultStack.count(postgres.getPostgresDatabase(), "select count(*) from partner"),
                        "no demo data in production");
            }
        }
    }

    /** The demo key this test names is the one the repository's development profiles use. */
    @Test
    void theDemoKeyIsTheOneOfTheDevelopmentProfiles() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        assertEquals(DEMO_KEY, properties.getProperty("%dev,test,local.aanjager.tickets.signing-key"));
    }

    private static String refusal(String jdbc, Path logs, List<String> options) throws Exception {
        try (PackagedBackend backend = production(jdbc, logs, options)) {
            AssertionError refused = assertThrows(AssertionError.class, () -> backend.start(Duration.ofSeconds(60)));
            return refused.getMessage();
        }
    }

    private static PackagedBackend production(String jdbc, Path logs, List<String> options) throws IOException {
        List<String> all = new ArrayList<>(List.of("-Dquarkus.profile=prod",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.oidc.auth-server-url=" + FaultStack.KEYCLOAK,
                "-Dquarkus.mailer.host=127.0.0.1", "-Dquarkus.mailer.port=2525",
                "-Daanjager.tickets.public-url=https://aanjager.example.nl"));
        all.addAll(options);
        return new PackagedBackend(Path.of(JAR), jdbc, logs, all);
    }
}
