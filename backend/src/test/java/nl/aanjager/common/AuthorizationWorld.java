package nl.aanjager.common;

import static nl.aanjager.common.Api.as;
import static nl.aanjager.common.Api.unique;

import io.quarkus.mailer.MockMailbox;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.aanjager.events.EventFixtures;

/**
 * The objects of partner 1 that {@link AuthorizationTableTest} aims every operation at, made with
 * real tokens: company K, person P whom partner 1 entered there (with values no other test uses),
 * partner 1's confidential activity naming P, its referral of K to partner 3 naming P, its credit,
 * its event E (running now) with P registered. Partner 2 has then written at K too (an activity, a
 * person of its own, a referral, a credit, an outcome), so the table also shows that writing at a
 * company opens nothing of partner 1's. Operations that change or remove their object get a fresh
 * one per call ({@code fresh...}).
 */
final class AuthorizationWorld {
    /** A created object and the ETag its creation answered (its If-Match). */
    record Made(long id, String etag) {
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    final String personName = "Pieternella Geheim " + marker;
    final String personEmail = "pieternella." + marker + "@k-geheim.example";
    final String personPhone = "+31 6 " + String.format("%08d", Math.abs(marker.hashCode()) % 100_000_000);
    final String activitySecret = "Vertrouwelijk plan " + marker;
    final String referralSecret = "Reden van doorverwijzing " + marker;
    final long programme;
    final long stage;
    final long target;
    final long company;
    final long person;
    final long activity;
    final long referral;
    final long stageRecord;
    final long event;
    final long registration;
    private final MockMailbox mailbox;

    AuthorizationWorld(MockMailbox mailbox) {
        this.mailbox = mailbox;
        programme = as("admin").body(Map.of("name", unique("Autorisatie"), "themes", List.of("DIGITAL"),
                "startDate", "2026-01-01")).post("/api/programmes").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        stage = as("admin").get("/api/programmes/" + programme + "/stages").then().extract().jsonPath().getLong("[0].id");
        target = created(as("admin").body(targetBody()).post("/api/programmes/" + programme + "/targets")).id();
        company = freshCompany().id();
        person = created(as("partner1").body(Map.of("companyId", company, "name", personName, "email", personEmail,
                "phone", personPhone))
                .post("/api/contacts")).id();
        Map<String, Object> confidential = activityBody(1);
        confidential.put("contactId", person);
        confidential.put("summary", activitySecret);
        confidential.put("confidential", true);
        activity = created(as("partner1").body(confidential).post("/api/activities")).id();
        referral = created(as("partner1").body(Map.of("companyId", company, "toPartnerId", 3, "reason",
                referralSecret, "contactId", person)).post("/api/referrals")).id();
        stageRecord = freshStageRecord().id();
        event = created(as("partner1").body(eventBody(OffsetDateTime.now().minusHours(1))).post("/api/events")).id();
        as("partner1").post("/api/events/" + event + "/publication").then().statusCode(200);
        registration = created(as("partner1").body(Map.of("contactId", person))
                .post("/api/events/" + event + "/registrations")).id();
        as("admin").body(Map.of("contactId", person, "programmeId", programme, "termStart", "2026-01-01"))
                .post("/api/ambassadors").then().statusCode(201);
        partnerTwoWritesAtTheCompany();
    }

    private void partnerTwoWritesAtTheCompany() {
        long own = created(as("partner2").body(activityBody(2)).post("/api/activities")).id();
        as("partner2").body(Map.of("companyId", company, "name", unique("Eigen persoon van twee")))
                .post("/api/contacts").then().statusCode(201);
        as("partner2-api").body(Map.of("companyId", company, "toPartnerId", 1, "reason", "Terug naar één"))
                .post("/api/referrals").then().statusCode(201);
        as("partner2").body(Map.of("companyId", company, "programmeId", programme, "stageId", stage, "source",
                "ACTIVITY", "sourceId", own)).post("/api/stage-records").then().statusCode(201);
        as("partner2-api").body(outcomeBody(2)).post("/api/outcomes").then().statusCode(201);
    }

    /**
     * What partner 1 holds that this caller may not see in any answer. The door reads the names of
     * today's attendees, P among them (P is registered for E), and nothing else of theirs.
     */
    List<String> secretsFor(String caller) {
        return caller.equals("checkin") ? List.of(personEmail, personPhone, activitySecret, referralSecret)
                : List.of(personName, personEmail, personPhone, activitySecret, referralSecret);
    }

    static Made created(Response response) {
        response.then().statusCode(201);
        return new Made(response.jsonPath().getLong("id"), response.header("ETag"));
    }

    Map<String, Object> activityBody(long partner) {
        Map<String, Object> body = Fixtures.activityBody(company, partner);
        body.put("occurredOn", LocalDate.now().minusDays(1).toString());
        return body;
    }

    Map<String, Object> outcomeBody(long partner) {
        return Map.of("companyId", company, "partnerId", partner, "programmeId", programme, "indicator",
                "JOBS_CREATED", "value", 1, "occurredOn", LocalDate.now().minusDays(1).toString());
    }

    Map<String, Object> targetBody() {
        return Map.of("name", unique("Doel"), "stageId", stage, "targetCount", 100, "deadline", "2027-12-31");
    }

    Map<String, Object> eventBody(OffsetDateTime start) {
        return EventFixtures.workshopBody(programme, stage, "Autorisatiebijeenkomst", start);
    }

    Map<String, Object> publicForm() {
        return Map.of("companyName", "Publiek " + marker, "name", "Puck Publiek",
                "email", "puck." + UUID.randomUUID().toString().substring(0, 8) + "@publiek.example", "consent", true);
    }

    /** A documentation address (TEST-NET-2) per public call, so no call shares another's rate limit. */
    static String nextClientAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    Made freshPartner() {
        return created(as("admin").body(Map.of("name", unique("Partner"), "kind", "ADVISORY")).post("/api/partners"));
    }

    Made freshProgramme() {
        return created(as("admin").body(Map.of("name", unique("Programma"), "themes", List.of("DIGITAL"),
                "startDate", "2026-01-01")).post("/api/programmes"));
    }

    List<Long> stagesOf(long programme) {
        return as("admin").get("/api/programmes/" + programme + "/stages").then().extract().jsonPath()
                .getList("id", Long.class);
    }

    String etagOf(String path) {
        return as("admin").get(path).then().statusCode(200).extract().header("ETag");
    }

    Made freshTarget() {
        return created(as("admin").body(targetBody()).post("/api/programmes/" + programme + "/targets"));
    }

    Made freshCompany() {
        return created(as("admin").body(Fixtures.companyBody(unique("Autorisatie K"), "3011 AB")).post("/api/companies"));
    }

    Made freshContact() {
        return created(as("partner1").body(Map.of("companyId", company, "name", unique("Vers Persoon")))
                .post("/api/contacts"));
    }

    Made freshActivity() {
        return created(as("partner1").body(activityBody(1)).post("/api/activities"));
    }

    Made freshReferral() {
        return created(as("partner1").body(Map.of("companyId", company, "toPartnerId", 3, "reason", "Vers"))
                .post("/api/referrals"));
    }

    /** A previewed import of partner 1's: one good company row. */
    long freshImport() {
        return Api.bearer("partner1").multiPart("file", "bedrijven.csv", ("KvK-nummer;Naam\n" + Fixtures.kvk()
                + ";Import BV\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).multiPart("kind", "COMPANIES")
                .post("/api/imports").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Partner 1's webhook subscription, disabled: no dispatcher holds its deliveries while a row re-sends one. */
    Made freshWebhook() {
        return created(as("partner1").body(webhookBody()).post("/api/webhooks"));
    }

    static Map<String, Object> webhookBody() {
        return Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("import.finished"), "enabled", false);
    }

    /** A queued delivery (a ping) of a fresh subscription of partner 1's: {subscription, delivery}. */
    long[] freshWebhookDelivery() {
        long webhook = freshWebhook().id();
        long delivery = as("partner1").post("/api/webhooks/" + webhook + "/pings").then().statusCode(202)
                .extract().jsonPath().getLong("deliveryId");
        return new long[] {webhook, delivery};
    }

    Made freshAcceptedReferral() {
        Made made = freshReferral();
        as("admin").post("/api/referrals/" + made.id() + "/acceptance").then().statusCode(200);
        return made;
    }

    Made freshAmbassador() {
        return created(as("admin").body(Map.of("contactId", freshContact().id(), "programmeId", programme,
                "termStart", "2026-01-01")).post("/api/ambassadors"));
    }

    Made freshStageRecord() {
        return created(as("partner1").body(Map.of("companyId", company, "programmeId", programme, "stageId", stage,
                "source", "ACTIVITY", "sourceId", activity)).post("/api/stage-records"));
    }

    Made freshDraftEvent() {
        return created(as("partner1").body(eventBody(OffsetDateTime.now().plusDays(7))).post("/api/events"));
    }

    Made freshPublishedEvent() {
        Made made = freshDraftEvent();
        as("partner1").post("/api/events/" + made.id() + "/publication").then().statusCode(200);
        return made;
    }

    /** A registration at E of a fresh person of partner 1; its ticket is in the answer. */
    Response freshRegistration() {
        return as("partner1").body(Map.of("contactId", freshContact().id()))
                .post("/api/events/" + event + "/registrations").then().statusCode(201).extract().response();
    }

    long freshCheckedInRegistration() {
        Response registration = freshRegistration();
        as("checkin").body(Map.of("ticket", registration.path("ticket"), "device", "tabel"))
                .post("/api/events/" + event + "/check-ins").then().statusCode(200);
        return registration.jsonPath().getLong("id");
    }

    /** The cancel code of a fresh public registration at E, from its mail. */
    String freshCancelCode() {
        Map<String, Object> form = publicForm();
        Api.json().header("X-Forwarded-For", nextClientAddress()).body(form)
                .post("/api/public/events/" + event + "/registrations").then().statusCode(202);
        var mails = mailbox.getMailMessagesSentTo((String) form.get("email"));
        Matcher link = Pattern.compile("annuleren\\?code=([A-Za-z0-9_-]+)").matcher(mails.get(0).getHtml());
        if (!link.find()) {
            throw new AssertionError("no cancel link in " + mails.get(0).getHtml());
        }
        return link.group(1);
    }

    List<Map<String, Object>> scans(String ticket) {
        List<Map<String, Object>> scans = new ArrayList<>();
        scans.add(Map.of("ticket", ticket, "device", "tabel", "clientId", UUID.randomUUID().toString()));
        return scans;
    }
}
