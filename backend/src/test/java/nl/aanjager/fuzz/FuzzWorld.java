package nl.aanjager.fuzz;

import static nl.aanjager.common.Api.as;
import static nl.aanjager.common.Api.unique;

import io.quarkus.mailer.MockMailbox;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.aanjager.common.Api;
import nl.aanjager.common.Fixtures;
import nl.aanjager.events.EventFixtures;

/**
 * The records the fuzz cases aim at, made through the API with real tokens: partner 1's own
 * (valid ids for every operation), partner 2's (foreign ids), and ids of the demo data (read
 * operations only, so no accepted case changes the demo network other tests rely on). Also the
 * field values a schema cannot express (an unused KvK number, a stage of the programme).
 */
final class FuzzWorld {
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** Kinds of record by the name of the path parameter, or for {id} by the collection before it. */
    private final Map<String, Long> own = new HashMap<>();
    private final Map<String, Long> foreign = new HashMap<>();
    private final Map<String, Long> demo = new HashMap<>();
    private final Map<String, Supplier<Object>> fields = new HashMap<>();
    final String cancelCode;
    final String ticket;
    final List<Long> stageOrder;

    FuzzWorld(MockMailbox mailbox) {
        long programme = id(as("admin").body(Map.of("name", unique("Fuzzprogramma"), "themes", List.of("DIGITAL"),
                "startDate", "2026-01-01")).post("/api/programmes"));
        stageOrder = as("admin").get("/api/programmes/" + programme + "/stages").then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class);
        long stage = stageOrder.get(0);
        own.put("programmes", programme);
        own.put("stages", stage);
        own.put("targets", id(as("admin").body(Map.of("name", unique("Fuzzdoel"), "stageId", stage, "targetCount", 10,
                "deadline", "2027-12-31")).post("/api/programmes/" + programme + "/targets")));
        own.put("partners", id(as("admin").body(Map.of("name", unique("Fuzzpartner"), "kind", "ADVISORY"))
                .post("/api/partners")));
        long company = id(as("partner1").body(Fixtures.companyBody(unique("Fuzz K"), "3011 AB")).post("/api/companies"));
        own.put("companies", company);
        own.put("duplicate", id(as("admin").body(Fixtures.companyBody(unique("Fuzz D"), "3011 AB"))
                .post("/api/companies")));
        long contact = id(as("partner1").body(Map.of("companyId", company, "name", unique("Fuzz Persoon")))
                .post("/api/contacts"));
        own.put("contacts", contact);
        Map<String, Object> activity = Fixtures.activityBody(company, 1L);
        own.put("activities", id(as("partner1").body(activity).post("/api/activities")));
        own.put("referrals", id(as("partner1").body(Map.of("companyId", company, "toPartnerId", 2, "reason", "Fuzz"))
                .post("/api/referrals")));
        own.put("ambassadors", id(as("admin").body(Map.of("contactId", contact, "programmeId", programme,
                "termStart", "2026-01-01")).post("/api/ambassadors")));
        own.put("stage-records", id(as("partner1").body(Map.of("companyId", company, "programmeId", programme,
                "stageId", stage, "source", "ACTIVITY", "sourceId", own.get("activities"))).post("/api/stage-records")));
        long event = id(as("partner1").body(eventBody(programme, stage, OffsetDateTime.now().minusHours(1)))
                .post("/api/events"));
        as("partner1").post("/api/events/" + event + "/publication").then().statusCode(200);
        own.put("events", event);
        Response registration = as("partner1").body(Map.of("contactId", contact))
                .post("/api/events/" + event + "/registrations").then().statusCode(201).extract().response();
        own.put("registrations", registration.jsonPath().getLong("id"));
        ticket = registration.path("ticket");
        own.put("imports", upload("partner1"));
        long webhook = id(as("partner1").body(webhookBody()).post("/api/webhooks"));
        own.put("webhooks", webhook);
        own.put("deliveries", as("partner1").post("/api/webhooks/" + webhook + "/pings").then().statusCode(202)
                .extract().jsonPath().getLong("deliveryId"));
        cancelCode = cancelCode(mailbox, event);

        foreign.put("contacts", id(as("partner2").body(Map.of("companyId", company, "name", unique("Fuzz Twee")))
                .post("/api/contacts")));
        long foreignActivity = id(as("partner2").body(Fixtures.activityBody(company, 2L)).post("/api/activities"));
        foreign.put("activities", foreignActivity);
        foreign.put("referrals", id(as("partner2").body(Map.of("companyId", company, "toPartnerId", 3, "reason",
                "Fuzz twee")).post("/api/referrals")));
        foreign.put("stage-records", id(as("partner2").body(Map.of("companyId", company, "programmeId", programme,
                "stageId", stage, "source", "ACTIVITY", "sourceId", foreignActivity)).post("/api/stage-records")));
        foreign.put("events", id(as("partner2").body(eventBody(programme, stage, OffsetDateTime.now().plusDays(3)))
                .post("/api/events")));
        foreign.put("imports", upload("partner2"));
        foreign.put("webhooks", id(as("partner2").body(webhookBody()).post("/api/webhooks")));
        foreign.put("companies", id(as("partner2").body(Fixtures.companyBody(unique("Fuzz K2"), "3011 AB"))
                .post("/api/companies")));

        long demoProgramme = as("admin").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        demo.put("programmes", demoProgramme);
        demo.put("stages", as("admin").get("/api/programmes/" + demoProgramme + "/stages").then().extract()
                .jsonPath().getLong("[0].id"));
        demo.put("partners", 1L);
        demo.put("companies", as("admin").queryParam("sort", "name").get("/api/companies").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id"));
        demo.put("events", as("admin").get("/api/events").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id"));
        defineFields(programme, stage, company, contact, event);
    }

    /** The collection or record kind a path parameter names. */
    static String kindOf(String path, String param) {
        return switch (param) {
            case "programmeId" -> "programmes";
            case "stageId" -> "stages";
            case "targetId" -> "targets";
            case "companyId" -> "companies";
            case "eventId" -> "events";
            case "registrationId" -> "registrations";
            case "deliveryId" -> "deliveries";
            case "cancelCode" -> "cancelCode";
            default -> {
                String[] parts = path.replace("/api/public/", "/api/").split("/");
                yield parts[2];
            }
        };
    }

    /** A valid value of partner 1's world for the path parameter. */
    String own(String path, String param) {
        String kind = kindOf(path, param);
        return kind.equals("cancelCode") ? cancelCode : String.valueOf(own.getOrDefault(kind, 1L));
    }

    /** Another partner's record of the same kind, or the demo network's; null when there is none. */
    String foreign(String path, String param) {
        Long id = foreign.get(kindOf(path, param));
        return id == null ? null : String.valueOf(id);
    }

    /** A record of the demo data, for read operations only; null when the world has none of this kind. */
    String demo(String path, String param) {
        Long id = demo.get(kindOf(path, param));
        return id == null ? null : String.valueOf(id);
    }

    /** A valid value the world knows for a body field ("Schema.field" first, then "field"), or null. */
    Object field(String schema, String field) {
        Supplier<Object> value = fields.getOrDefault(schema + "." + field, fields.get(field));
        return value == null ? null : value.get();
    }

    boolean knowsField(String schema, String field) {
        return fields.containsKey(schema + "." + field) || fields.containsKey(field);
    }

    /** A documentation address (TEST-NET-3) per public call, so the per-address limit never mixes in. */
    static String nextClientAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (113 + n / 250 % 100) + "." + (1 + n % 250);
    }

    private void defineFields(long programme, long stage, long company, long contact, long event) {
        fields.put("companyId", () -> company);
        fields.put("contactId", () -> contact);
        fields.put("programmeId", () -> programme);
        fields.put("stageId", () -> stage);
        fields.put("partnerId", () -> 1L);
        fields.put("toPartnerId", () -> 2L);
        fields.put("fromPartnerId", () -> 1L);
        fields.put("duplicateId", () -> own.get("duplicate"));
        fields.put("registrationId", () -> own.get("registrations"));
        fields.put("kvkNumber", Fixtures::kvk);
        fields.put("postcode", () -> "3011 AB");
        fields.put("sbiCode", () -> "62.01");
        fields.put("website", () -> "https://fuzz.example");
        fields.put("PublicRegistrationRequest.website", () -> "");
        fields.put("onlineUrl", () -> "https://fuzz.example/live");
        fields.put("phone", () -> "+31 10 123 4567");
        fields.put("email", () -> "fuzz." + UUID.randomUUID().toString().substring(0, 8) + "@fuzz.example");
        fields.put("name", () -> unique("Fuzz"));
        fields.put("code", () -> "fuzz-" + UUID.randomUUID().toString().substring(0, 6));
        fields.put("url", () -> "http://127.0.0.1:9/hooks");
        fields.put("eventTypes", () -> List.of("import.finished"));
        fields.put("enabled", () -> false);
        fields.put("consent", () -> true);
        fields.put("device", () -> "fuzz");
        fields.put("clientId", () -> UUID.randomUUID().toString());
        fields.put("ticket", () -> ticket);
        fields.put("source", () -> "ACTIVITY");
        fields.put("sourceId", () -> own.get("activities"));
        fields.put("organiserIds", () -> List.of(1L));
        fields.put("stageIds", () -> stageOrder);
        fields.put("startsAt", () -> OffsetDateTime.now().plusDays(7).truncatedTo(ChronoUnit.SECONDS).toString());
        fields.put("endsAt", () -> OffsetDateTime.now().plusDays(7).plusHours(3).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        fields.put("occurredOn", () -> LocalDate.now().minusDays(1).toString());
        fields.put("termStart", () -> "2026-01-01");
        fields.put("termEnd", () -> "2026-12-31");
        fields.put("startDate", () -> "2026-01-01");
        fields.put("endDate", () -> "2027-12-31");
        fields.put("deadline", () -> "2027-12-31");
        fields.put("value", () -> 1);
        fields.put("targetCount", () -> 10);
        fields.put("validRowsOnly", () -> false);
    }

    private static Map<String, Object> eventBody(long programme, long stage, OffsetDateTime start) {
        return EventFixtures.workshopBody(programme, stage, "Fuzzbijeenkomst", start);
    }

    static Map<String, Object> webhookBody() {
        return Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("import.finished"), "enabled", false);
    }

    /** A previewed import (one good company row), not confirmed: it waits for its confirmation. */
    private static long upload(String caller) {
        return Api.bearer(caller).multiPart("file", "bedrijven.csv", ("KvK-nummer;Naam\n" + Fixtures.kvk()
                + ";Fuzz Import BV\n").getBytes(StandardCharsets.UTF_8)).multiPart("kind", "COMPANIES")
                .post("/api/imports").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String cancelCode(MockMailbox mailbox, long event) {
        String email = "fuzz.publiek." + UUID.randomUUID().toString().substring(0, 8) + "@fuzz.example";
        Api.json().header("X-Forwarded-For", nextClientAddress()).body(Map.of("companyName", "Fuzz Publiek",
                "name", "Puck Fuzz", "email", email, "consent", true))
                .post("/api/public/events/" + event + "/registrations").then().statusCode(202);
        Matcher link = Pattern.compile("annuleren\\?code=([A-Za-z0-9_-]+)")
                .matcher(mailbox.getMailMessagesSentTo(email).get(0).getHtml());
        if (!link.find()) {
            throw new AssertionError("no cancel link in the mail to " + email);
        }
        return link.group(1);
    }

    private static long id(Response response) {
        return response.then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
