package nl.aanjager.common;

import static nl.aanjager.common.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the published contract (openapi.yaml) against every kind of caller, aimed at
 * partner 1's objects ({@link AuthorizationWorld}), with real Keycloak tokens. Each cell is the
 * exact status that caller gets; an operation without a row (or a row without an operation)
 * fails the build. Writes carry valid bodies, so a cell shows the scope decision, not validation.
 * Whatever another partner, the door or an anonymous caller gets back never holds partner 1's
 * person, its confidential summary or its referral's reason: the personal-data sweep.
 */
@QuarkusTest
class AuthorizationTableTest {
    /** The columns: admin, staff, partner 1's user (own), partner 2's user and system (other), door, nobody. */
    static final List<String> CALLERS = List.of("admin", "staff", "partner1", "partner2", "partner2-api", "checkin",
            "anonymous");

    record Call(String method, String path, Object body, String ifMatch, String forwardedFor) {
    }

    /** A file sent as multipart/form-data, as the import endpoint takes it. */
    record Upload(String fileName, String content, String kind) {
    }

    record Row(String operation, Function<AuthorizationWorld, Call> call, int[] expected) {
    }

    private static AuthorizationWorld world;

    @Inject
    MockMailbox mailbox;

    static Row row(String operation, Function<AuthorizationWorld, Call> call, int admin, int staff, int own, int other,
            int otherApi, int checkin, int anonymous) {
        return new Row(operation, call, new int[] {admin, staff, own, other, otherApi, checkin, anonymous});
    }

    static Call get(String path) {
        return new Call("GET", path, null, null, null);
    }

    static Call post(String path, Object body) {
        return new Call("POST", path, body, null, null);
    }

    static Call put(String path, String etag, Object body) {
        return new Call("PUT", path, body, etag, null);
    }

    static Call delete(String path) {
        return new Call("DELETE", path, null, null, null);
    }

    /** A public call from its own (trusted-proxy forwarded) address, so rate limits never mix in. */
    static Call publicPost(String path, Object body) {
        return new Call("POST", path, body, null, AuthorizationWorld.nextClientAddress());
    }

    static final List<Row> TABLE = List.of(
            // operation                                      admin staff own other otherApi checkin anonymous
            row("GET /api/partners", w -> get("/api/partners"), 200, 200, 200, 200, 200, 403, 401),
            row("POST /api/partners", w -> post("/api/partners", Map.of("name", Api.unique("P"), "kind", "ADVISORY")),
                    201, 201, 403, 403, 403, 403, 401),
            row("GET /api/partners/{id}", w -> get("/api/partners/1"), 200, 200, 200, 200, 200, 403, 401),
            row("PUT /api/partners/{id}", w -> {
                var p = w.freshPartner();
                return put("/api/partners/" + p.id(), p.etag(), Map.of("name", Api.unique("P"), "kind", "ADVISORY"));
            }, 200, 200, 403, 403, 403, 403, 401),
            row("DELETE /api/partners/{id}", w -> delete("/api/partners/" + w.freshPartner().id()),
                    204, 403, 403, 403, 403, 403, 401),
            row("GET /api/programmes", w -> get("/api/programmes"), 200, 200, 200, 200, 200, 403, 401),
            row("POST /api/programmes", w -> post("/api/programmes", programme()), 201, 201, 403, 403, 403, 403, 401),
            row("GET /api/programmes/{id}", w -> get("/api/programmes/" + w.programme), 200, 200, 200, 200, 200, 403, 401),
            row("PUT /api/programmes/{id}", w -> {
                var p = w.freshProgramme();
                return put("/api/programmes/" + p.id(), p.etag(), programme());
            }, 200, 200, 403, 403, 403, 403, 401),
            row("DELETE /api/programmes/{id}", w -> delete("/api/programmes/" + w.freshProgramme().id()),
                    204, 403, 403, 403, 403, 403, 401),
            row("GET /api/programmes/{programmeId}/stages", w -> get("/api/programmes/" + w.programme + "/stages"),
                    200, 200, 200, 200, 200, 403, 401),
            row("POST /api/programmes/{programmeId}/stages", w -> post("/api/programmes/" + w.freshProgramme().id()
                    + "/stages", Map.of("code", "extra", "name", "Extra")), 201, 403, 403, 403, 403, 403, 401),
            row("PUT /api/programmes/{programmeId}/stages/order", w -> {
                long p = w.freshProgramme().id();
                return put("/api/programmes/" + p + "/stages/order", null,
                        Map.of("stageIds", reversed(w.stagesOf(p))));
            }, 200, 403, 403, 403, 403, 403, 401),
            row("GET /api/programmes/{programmeId}/stages/{stageId}",
                    w -> get("/api/programmes/" + w.programme + "/stages/" + w.stage), 200, 200, 200, 200, 200, 403, 401),
            row("PUT /api/programmes/{programmeId}/stages/{stageId}", w -> {
                long p = w.freshProgramme().id();
                String path = "/api/programmes/" + p + "/stages/" + w.stagesOf(p).get(0);
                return put(path, w.etagOf(path), Map.of("code", "geinspireerd", "name", "Geïnspireerd"));
            }, 200, 403, 403, 403, 403, 403, 401),
            row("DELETE /api/programmes/{programmeId}/stages/{stageId}", w -> {
                long p = w.freshProgramme().id();
                return delete("/api/programmes/" + p + "/stages/" + w.stagesOf(p).get(2));
            }, 204, 403, 403, 403, 403, 403, 401),
            row("GET /api/programmes/{programmeId}/targets", w -> get("/api/programmes/" + w.programme + "/targets"),
                    200, 200, 200, 200, 200, 403, 401),
            row("POST /api/programmes/{programmeId}/targets",
                    w -> post("/api/programmes/" + w.programme + "/targets", w.targetBody()),
                    201, 201, 403, 403, 403, 403, 401),
            row("GET /api/programmes/{programmeId}/targets/{targetId}",
                    w -> get("/api/programmes/" + w.programme + "/targets/" + w.target), 200, 200, 200, 200, 200, 403, 401),
            row("PUT /api/programmes/{programmeId}/targets/{targetId}", w -> {
                var t = w.freshTarget();
                return put("/api/programmes/" + w.programme + "/targets/" + t.id(), t.etag(), w.targetBody());
            }, 200, 200, 403, 403, 403, 403, 401),
            row("DELETE /api/programmes/{programmeId}/targets/{targetId}",
                    w -> delete("/api/programmes/" + w.programme + "/targets/" + w.freshTarget().id()),
                    204, 204, 403, 403, 403, 403, 401),
            row("GET /api/companies", w -> get("/api/companies?q=Autorisatie"), 200, 200, 200, 200, 200, 403, 401),
            row("POST /api/companies", w -> post("/api/companies", Fixtures.companyBody(Api.unique("Nieuw"), "3011 AB")),
                    201, 201, 201, 201, 201, 403, 401),
            row("GET /api/companies/export", w -> get("/api/companies/export?q=Autorisatie"),
                    200, 200, 200, 200, 200, 403, 401),
            row("GET /api/companies/{id}", w -> get("/api/companies/" + w.company), 200, 200, 200, 200, 200, 403, 401),
            row("PUT /api/companies/{id}", w -> {
                var c = w.freshCompany();
                return put("/api/companies/" + c.id(), c.etag(), Fixtures.companyBody(Api.unique("Gewijzigd"), "3011 AB"));
            }, 200, 200, 200, 200, 200, 403, 401),
            row("DELETE /api/companies/{id}", w -> delete("/api/companies/" + w.freshCompany().id()),
                    204, 403, 403, 403, 403, 403, 401),
            row("POST /api/companies/{id}/merge", w -> post("/api/companies/" + w.freshCompany().id() + "/merge",
                    Map.of("duplicateId", w.freshCompany().id())), 200, 200, 403, 403, 403, 403, 401),
            row("GET /api/companies/likely-duplicates", w -> get("/api/companies/likely-duplicates"),
                    200, 200, 403, 403, 403, 403, 401),
            row("GET /api/companies/{id}/likely-duplicates", w -> get("/api/companies/" + w.company + "/likely-duplicates"),
                    200, 200, 403, 403, 403, 403, 401),
            row("GET /api/companies/{companyId}/funnel", w -> get("/api/companies/" + w.company + "/funnel"),
                    200, 200, 200, 200, 200, 403, 401),
            row("GET /api/companies/{companyId}/timeline", w -> get("/api/companies/" + w.company + "/timeline?size=200"),
                    200, 200, 200, 200, 200, 403, 401),
            row("GET /api/sbi-codes", w -> get("/api/sbi-codes"), 200, 200, 200, 200, 200, 403, 401),
            row("GET /api/contacts", w -> get("/api/contacts?companyId=" + w.company), 200, 200, 200, 200, 200, 403, 401),
            row("POST /api/contacts", w -> post("/api/contacts", Map.of("companyId", w.company, "name", Api.unique("N"))),
                    201, 201, 201, 201, 201, 403, 401),
            row("GET /api/contacts/{id}", w -> get("/api/contacts/" + w.person), 200, 200, 200, 404, 404, 403, 401),
            row("PUT /api/contacts/{id}", w -> {
                var c = w.freshContact();
                return put("/api/contacts/" + c.id(), c.etag(), Map.of("companyId", w.company, "name", Api.unique("N")));
            }, 200, 200, 200, 404, 404, 403, 401),
            row("GET /api/contacts/{id}/export", w -> get("/api/contacts/" + w.person + "/export"),
                    200, 403, 403, 403, 403, 403, 401),
            row("POST /api/contacts/{id}/erasure", w -> post("/api/contacts/" + w.freshContact().id() + "/erasure", null),
                    200, 403, 403, 403, 403, 403, 401),
            row("GET /api/activities", w -> get("/api/activities?companyId=" + w.company), 200, 200, 200, 200, 200, 403, 401),
            row("GET /api/activities/export", w -> get("/api/activities/export?companyId=" + w.company),
                    200, 200, 200, 200, 200, 403, 401),
            row("POST /api/activities", w -> {
                Map<String, Object> body = w.activityBody(1);
                body.put("contactId", w.person);
                return post("/api/activities", body);
            }, 201, 201, 201, 400, 400, 403, 401),
            row("GET /api/activities/{id}", w -> get("/api/activities/" + w.activity), 200, 200, 200, 200, 200, 403, 401),
            row("PUT /api/activities/{id}", w -> {
                var a = w.freshActivity();
                return put("/api/activities/" + a.id(), a.etag(), w.activityBody(1));
            }, 200, 200, 200, 404, 404, 403, 401),
            row("DELETE /api/activities/{id}", w -> delete("/api/activities/" + w.freshActivity().id()),
                    204, 204, 204, 404, 404, 403, 401),
            row("GET /api/referrals", w -> get("/api/referrals?companyId=" + w.company), 200, 200, 200, 200, 200, 403, 401),
            row("GET /api/referrals/export", w -> get("/api/referrals/export?companyId=" + w.company),
                    200, 200, 200, 200, 200, 403, 401),
            row("POST /api/referrals", w -> post("/api/referrals", Map.of("companyId", w.company, "fromPartnerId", 1,
                    "toPartnerId", 3, "reason", "Door", "contactId", w.person)), 201, 201, 201, 400, 400, 403, 401),
            row("GET /api/referrals/{id}", w -> get("/api/referrals/" + w.referral), 200, 200, 200, 404, 404, 403, 401),
            row("POST /api/referrals/{id}/acceptance", w -> post("/api/referrals/" + w.freshReferral().id()
                    + "/acceptance", Map.of("note", "ja")), 200, 200, 403, 404, 404, 403, 401),
            row("POST /api/referrals/{id}/decline", w -> post("/api/referrals/" + w.freshReferral().id() + "/decline",
                    Map.of("note", "nee")), 200, 200, 403, 404, 404, 403, 401),
            row("POST /api/referrals/{id}/completion", w -> post("/api/referrals/" + w.freshAcceptedReferral().id()
                    + "/completion", Map.of("note", "klaar")), 200, 200, 403, 404, 404, 403, 401),
            row("GET /api/ambassadors", w -> get("/api/ambassadors"), 200, 200, 200, 200, 200, 403, 401),
            row("POST /api/ambassadors", w -> post("/api/ambassadors", Map.of("contactId", w.freshContact().id(),
                    "programmeId", w.programme, "termStart", "2026-01-01")), 201, 201, 403, 403, 403, 403, 401),
            row("PUT /api/ambassadors/{id}", w -> {
                var a = w.freshAmbassador();
                return put("/api/ambassadors/" + a.id(), a.etag(), Map.of("contactId", w.person, "programmeId",
                        w.programme, "termStart", "2026-02-01"));
            }, 200, 200, 403, 403, 403, 403, 401),
            row("GET /api/audit", w -> get("/api/audit?companyId=" + w.company), 200, 403, 403, 403, 403, 403, 401),
            row("GET /api/retention", w -> get("/api/retention"), 200, 403, 403, 403, 403, 403, 401),
            row("POST /api/retention/runs", w -> post("/api/retention/runs", null), 200, 403, 403, 403, 403, 403, 401),
            row("GET /api/audit/export", w -> get("/api/audit/export?companyId=" + w.company),
                    200, 403, 403, 403, 403, 403, 401),
            row("GET /api/events", w -> get("/api/events"), 200, 200, 200, 200, 200, 200, 401),
            row("POST /api/events", w -> post("/api/events", w.eventBody(java.time.OffsetDateTime.now().plusDays(9))),
                    201, 201, 201, 201, 201, 403, 401),
            row("GET /api/events/{id}", w -> get("/api/events/" + w.event), 200, 200, 200, 200, 200, 200, 401),
            row("PUT /api/events/{id}", w -> {
                var e = w.freshDraftEvent();
                return put("/api/events/" + e.id(), e.etag(), w.eventBody(java.time.OffsetDateTime.now().plusDays(8)));
            }, 200, 200, 200, 404, 404, 403, 401),
            row("POST /api/events/{id}/publication", w -> post("/api/events/" + w.freshDraftEvent().id()
                    + "/publication", null), 200, 200, 200, 404, 404, 403, 401),
            row("POST /api/events/{id}/cancellation", w -> post("/api/events/" + w.freshDraftEvent().id()
                    + "/cancellation", null), 200, 200, 200, 404, 404, 403, 401),
            row("POST /api/events/{id}/closure", w -> post("/api/events/" + w.freshPublishedEvent().id() + "/closure",
                    null), 200, 200, 200, 404, 404, 403, 401),
            row("POST /api/events/{id}/invitation/acceptance", w -> post("/api/events/" + w.event
                    + "/invitation/acceptance", null), 403, 403, 409, 409, 409, 403, 401),
            row("POST /api/events/{id}/invitation/decline", w -> post("/api/events/" + w.event
                    + "/invitation/decline", null), 403, 403, 409, 409, 409, 403, 401),
            row("GET /api/events/{id}/registrations", w -> get("/api/events/" + w.event + "/registrations"),
                    200, 200, 200, 404, 404, 403, 401),
            row("GET /api/events/{id}/registrations/export", w -> get("/api/events/" + w.event + "/registrations/export"),
                    200, 200, 200, 404, 404, 403, 401),
            row("POST /api/events/{id}/registrations", w -> post("/api/events/" + w.event + "/registrations",
                    Map.of("contactId", w.freshContact().id())), 201, 201, 201, 400, 400, 403, 401),
            row("POST /api/events/{id}/registrations/{registrationId}/cancellation", w -> post("/api/events/"
                    + w.event + "/registrations/" + w.freshRegistration().jsonPath().getLong("id") + "/cancellation",
                    null), 200, 200, 200, 404, 404, 403, 401),
            row("GET /api/events/{eventId}/attendance", w -> get("/api/events/" + w.event + "/attendance"),
                    200, 200, 403, 403, 403, 200, 401),
            row("GET /api/events/{eventId}/check-in-list", w -> get("/api/events/" + w.event + "/check-in-list"),
                    200, 200, 403, 403, 403, 200, 401),
            row("GET /api/events/{eventId}/check-ins", w -> get("/api/events/" + w.event + "/check-ins"),
                    200, 200, 403, 403, 403, 200, 401),
            row("POST /api/events/{eventId}/check-ins", w -> post("/api/events/" + w.event + "/check-ins", Map.of(
                    "ticket", w.freshRegistration().path("ticket"), "device", "tabel")), 200, 200, 403, 403, 403, 200, 401),
            row("POST /api/events/{eventId}/check-ins/batch", w -> post("/api/events/" + w.event + "/check-ins/batch",
                    Map.of("scans", w.scans(w.freshRegistration().path("ticket")))), 200, 200, 403, 403, 403, 200, 401),
            row("DELETE /api/events/{eventId}/check-ins/{registrationId}", w -> delete("/api/events/" + w.event
                    + "/check-ins/" + w.freshCheckedInRegistration() + "?device=tabel"), 200, 200, 403, 403, 403, 200, 401),
            row("POST /api/events/{eventId}/walk-ins", w -> post("/api/events/" + w.event + "/walk-ins", Map.of(
                    "companyName", "Binnenloper " + w.marker, "name", "Bram Binnen", "device", "tabel",
                    "consent", true)),
                    200, 200, 403, 403, 403, 200, 401),
            row("GET /api/me", w -> get("/api/me"), 200, 200, 200, 200, 200, 200, 401),
            row("GET /api/outcomes", w -> get("/api/outcomes?companyId=" + w.company), 200, 200, 200, 200, 200, 403, 401),
            row("POST /api/outcomes", w -> post("/api/outcomes", w.outcomeBody(1)), 201, 201, 201, 400, 400, 403, 401),
            row("GET /api/public/events", w -> get("/api/public/events"), 200, 200, 200, 200, 200, 200, 200),
            row("GET /api/public/events/{id}", w -> get("/api/public/events/" + w.event), 200, 200, 200, 200, 200, 200, 200),
            row("POST /api/public/events/{id}/registrations", w -> publicPost("/api/public/events/" + w.event
                    + "/registrations", w.publicForm()), 202, 202, 202, 202, 202, 202, 202),
            row("POST /api/public/registrations/{cancelCode}/cancellation", w -> publicPost(
                    "/api/public/registrations/" + w.freshCancelCode() + "/cancellation", null),
                    200, 200, 200, 200, 200, 200, 200),
            row("GET /api/reports/funnel", w -> report("funnel", w), 200, 200, 200, 200, 200, 403, 401),
            row("GET /api/reports/progress", w -> report("progress", w), 200, 200, 200, 200, 200, 403, 401),
            row("GET /api/reports/breakdown", w -> get("/api/reports/breakdown?by=partner&programmeId=" + w.programme),
                    200, 200, 200, 200, 200, 403, 401),
            row("GET /api/reports/events", w -> report("events", w), 200, 200, 200, 200, 200, 403, 401),
            row("GET /api/reports/partners", w -> report("partners", w), 200, 200, 200, 200, 200, 403, 401),
            row("GET /api/reports/outcomes", w -> report("outcomes", w), 200, 200, 200, 200, 200, 403, 401),
            row("GET /api/reports/needs", w -> report("needs", w), 200, 200, 200, 200, 200, 403, 401),
            row("GET /api/stage-records", w -> get("/api/stage-records?companyId=" + w.company),
                    200, 200, 200, 200, 200, 403, 401),
            row("POST /api/stage-records", w -> post("/api/stage-records", Map.of("companyId", w.company,
                    "programmeId", w.programme, "stageId", w.stage, "source", "ACTIVITY", "sourceId", w.activity)),
                    201, 201, 201, 403, 403, 403, 401),
            row("POST /api/stage-records/{id}/withdrawal", w -> post("/api/stage-records/" + w.freshStageRecord().id()
                    + "/withdrawal", Map.of("reason", "vergissing")), 200, 200, 200, 404, 404, 403, 401),
            row("POST /api/imports", w -> post("/api/imports", new Upload("bedrijven.csv", "KvK-nummer;Naam\n"
                    + Fixtures.kvk() + ";Tabel BV\n", "COMPANIES")), 201, 201, 201, 201, 201, 403, 401),
            row("GET /api/imports", w -> get("/api/imports"), 200, 200, 200, 200, 200, 403, 401),
            row("GET /api/imports/{id}", w -> get("/api/imports/" + w.freshImport()), 200, 200, 200, 404, 404, 403, 401),
            row("POST /api/imports/{id}/confirmation", w -> post("/api/imports/" + w.freshImport() + "/confirmation",
                    Map.of("validRowsOnly", false)), 202, 202, 202, 404, 404, 403, 401),
            row("GET /api/imports/{id}/rejected-rows", w -> get("/api/imports/" + w.freshImport() + "/rejected-rows"),
                    200, 200, 200, 404, 404, 403, 401),
            row("GET /api/webhooks/event-types", w -> get("/api/webhooks/event-types"), 200, 403, 200, 200, 200, 403, 401),
            row("GET /api/webhooks", w -> get("/api/webhooks"), 200, 403, 200, 200, 200, 403, 401),
            row("POST /api/webhooks", w -> post("/api/webhooks", AuthorizationWorld.webhookBody()),
                    201, 403, 201, 201, 201, 403, 401),
            row("GET /api/webhooks/{id}", w -> get("/api/webhooks/" + w.freshWebhook().id()),
                    200, 403, 200, 404, 404, 403, 401),
            row("PUT /api/webhooks/{id}", w -> {
                var made = w.freshWebhook();
                return put("/api/webhooks/" + made.id(), made.etag(), AuthorizationWorld.webhookBody());
            }, 200, 403, 200, 404, 404, 403, 401),
            row("DELETE /api/webhooks/{id}", w -> delete("/api/webhooks/" + w.freshWebhook().id()),
                    204, 403, 204, 404, 404, 403, 401),
            row("POST /api/webhooks/{id}/secrets", w -> post("/api/webhooks/" + w.freshWebhook().id() + "/secrets", null),
                    201, 403, 201, 404, 404, 403, 401),
            row("POST /api/webhooks/{id}/pings", w -> post("/api/webhooks/" + w.freshWebhook().id() + "/pings", null),
                    202, 403, 202, 404, 404, 403, 401),
            row("GET /api/webhooks/{id}/deliveries", w -> get("/api/webhooks/" + w.freshWebhook().id() + "/deliveries"),
                    200, 403, 200, 404, 404, 403, 401),
            row("POST /api/webhooks/{id}/deliveries/{deliveryId}/resend", w -> {
                long[] made = w.freshWebhookDelivery();
                return post("/api/webhooks/" + made[0] + "/deliveries/" + made[1] + "/resend", null);
            }, 202, 403, 202, 404, 404, 403, 401));

    private static Map<String, Object> programme() {
        return Map.of("name", Api.unique("Programma"), "themes", List.of("CIRCULAR"), "startDate", "2026-01-01");
    }

    private static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static Call report(String name, AuthorizationWorld w) {
        return get("/api/reports/" + name + "?programmeId=" + w.programme);
    }

    @Test
    void everyOperationOfTheContractHasExactlyOneRow() throws IOException {
        TreeSet<String> inContract = new TreeSet<>();
        String currentPath = null;
        Pattern path = Pattern.compile("^  (/\\S+):$");
        Pattern method = Pattern.compile("^    (get|put|post|delete|patch):$");
        for (String line : Files.readAllLines(Path.of("..", "openapi.yaml"))) {
            Matcher p = path.matcher(line);
            Matcher m = method.matcher(line);
            if (p.matches()) {
                currentPath = p.group(1);
            } else if (m.matches() && currentPath != null) {
                inContract.add(m.group(1).toUpperCase() + " " + currentPath);
            }
        }
        List<String> rows = TABLE.stream().map(Row::operation).toList();
        assertEquals(rows.size(), new TreeSet<>(rows).size(), "an operation has two rows");
        assertEquals(inContract, new TreeSet<>(rows), "the table and the contract's operations differ");
    }

    @Test
    void anEndpointWithoutAnAnnotationIsDeniedToEveryone() {
        assertTrue(ConfigProvider.getConfig().getValue("quarkus.security.jaxrs.deny-unannotated-endpoints",
                Boolean.class));
    }

    @TestFactory
    Stream<DynamicContainer> eachCallerGetsExactlyTheStatusOfItsCell() {
        return TABLE.stream().map(row -> DynamicContainer.dynamicContainer(row.operation(),
                IntStream.range(0, CALLERS.size()).mapToObj(column -> DynamicTest.dynamicTest(
                        CALLERS.get(column) + " → " + row.expected()[column], () -> check(row, column)))));
    }

    private void check(Row row, int column) {
        world(mailbox);
        String caller = CALLERS.get(column);
        Call call = row.call().apply(world);
        Response response = send(caller, call);
        String body = response.asString();
        assertEquals(row.expected()[column], response.statusCode(),
                caller + " " + call.method() + " " + call.path() + " answered " + body);
        if (response.statusCode() >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"), "not a problem: " + body);
        }
        if (!List.of("admin", "staff", "partner1").contains(caller)) {
            List<String> shown = new ArrayList<>();
            world.secretsFor(caller).stream().filter(body::contains).forEach(shown::add);
            assertTrue(shown.isEmpty(), caller + " " + call.method() + " " + call.path() + " shows partner 1's "
                    + shown + ": " + body);
        }
    }

    /** The CSV or Excel downloads of a list (a person's GDPR export, /api/contacts/{id}/export, is JSON). */
    private static final Pattern LIST_DOWNLOAD = Pattern.compile(
            "/api/(companies|activities|referrals|events/\\d+/registrations)/export(\\?.*)?");

    /** Sends the call as the caller: with their real token, the body or file, and its headers. */
    static Response send(String caller, Call call) {
        RequestSpecification request = caller.equals("anonymous") ? Api.json() : as(caller);
        if (call.body() instanceof Upload upload) {
            request = (caller.equals("anonymous") ? io.restassured.RestAssured.given() : Api.bearer(caller))
                    .multiPart("file", upload.fileName(), upload.content().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .multiPart("kind", upload.kind());
        } else if (call.path().endsWith("/rejected-rows") || call.path().startsWith("/api/audit/export")
                || LIST_DOWNLOAD.matcher(call.path()).matches()) {
            request.accept("text/csv, application/problem+json");
        } else if (call.body() != null) {
            request.body(call.body());
        }
        if (call.ifMatch() != null) {
            request.header("If-Match", call.ifMatch());
        }
        if (call.forwardedFor() != null) {
            request.header("X-Forwarded-For", call.forwardedFor());
        }
        return request.request(call.method(), call.path());
    }

    static AuthorizationWorld world(MockMailbox mailbox) {
        if (world == null) {
            world = new AuthorizationWorld(mailbox);
        }
        return world;
    }
}
