package nl.aanjager.webhooks;

import static nl.aanjager.common.Api.as;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.companyBody;
import static nl.aanjager.webhooks.Webhooks.about;
import static nl.aanjager.webhooks.Webhooks.subscribe;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Managing subscriptions (who may do what), and who receives which event. */
@QuarkusTest
class WebhookSubscriptionTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String LOOPBACK = "http://127.0.0.1:9/hooks";

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DataSource dataSource;

    @Test
    void partnersSeeAndManageOnlyTheirOwnSubscriptions() {
        var own = subscribe("partner1", LOOPBACK, "referral.created");
        as("partner1").get("/api/webhooks").then().statusCode(200).body("items.id", hasItem((int) own.id()))
                .body("items.partnerId", not(hasItem(2)));
        as("partner2").get("/api/webhooks").then().statusCode(200).body("items.id", not(hasItem((int) own.id())));
        as("partner2").get("/api/webhooks/" + own.id()).then().statusCode(404);
        as("partner2").header("If-Match", own.etag()).body(Map.of("url", LOOPBACK, "eventTypes", List.of("company.created")))
                .put("/api/webhooks/" + own.id()).then().statusCode(404);
        as("partner2").post("/api/webhooks/" + own.id() + "/secrets").then().statusCode(404);
        as("partner2").post("/api/webhooks/" + own.id() + "/pings").then().statusCode(404);
        as("partner2").get("/api/webhooks/" + own.id() + "/deliveries").then().statusCode(404);
        as("partner2").delete("/api/webhooks/" + own.id()).then().statusCode(404);
        as("partner2").queryParam("partnerId", 1).get("/api/webhooks").then().statusCode(403);
        as("partner1").body(Map.of("url", LOOPBACK, "eventTypes", List.of("referral.created"), "partnerId", 2))
                .post("/api/webhooks").then().statusCode(403).body("errors[0].field", equalTo("partnerId"));

        as("admin").queryParam("partnerId", 1).get("/api/webhooks").then().statusCode(200)
                .body("items.id", hasItem((int) own.id()));
        long forPartner2 = as("admin").body(Map.of("url", LOOPBACK, "eventTypes", List.of("referral.created"),
                "partnerId", 2)).post("/api/webhooks").then().statusCode(201).body("partnerId", equalTo(2))
                .body("secret", startsWith("whsec_")).extract().jsonPath().getLong("id");
        as("partner2").get("/api/webhooks/" + forPartner2).then().statusCode(200).body("secret", nullValue());
        long municipality = as("admin").body(Map.of("url", LOOPBACK, "eventTypes", List.of("referral.created")))
                .post("/api/webhooks").then().statusCode(201).body("partnerId", nullValue())
                .extract().jsonPath().getLong("id");
        as("partner1").get("/api/webhooks/" + municipality).then().statusCode(404);
        as("staff").get("/api/webhooks").then().statusCode(403);

        as("partner1").delete("/api/webhooks/" + own.id()).then().statusCode(204);
        as("partner1").get("/api/webhooks/" + own.id()).then().statusCode(404);
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() {
        var own = subscribe("partner1", LOOPBACK, "referral.created");
        long before = as("partner1").get("/api/webhooks").then().extract().jsonPath().getLong("total");
        refused(Map.of("url", LOOPBACK, "eventTypes", List.of("referral.exploded")), "eventTypes");
        refused(Map.of("url", LOOPBACK, "eventTypes", List.of()), "eventTypes");
        refused(Map.of("eventTypes", List.of("referral.created")), "url");
        refused(Map.of("url", "ftp://127.0.0.1/x", "eventTypes", List.of("referral.created")), "url");
        refused(Map.of("url", "https://10.0.0.8/x", "eventTypes", List.of("referral.created")), "url");
        refused(Map.of("url", "https://169.254.169.254/latest/meta-data", "eventTypes", List.of("referral.created")), "url");
        refused(Map.of("url", "https://[fd00::1]/x", "eventTypes", List.of("referral.created")), "url");
        refused(Map.of("url", "https://user:pw@127.0.0.1/x", "eventTypes", List.of("referral.created")), "url");
        refused(Map.of("url", "no url at all", "eventTypes", List.of("referral.created")), "url");
        as("partner1").body(Map.of("url", LOOPBACK, "eventTypes", List.of("referral.created"), "colour", "red"))
                .post("/api/webhooks").then().statusCode(400);
        assertEquals(before, as("partner1").get("/api/webhooks").then().extract().jsonPath().getLong("total"));

        Map<String, Object> change = Map.of("url", LOOPBACK, "eventTypes", List.of("company.created"));
        as("partner1").body(change).put("/api/webhooks/" + own.id()).then().statusCode(428);
        as("partner1").header("If-Match", "\"999\"").body(change).put("/api/webhooks/" + own.id()).then().statusCode(412);
        as("partner1").header("If-Match", own.etag()).body(Map.of("url", "https://10.0.0.8/x",
                "eventTypes", List.of("company.created"))).put("/api/webhooks/" + own.id()).then().statusCode(400);
        as("partner1").get("/api/webhooks/" + own.id()).then().body("url", equalTo(LOOPBACK))
                .body("eventTypes", equalTo(List.of("referral.created")));
        as("partner1").header("If-Match", own.etag()).body(Map.of("url", LOOPBACK, "eventTypes",
                List.of("company.created", "company.stage_reached"), "description", "CRM", "enabled", false))
                .put("/api/webhooks/" + own.id()).then().statusCode(200)
                .body("eventTypes", equalTo(List.of("company.created", "company.stage_reached")))
                .body("enabled", equalTo(false)).body("description", equalTo("CRM"));
    }

    @Test
    void theEventTypesAreListedWithWhatTheyMean() {
        as("partner2-api").get("/api/webhooks/event-types").then().statusCode(200)
                .body("type", hasItems("company.created", "company.updated", "company.stage_reached", "activity.created",
                        "referral.created", "referral.accepted", "referral.declined", "referral.completed",
                        "registration.created", "registration.cancelled", "registration.checked_in", "import.finished"))
                .body("find { it.type == 'referral.accepted' }.description", equalTo("The receiving partner accepted a referral"));
    }

    @Test
    void aPartnersSystemManagesItsOwnSubscriptionWithItsRealToken() {
        var made = subscribe("partner1-api", LOOPBACK, "import.finished");
        as("partner1-api").get("/api/webhooks/" + made.id()).then().statusCode(200).body("partnerId", equalTo(1));
        as("partner1").get("/api/webhooks/" + made.id()).then().statusCode(200);
        as("partner2-api").get("/api/webhooks/" + made.id()).then().statusCode(404);
        as("partner1-api").header("If-Match", made.etag()).body(Map.of("url", LOOPBACK, "eventTypes",
                List.of("import.finished", "company.created"))).put("/api/webhooks/" + made.id()).then().statusCode(200)
                .body("eventTypes", equalTo(List.of("import.finished", "company.created")));
        as("partner1-api").post("/api/webhooks/" + made.id() + "/secrets").then().statusCode(201)
                .body("secret", startsWith("whsec_")).body("previousSecretValidUntil", not(nullValue()));
        as("partner1-api").delete("/api/webhooks/" + made.id()).then().statusCode(204);
        as("partner1-api").get("/api/webhooks/" + made.id()).then().statusCode(404);
    }

    @Test
    void aPartnerHearsOfAReferralOnlyWhenItIsOneOfItsTwoPartners() throws Exception {
        try (WebhookReceiver partner2 = new WebhookReceiver(); WebhookReceiver municipality = new WebhookReceiver()) {
            subscribe("partner2", partner2.url(), "referral.created");
            subscribe("admin", municipality.url(), "referral.created");
            long company = newCompany("Doorverwezen");
            long toPartner3 = refer("partner1", company, 3);
            municipality.await(about("referral.created", "referralId", toPartner3), 1, WAIT);
            dispatcher.deliverDue();
            long toPartner2 = refer("partner1", company, 2);
            partner2.await(about("referral.created", "referralId", toPartner2), 1, WAIT);
            Thread.sleep(500);
            assertEquals(List.of(), partner2.received(about("referral.created", "referralId", toPartner3)),
                    "partner 2 is no party to partner 1's referral to partner 3");
        }
    }

    @Test
    void aStageIsAnnouncedOnceWhenFirstReachedWhateverPathAndToPartnersThatWorkWithTheCompany() throws Exception {
        try (WebhookReceiver partner1 = new WebhookReceiver(); WebhookReceiver partner2 = new WebhookReceiver()) {
            subscribe("partner1", partner1.url(), "company.stage_reached");
            subscribe("partner2", partner2.url(), "company.stage_reached");
            long company = newCompany("Fase");
            long informed = record(company, "informed", "2026-03-01T10:00:00Z");
            assertEquals(List.of(1L, 2L), announcedPositions(company), "reaching informed passes inspired");
            record(company, "inspired", "2026-01-01T10:00:00Z");
            as("admin").body(Map.of("reason", "vergissing")).post("/api/stage-records/" + informed + "/withdrawal")
                    .then().statusCode(200);
            assertEquals(List.of(1L, 2L), announcedPositions(company), "an earlier date or a re-derived entry is no news");
            record(company, "activated", "2026-04-01T10:00:00Z");
            assertEquals(List.of(1L, 2L, 3L), announcedPositions(company), "informed came back silently, activated is new");

            var heard = partner1.await(about("company.stage_reached", "companyId", company), 3, WAIT);
            JsonPath activated = heard.stream().map(r -> JsonPath.from(r.body()))
                    .filter(body -> body.getInt("data.stagePosition") == 3).findFirst().orElseThrow();
            assertEquals(company, activated.getLong("data.companyId"));
            assertEquals(demoStage("activated"), activated.getLong("data.stageId"));
            assertEquals(demoProgramme(), activated.getLong("data.programmeId"));

            long viaActivity = newCompany("Activiteit");
            Map<String, Object> activity = new HashMap<>(nl.aanjager.common.Fixtures.activityBody(viaActivity, null));
            activity.put("programmeId", demoProgramme());
            activity.put("stageId", demoStage("inspired"));
            as("partner1").body(activity).post("/api/activities").then().statusCode(201);
            assertEquals(List.of(1L), announcedPositions(viaActivity), "an activity that credits a stage announces it");
            partner1.await(about("company.stage_reached", "companyId", viaActivity), 1, WAIT);

            dispatcher.deliverDue();
            Thread.sleep(500);
            assertEquals(List.of(), partner2.received(about("company.stage_reached", "companyId", company)),
                    "partner 2 does not work with the company");
        }
    }

    private static void refused(Map<String, Object> body, String field) {
        as("partner1").body(body).post("/api/webhooks").then().statusCode(400)
                .body("type", equalTo("urn:aanjager:problem:validation")).body("errors[0].field", equalTo(field));
    }

    private static long newCompany(String name) {
        return as("admin").body(companyBody(unique(name), "3011 AB")).post("/api/companies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long refer(String caller, long company, long to) {
        return as(caller).body(Map.of("companyId", company, "toPartnerId", to, "reason", "export"))
                .post("/api/referrals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long record(long company, String stage, String reachedAt) {
        return as("admin").body(Map.of("companyId", company, "programmeId", demoProgramme(), "stageId", demoStage(stage),
                "reachedAt", reachedAt, "creditedPartnerId", 1)).post("/api/stage-records").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long demoProgramme() {
        return as("admin").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    private static long demoStage(String code) {
        return as("admin").get("/api/programmes/" + demoProgramme() + "/stages").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.code == '" + code + "' }.id");
    }

    /** The stage positions announced for the company, one outbox row each. */
    private List<Long> announcedPositions(long company) throws SQLException {
        try (Connection sql = dataSource.getConnection();
                PreparedStatement select = sql.prepareStatement("""
                        select (data ->> 'stagePosition')::bigint from webhook_event
                        where type = 'company.stage_reached' and company_id = ? order by 1
                        """)) {
            select.setLong(1, company);
            List<Long> positions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    positions.add(rows.getLong(1));
                }
            }
            assertTrue(positions.size() == positions.stream().distinct().count(), "no stage twice: " + positions);
            return positions;
        }
    }
}
