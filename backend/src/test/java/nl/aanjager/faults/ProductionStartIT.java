package nl.aanjager.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.aanjager.imports.PackagedBackend;
import org.junit.jupiter.api.Test;

/**
 * The production jar with the production profile and production-like settings (no demo data,
 * the mailer not mocked but sending to an SMTP server in the test, GreenMail): it refuses to start
 * without its ticket-signing key or with the repository's demo key, saying what to do, and starts
 * with a real one, on an empty database, and mails a ticket over SMTP. (A key too short is refused
 * by the same check: TicketKeyCheckTest.)
 */
class ProductionStartIT {
    private static final String JAR = System.getProperty("it.replica.jar", "target/production-app/quarkus-run.jar");
    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 25444);
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

            GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try (PackagedBackend backend = production(jdbc, work.resolve("real"), List.of(
                    "-Daanjager.tickets.signing-key=cmVhbC1rZXktb2YtMzItYnl0ZXMtZm9yLXRoZS10ZXN0IQ=="))) {
                backend.start(Duration.ofSeconds(120));
                assertEquals(0, FaultStack.count(postgres.getPostgresDatabase(), "select count(*) from partner"),
                        "no demo data in production");
                long event = publishedEvent(backend.baseUri(), FaultStack.userToken(FaultStack.KEYCLOAK, "admin"));
                given().baseUri(backend.baseUri()).contentType("application/json").body(Map.of("companyName",
                        "Bakkerij Proef", "name", "Petra Proef", "email", "petra@example.nl", "consent", true))
                        .post("/api/public/events/" + event + "/registrations").then().statusCode(202);
                assertTrue(smtp.waitForIncomingEmail(30_000, 1), "the ticket mail reached the SMTP server");
                MimeMessage ticket = smtp.getReceivedMessages()[0];
                assertEquals("petra@example.nl", ticket.getAllRecipients()[0].toString());
                System.out.printf("production start: ticket mail \"%s\" sent over SMTP to %s%n", ticket.getSubject(),
                        ticket.getAllRecipients()[0]);
            } finally {
                smtp.stop();
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

    /** An empty production database: a partner, a programme and a published event, made by the admin. */
    private static long publishedEvent(String api, String admin) {
        long partner = json(api, admin).body(Map.of("name", "Kamer van Koophandel", "kind", "CHAMBER_OF_COMMERCE"))
                .post("/api/partners").then().statusCode(201).extract().jsonPath().getLong("id");
        long programme = json(api, admin).body(Map.of("name", "Proefprogramma", "themes", List.of("DIGITAL"),
                "startDate", "2026-01-01")).post("/api/programmes").then().statusCode(201).extract().jsonPath().getLong("id");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.HOURS);
        long event = json(api, admin).body(Map.of("programmeId", programme, "title", "Proefbijeenkomst", "type",
                        "NETWORK_EVENT", "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(),
                        "organiserIds", List.of(partner)))
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        json(api, admin).post("/api/events/" + event + "/publication").then().statusCode(200);
        return event;
    }

    private static RequestSpecification json(String api, String token) {
        return given().baseUri(api).auth().oauth2(token).contentType("application/json");
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
                "-Dquarkus.mailer.host=127.0.0.1", "-Dquarkus.mailer.port=" + SMTP_PORT,
                "-Daanjager.tickets.public-url=https://aanjager.example.nl"));
        all.addAll(options);
        return new PackagedBackend(Path.of(JAR), jdbc, logs, all);
    }
}
