package nl.aanjager.common;

import static nl.aanjager.common.Api.as;
import static nl.aanjager.common.Api.bearer;
import static nl.aanjager.common.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The holes through which a partner could see more than its own (issue "Each partner's data stays
 * its own"), each as a named test with real Keycloak tokens. "Other" is partner 2, both its user
 * (partner2) and its system (partner2-api); the data belongs to partner 1.
 */
@QuarkusTest
class PartnerDataStaysItsOwnTest {
    private static World world;

    /** Company K, and person P whom partner 1 entered there and named on its activity. */
    record World(long company, long person, String name, String email, String phone, long programme, long stage) {
    }

    static World world() {
        if (world == null) {
            String marker = UUID.randomUUID().toString().substring(0, 8);
            long company = as("admin").body(Fixtures.companyBody("Eigen K " + marker, "3011 AB")).post("/api/companies")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            String name = "Pien Partnereen " + marker;
            String email = "pien." + marker + "@k.example";
            String phone = "+31 10 " + marker.replaceAll("[^0-9]", "7").substring(0, 6);
            long person = as("partner1").body(Map.of("companyId", company, "name", name, "email", email,
                    "phone", phone)).post("/api/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
            Map<String, Object> activity = Fixtures.activityBody(company, null);
            activity.put("contactId", person);
            as("partner1").body(activity).post("/api/activities").then().statusCode(201);
            long programme = as("admin").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                    .extract().jsonPath().getLong("items[0].id");
            long stage = as("admin").get("/api/programmes/" + programme + "/stages").then()
                    .extract().jsonPath().getLong("[0].id");
            world = new World(company, person, name, email, phone, programme, stage);
        }
        return world;
    }

    private static void assertNothingOfThePerson(Response response) {
        World w = world();
        String body = response.asString();
        for (String value : List.of(w.name(), w.email(), w.phone())) {
            assertFalse(body.contains(value), "partner 1's person shows: " + value + " in " + body);
        }
    }

    private static void assertThePersonIsHiddenFrom(String other) {
        World w = world();
        as(other).get("/api/contacts/" + w.person()).then().statusCode(404);
        assertNothingOfThePerson(as(other).queryParam("companyId", w.company()).get("/api/contacts"));
        assertNothingOfThePerson(as(other).queryParam("companyId", w.company()).get("/api/activities"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner2", "partner2-api"})
    void recordingAnActivityAtACompanyGrantsNoOneElsesPeople(String other) {
        World w = world();
        as(other).body(Fixtures.activityBody(w.company(), null)).post("/api/activities").then().statusCode(201);
        assertThePersonIsHiddenFrom(other);
        Map<String, Object> naming = Fixtures.activityBody(w.company(), null);
        naming.put("contactId", w.person());
        Response refused = as(other).body(naming).post("/api/activities");
        refused.then().statusCode(400).body("errors[0].field", equalTo("contactId"));
        assertNothingOfThePerson(refused);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner2", "partner2-api"})
    void enteringAContactAtACompanyGrantsOnlyThatContact(String other) {
        World w = world();
        long own = as(other).body(Map.of("companyId", w.company(), "name", unique("Eigen Ook")))
                .post("/api/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        as(other).queryParam("companyId", w.company()).get("/api/contacts").then().statusCode(200)
                .body("items.id", hasItem((int) own)).body("items.id", not(hasItem((int) w.person())));
        assertThePersonIsHiddenFrom(other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner2", "partner2-api"})
    void referringACompanyGrantsNoOneElsesPeople(String other) {
        World w = world();
        Map<String, Object> naming = new HashMap<>(Map.of("companyId", w.company(), "toPartnerId", 1,
                "reason", "Wil exporteren", "contactId", w.person()));
        assertNothingOfThePerson(as(other).body(naming).post("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("contactId")).extract().response());
        naming.remove("contactId");
        as(other).body(naming).post("/api/referrals").then().statusCode(201);
        assertThePersonIsHiddenFrom(other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner2", "partner2-api"})
    void aReferralThatNamesThePersonOpensThemToTheReceiverOnly(String receiver) {
        World w = world();
        long person = as("partner1").body(Map.of("companyId", w.company(), "name", unique("Overgedragen")))
                .post("/api/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        as(receiver).get("/api/contacts/" + person).then().statusCode(404);
        as("partner1").body(Map.of("companyId", w.company(), "toPartnerId", 2, "reason", "Warm contact",
                "contactId", person)).post("/api/referrals").then().statusCode(201)
                .body("contactId", equalTo((int) person));
        as(receiver).get("/api/contacts/" + person).then().statusCode(200);
        assertThePersonIsHiddenFrom(receiver);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner2", "partner2-api"})
    void aReferralsReasonAndAnswerStayWithItsTwoPartners(String other) {
        World w = world();
        String reason = "Reden " + UUID.randomUUID();
        String answer = "Antwoord " + UUID.randomUUID();
        long referral = as("partner1").body(Map.of("companyId", w.company(), "toPartnerId", 3, "reason", reason))
                .post("/api/referrals").then().statusCode(201).extract().jsonPath().getLong("id");
        as("admin").body(Map.of("note", answer)).post("/api/referrals/" + referral + "/acceptance").then()
                .statusCode(200);

        Response timeline = as(other).queryParam("size", 200).get("/api/companies/" + w.company() + "/timeline");
        timeline.then().statusCode(200).body("findAll { it.kind.startsWith('REFERRAL') }.refId",
                not(hasItem((int) referral)));
        assertFalse(timeline.asString().contains(reason) || timeline.asString().contains(answer), timeline.asString());
        as(other).get("/api/referrals/" + referral).then().statusCode(404);
        as("partner1").queryParam("size", 200).get("/api/companies/" + w.company() + "/timeline").then()
                .body(containsString(reason)).body(containsString(answer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner2", "partner2-api"})
    void filtersNeverRevealAnotherPartnersRelationships(String other) {
        World w = world();
        Map<String, String> refused = Map.of("/api/companies", "workedWithPartnerId", "/api/activities", "partnerId");
        refused.forEach((path, filter) -> as(other).queryParam(filter, 1).get(path).then()
                .statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo(filter)));
        as(other).queryParam("creditedPartnerId", 1).queryParam("programmeId", w.programme()).get("/api/companies")
                .then().statusCode(403).body("errors[0].field", equalTo("creditedPartnerId"));
        as(other).queryParam("indicator", "JOBS_CREATED").queryParam("outcomePartnerId", 1).get("/api/companies")
                .then().statusCode(403).body("errors[0].field", equalTo("outcomePartnerId"));
        as(other).queryParam("workedWithPartnerId", 2).get("/api/companies").then().statusCode(200);
        // the filter's old name is refused, not ignored: ignored, it would answer with every company
        as(other).queryParam("partnerId", 2).get("/api/companies").then().statusCode(400)
                .body("errors[0].field", equalTo("partnerId")).body("errors[0].params.use", equalTo("workedWithPartnerId"));
        bearer(other).queryParam("partnerId", 2).queryParam("format", "csv").get("/api/companies/export").then()
                .statusCode(400).body("errors[0].field", equalTo("partnerId"));
        // across companies, lists hold the caller's own relationships only
        as(other).queryParam("size", 200).get("/api/activities").then().statusCode(200)
                .body("items.partnerId", everyItem(equalTo(2)));
        as(other).queryParam("programmeId", w.programme()).get("/api/stage-records").then().statusCode(200)
                .body("creditedPartnerId", everyItem(equalTo(2)));
        as(other).queryParam("programmeId", w.programme()).get("/api/outcomes").then().statusCode(200)
                .body("partnerId", everyItem(equalTo(2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner2", "partner2-api"})
    void aPartnerCreditsItselfOnlyThroughASourceItOwns(String other) {
        World w = world();
        long stranger = as("admin").body(Fixtures.companyBody(unique("Nooit gezien"), "3011 AB"))
                .post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> credit = new HashMap<>(Map.of("companyId", stranger, "programmeId", w.programme(),
                "stageId", w.stage()));
        as(other).body(credit).post("/api/stage-records").then().statusCode(403)
                .body("errors[0].field", equalTo("source"));
        long partner1Activity = as("partner1").body(Fixtures.activityBody(stranger, null)).post("/api/activities")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        credit.putAll(Map.of("source", "ACTIVITY", "sourceId", partner1Activity));
        as(other).body(credit).post("/api/stage-records").then().statusCode(403)
                .body("errors[0].field", equalTo("sourceId"));
        as(other).queryParam("companyId", stranger).get("/api/stage-records").then()
                .body("creditedPartnerId", not(hasItem(2)));

        long ownActivity = as(other).body(Fixtures.activityBody(stranger, null)).post("/api/activities")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        credit.put("sourceId", ownActivity);
        as(other).body(credit).post("/api/stage-records").then().statusCode(201)
                .body("creditedPartnerId", equalTo(2)).body("source", equalTo("ACTIVITY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner1", "partner2"})
    void theAttendanceOfItsOwnEventIsASourceAPartnerOwns(String creditor) {
        World w = world();
        boolean organises = creditor.equals("partner2");
        long event = publishedEventBy("partner2", List.of(), w);
        long company = as("admin").body(Fixtures.companyBody(unique("Bezoeker"), "3011 AB")).post("/api/companies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long person = as("partner2").body(Map.of("companyId", company, "name", unique("Bezoeker")))
                .post("/api/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        Response registered = as("partner2").body(Map.of("contactId", person))
                .post("/api/events/" + event + "/registrations");
        as("checkin").body(Map.of("ticket", registered.path("ticket"), "device", "deur-1"))
                .post("/api/events/" + event + "/check-ins").then().statusCode(200);
        Map<String, Object> credit = Map.of("companyId", company, "programmeId", w.programme(), "stageId",
                w.stage(), "source", "EVENT_ATTENDANCE", "sourceId", registered.jsonPath().getLong("id"));
        as(creditor).body(credit).post("/api/stage-records").then()
                .statusCode(organises ? 201 : 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner2", "partner2-api"})
    void namingAnotherPartnerAsOrganiserIsAnInvitationItAnswers(String inviter) {
        World w = world();
        long event = publishedEventBy(inviter, List.of(1), w);
        as("partner1").get("/api/events/" + event).then().statusCode(200)
                .body("organiserIds", equalTo(List.of(2))).body("invitedOrganiserIds", equalTo(List.of(1)));
        as("partner1").get("/api/events/" + event + "/registrations").then().statusCode(404);
        as("partner1").queryParam("invited", true).queryParam("size", 200).get("/api/events").then()
                .body("items.id", hasItem((int) event));
        as("partner2-api").queryParam("invited", true).queryParam("size", 200).get("/api/events").then()
                .body("items.id", not(hasItem((int) event)));
        as(inviter).post("/api/events/" + event + "/invitation/acceptance").then().statusCode(409);

        as("partner1").post("/api/events/" + event + "/invitation/acceptance").then().statusCode(200)
                .body("organiserIds", equalTo(List.of(1, 2))).body("invitedOrganiserIds", empty());
        as("partner1").post("/api/events/" + event + "/invitation/acceptance").then().statusCode(409);
        as("partner1").get("/api/events/" + event + "/registrations").then().statusCode(200);

        long declined = publishedEventBy(inviter, List.of(1), w);
        as("partner1").post("/api/events/" + declined + "/invitation/decline").then().statusCode(200)
                .body("organiserIds", equalTo(List.of(2))).body("invitedOrganiserIds", empty());
    }

    @org.junit.jupiter.api.Test
    void staffNameOrganisersDirectlyButLeaveAnOpenInvitationToThePartner() {
        World w = world();
        long event = publishedEventBy("partner2", List.of(1), w);
        Map<String, Object> body = eventBody(List.of(1, 2, 4), w, java.time.OffsetDateTime.now().minusHours(1));
        String etag = as("staff").get("/api/events/" + event).header("ETag");
        as("staff").header("If-Match", etag).body(body).put("/api/events/" + event).then().statusCode(200)
                .body("organiserIds", equalTo(List.of(2, 4))).body("invitedOrganiserIds", equalTo(List.of(1)));
        body.put("organiserIds", List.of(2, 4));
        etag = as("staff").get("/api/events/" + event).header("ETag");
        as("staff").header("If-Match", etag).body(body).put("/api/events/" + event).then().statusCode(200)
                .body("organiserIds", equalTo(List.of(2, 4))).body("invitedOrganiserIds", empty());
    }

    @org.junit.jupiter.api.Test
    void anInvitedPartnerIsNotCreditedForAttendanceUntilItAccepts() {
        World w = world();
        long event = publishedEventBy("partner2", List.of(1), w);
        long company = as("admin").body(Fixtures.companyBody(unique("Gast"), "3011 AB")).post("/api/companies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long person = as("partner2").body(Map.of("companyId", company, "name", unique("Gast")))
                .post("/api/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        String ticket = as("partner2").body(Map.of("contactId", person)).post("/api/events/" + event + "/registrations")
                .then().statusCode(201).extract().path("ticket");
        as("checkin").body(Map.of("ticket", ticket, "device", "deur-2")).post("/api/events/" + event + "/check-ins")
                .then().statusCode(200);
        as("staff").queryParam("companyId", company).get("/api/stage-records").then().statusCode(200)
                .body("creditedPartnerId", equalTo(List.of(2)));
    }

    @org.junit.jupiter.api.Test
    void theDoorReachesOnlyTheEventsAroundNow() {
        World w = world();
        long today = publishedEventBy("staff", List.of(1), w);
        Map<String, Object> later = eventBody(List.of(1), w, java.time.OffsetDateTime.now().plusDays(30));
        long future = as("staff").body(later).post("/api/events").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as("staff").post("/api/events/" + future + "/publication").then().statusCode(200);

        as("checkin").queryParam("size", 200).get("/api/events").then().statusCode(200)
                .body("items.id", hasItem((int) today)).body("items.id", not(hasItem((int) future)));
        for (String path : List.of("", "/check-in-list", "/attendance", "/check-ins")) {
            as("checkin").get("/api/events/" + future + path).then().statusCode(404);
            as("checkin").get("/api/events/" + today + path).then().statusCode(200);
        }
        as("checkin").body(Map.of("companyName", "Loop Binnen", "name", "Lisa Loop", "device", "deur-3",
                "consent", true))
                .post("/api/events/" + future + "/walk-ins").then().statusCode(404);
        as("staff").get("/api/events/" + future + "/check-in-list").then().statusCode(200);
    }

    @org.junit.jupiter.api.Test
    void aContactStaysAtItsCompany() {
        World w = world();
        long elsewhere = as("admin").body(Fixtures.companyBody(unique("Elders"), "3011 AB")).post("/api/companies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = as("partner1").get("/api/contacts/" + w.person()).then().statusCode(200).extract().header("ETag");
        as("partner1").header("If-Match", etag).body(Map.of("companyId", elsewhere, "name", w.name()))
                .put("/api/contacts/" + w.person()).then().statusCode(400)
                .body("errors[0].field", equalTo("companyId"));
        as("partner1").get("/api/contacts/" + w.person()).then().body("companyId", equalTo((int) w.company()));
    }

    @org.junit.jupiter.api.Test
    void consentToShareOpensThePersonToTheNamedPartnersOnly() {
        World w = world();
        Map<String, Object> person = new HashMap<>(Map.of("companyId", w.company(), "name", unique("Gedeeld"),
                "sharedWithPartnerIds", List.of(2)));
        as("partner1").body(person).post("/api/contacts").then().statusCode(400)
                .body("errors[0].field", equalTo("sharedWithPartnerIds"));
        person.putAll(Map.of("consentPurpose", "Advies door het netwerk", "consentSource", "Adviesgesprek"));
        Response created = as("partner1").body(person).post("/api/contacts");
        created.then().statusCode(201).body("sharedWithPartnerIds", equalTo(List.of(2)));
        long id = created.jsonPath().getLong("id");
        as("partner2-api").get("/api/contacts/" + id).then().statusCode(200);
        person.put("sharedWithPartnerIds", List.of());
        as("partner1").header("If-Match", created.header("ETag")).body(person).put("/api/contacts/" + id).then()
                .statusCode(200);
        as("partner2-api").get("/api/contacts/" + id).then().statusCode(404);
    }

    private static Map<String, Object> eventBody(List<Integer> organisers, World w, java.time.OffsetDateTime start) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", w.programme());
        body.put("title", unique("Eigen bijeenkomst"));
        body.put("type", "WORKSHOP");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(3).toString());
        body.put("stageId", w.stage());
        body.put("organiserIds", organisers);
        return body;
    }

    /** A published event that started an hour ago, created by the caller naming these organisers. */
    private static long publishedEventBy(String caller, List<Integer> organisers, World w) {
        long id = as(caller).body(eventBody(organisers, w, java.time.OffsetDateTime.now().minusHours(1)))
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        as(caller).post("/api/events/" + id + "/publication").then().statusCode(200);
        assertEquals("PUBLISHED", as("staff").get("/api/events/" + id).path("status"));
        return id;
    }
}
