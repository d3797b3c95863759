package nl.aanjager.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.aanjager.common.AuthorizationTableTest.Call;
import nl.aanjager.common.AuthorizationTableTest.Row;
import nl.aanjager.common.security.SystemActor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write operation of the contract (each POST, PUT and DELETE of openapi.yaml, called as in
 * {@link AuthorizationTableTest}, with real tokens) leaves exactly one audit entry in its own
 * transaction: the expected operation on the expected kind of record, by the caller and for the
 * caller's partner, with the fields it changed. Records the operation creates besides its own
 * (the company and person of a walk-in) get their own entry, named here; nothing else may appear.
 */
@QuarkusTest
class AuditOfEveryWriteTest {
    /** What one write must leave: its entry, the fields that must be among the changes, companions allowed. */
    record Expected(String action, String entityType, Set<String> changedFields, Set<String> companions) {
    }

    static Expected entry(String action, String entityType, String... changedFields) {
        return new Expected(action, entityType, Set.of(changedFields), Set.of());
    }

    static Expected entryWith(String action, String entityType, Set<String> companions, String... changedFields) {
        return new Expected(action, entityType, Set.of(changedFields), companions);
    }

    /** Reads that travel as POST (an export, a preview) still say so here, to be decided on purpose. */
    static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("POST /api/partners", entry("partner.created", "partner", "name", "kind")),
            Map.entry("PUT /api/partners/{id}", entry("partner.updated", "partner", "name")),
            Map.entry("DELETE /api/partners/{id}", entry("partner.deleted", "partner", "name")),
            Map.entry("POST /api/programmes", entry("programme.created", "programme", "name", "startDate")),
            Map.entry("PUT /api/programmes/{id}", entry("programme.updated", "programme", "name")),
            Map.entry("DELETE /api/programmes/{id}", entry("programme.deleted", "programme", "name")),
            Map.entry("POST /api/programmes/{programmeId}/stages", entry("stage.created", "funnel_stage", "code", "name")),
            Map.entry("PUT /api/programmes/{programmeId}/stages/order", entry("stage.reordered", "programme", "stageOrder")),
            Map.entry("PUT /api/programmes/{programmeId}/stages/{stageId}", entry("stage.updated", "funnel_stage")),
            Map.entry("DELETE /api/programmes/{programmeId}/stages/{stageId}", entry("stage.deleted", "funnel_stage", "code")),
            Map.entry("POST /api/programmes/{programmeId}/targets", entry("target.created", "programme_target", "name")),
            Map.entry("PUT /api/programmes/{programmeId}/targets/{targetId}", entry("target.updated", "programme_target")),
            Map.entry("DELETE /api/programmes/{programmeId}/targets/{targetId}", entry("target.deleted", "programme_target", "name")),
            Map.entry("POST /api/companies", entry("company.created", "company", "name", "kvkNumber")),
            Map.entry("PUT /api/companies/{id}", entry("company.updated", "company")),
            Map.entry("DELETE /api/companies/{id}", entry("company.deleted", "company", "name")),
            Map.entry("POST /api/companies/{id}/merge", entry("company.merged", "company", "mergedIntoId")),
            Map.entry("POST /api/contacts", entry("contact.created", "contact", "name")),
            Map.entry("PUT /api/contacts/{id}", entry("contact.updated", "contact")),
            Map.entry("POST /api/contacts/{id}/erasure", entry("contact.erased", "contact", "erasedAt")),
            Map.entry("POST /api/activities", entry("activity.created", "activity", "type", "summary")),
            Map.entry("PUT /api/activities/{id}", entryWith("activity.updated", "activity",
                    Set.of("stage-record.withdrawn"))),
            Map.entry("DELETE /api/activities/{id}", entryWith("activity.deleted", "activity",
                    Set.of("stage-record.withdrawn"), "summary")),
            Map.entry("POST /api/referrals", entry("referral.created", "referral", "toPartnerId", "reason")),
            Map.entry("POST /api/referrals/{id}/acceptance", entry("referral.accepted", "referral", "status")),
            Map.entry("POST /api/referrals/{id}/decline", entry("referral.declined", "referral", "status")),
            Map.entry("POST /api/referrals/{id}/completion", entry("referral.done", "referral", "status")),
            Map.entry("POST /api/ambassadors", entry("ambassador.appointed", "ambassador", "contactId")),
            Map.entry("PUT /api/ambassadors/{id}", entry("ambassador.updated", "ambassador")),
            Map.entry("POST /api/events", entry("event.created", "event", "title")),
            Map.entry("PUT /api/events/{id}", entry("event.updated", "event")),
            Map.entry("POST /api/events/{id}/publication", entry("event.published", "event", "status")),
            Map.entry("POST /api/events/{id}/cancellation", entry("event.cancelled", "event", "status")),
            Map.entry("POST /api/events/{id}/closure", entry("event.closed", "event", "status")),
            Map.entry("POST /api/events/{id}/invitation/acceptance", entry("event.invitation-accepted", "event",
                    "organiserIds")),
            Map.entry("POST /api/events/{id}/invitation/decline", entry("event.invitation-declined", "event",
                    "invitedOrganiserIds")),
            Map.entry("POST /api/events/{id}/registrations", entry("registration.created", "registration", "status")),
            Map.entry("POST /api/events/{id}/registrations/{registrationId}/cancellation",
                    entryWith("registration.cancelled", "registration", Set.of("registration.promoted"), "status")),
            Map.entry("POST /api/events/{eventId}/check-ins", entry("check-in.admitted", "registration", "status")),
            Map.entry("POST /api/events/{eventId}/check-ins/batch", entry("check-in.admitted", "registration", "status")),
            Map.entry("DELETE /api/events/{eventId}/check-ins/{registrationId}", entryWith("check-in.undone",
                    "registration", Set.of("stage-record.withdrawn"), "status")),
            Map.entry("POST /api/events/{eventId}/walk-ins", entryWith("check-in.walk-in", "registration",
                    Set.of("company.created", "contact.created"), "status")),
            Map.entry("POST /api/outcomes", entry("outcome.recorded", "outcome", "indicator", "value")),
            Map.entry("POST /api/public/events/{id}/registrations", entryWith("registration.created", "registration",
                    Set.of("company.created", "contact.created"), "status")),
            Map.entry("POST /api/public/registrations/{cancelCode}/cancellation", entryWith("registration.cancelled",
                    "registration", Set.of("registration.promoted"), "status")),
            Map.entry("POST /api/stage-records", entry("stage-record.recorded", "stage_record", "stageId")),
            Map.entry("POST /api/stage-records/{id}/withdrawal", entry("stage-record.withdrawn", "stage_record",
                    "withdrawnAt")),
            Map.entry("POST /api/webhooks", entry("webhook.created", "webhook_subscription", "url", "eventTypes")),
            Map.entry("PUT /api/webhooks/{id}", entry("webhook.updated", "webhook_subscription")),
            Map.entry("DELETE /api/webhooks/{id}", entry("webhook.deleted", "webhook_subscription", "url")),
            Map.entry("POST /api/webhooks/{id}/secrets", entry("webhook.secret-rotated", "webhook_subscription",
                    "previousSecretValidUntil")),
            Map.entry("POST /api/webhooks/{id}/pings", entry("webhook.pinged", "webhook_subscription", "deliveryId")),
            Map.entry("POST /api/webhooks/{id}/deliveries/{deliveryId}/resend", entry("webhook.delivery-resent",
                    "webhook_subscription", "resentDeliveryId")),
            Map.entry("POST /api/retention/runs", entry("retention.run", "retention_run", "anonymised", "cutoff")),
            Map.entry("POST /api/imports", entry("import.previewed", "import")),
            Map.entry("POST /api/imports/{id}/confirmation", entry("import.confirmed", "import")));

    /** Where the authorization table's call succeeds for nobody or changes nothing: who calls, and how. */
    record Override(String caller, java.util.function.Function<AuthorizationWorld, Call> call) {
    }

    static final Map<String, Override> OVERRIDES = Map.of(
            // the table updates with the body it created with; an update that changes nothing leaves no entry
            "PUT /api/activities/{id}", new Override("partner1", w -> {
                var activity = w.freshActivity();
                Map<String, Object> body = w.activityBody(1);
                body.put("summary", "Vervolggesprek over de financiering");
                return AuthorizationTableTest.put("/api/activities/" + activity.id(), activity.etag(), body);
            }),
            "PUT /api/webhooks/{id}", new Override("partner1", w -> {
                var made = w.freshWebhook();
                Map<String, Object> body = new java.util.HashMap<>(AuthorizationWorld.webhookBody());
                body.put("description", "Naar ons CRM");
                return AuthorizationTableTest.put("/api/webhooks/" + made.id(), made.etag(), body);
            }),
            "POST /api/events/{id}/invitation/acceptance", new Override("partner2", w -> AuthorizationTableTest.post(
                    "/api/events/" + eventInvitingPartnerTwo(w) + "/invitation/acceptance", null)),
            "POST /api/events/{id}/invitation/decline", new Override("partner2", w -> AuthorizationTableTest.post(
                    "/api/events/" + eventInvitingPartnerTwo(w) + "/invitation/decline", null)));

    private static long eventInvitingPartnerTwo(AuthorizationWorld w) {
        Map<String, Object> body = w.eventBody(java.time.OffsetDateTime.now().plusDays(20));
        body.put("organiserIds", List.of(1, 2));
        return AuthorizationWorld.created(Api.as("partner1").body(body).post("/api/events")).id();
    }

    record AuditRow(long id, String action, String entityType, String actor, String actorName, Long partnerId,
            String changes, long transaction) {
    }

    /** The demo realm's people by the name claim of their real tokens (firstName lastName in the realm file). */
    private static final Map<String, String> NAMES = Map.of(
            "admin", "Anna Admin", "partner1", "Pieter de Partner", "partner2", "Priya Partner");

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyWriteOperationOfTheContractHasItsExpectedEntry() {
        Set<String> writes = AuthorizationTableTest.TABLE.stream().map(Row::operation)
                .filter(operation -> !operation.startsWith("GET ")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(writes, new TreeSet<>(EXPECTED.keySet()), "the audit table and the contract's writes differ");
    }

    @TestFactory
    Stream<DynamicTest> eachWriteLeavesExactlyOneEntryWithActorAndChanges() {
        return AuthorizationTableTest.TABLE.stream().filter(row -> EXPECTED.containsKey(row.operation()))
                .map(row -> DynamicTest.dynamicTest(row.operation(), () -> check(row)));
    }

    private void check(Row row) throws SQLException {
        AuthorizationWorld world = AuthorizationTableTest.world(mailbox);
        Expected expected = EXPECTED.get(row.operation());
        // partner 1's own user where it may make the call, so the partner is recorded; else an admin
        int[] statuses = row.expected();
        Override override = OVERRIDES.get(row.operation());
        String caller = override != null ? override.caller()
                : statuses[6] < 300 ? "anonymous" : statuses[2] < 300 ? "partner1" : "admin";
        Call call = (override != null ? override.call() : row.call()).apply(world);
        long mark = lastAuditId();
        Response response = AuthorizationTableTest.send(caller, call);
        assertTrue(response.statusCode() < 300, row.operation() + " answered " + response.asString());

        List<AuditRow> written = auditAfter(mark);
        List<AuditRow> own = written.stream().filter(r -> r.action().equals(expected.action())).toList();
        assertEquals(1, own.size(), row.operation() + " wrote " + written);
        AuditRow entry = own.get(0);
        assertEquals(expected.entityType(), entry.entityType(), row.operation());
        List<String> others = written.stream()
                .filter(r -> r.transaction() == entry.transaction() && r.id() != entry.id())
                .map(AuditRow::action).filter(action -> !expected.companions().contains(action)).toList();
        assertTrue(others.isEmpty(), row.operation() + " also wrote " + others + " in its transaction");
        // nobody logged in: the public pages' system actor, which has no name of its own to keep
        String actor = caller.equals("anonymous") ? SystemActor.PUBLIC.code() : caller;
        assertEquals(actor, entry.actor(), row.operation());
        assertEquals(NAMES.get(caller), entry.actorName(), row.operation() + ": the name people read");
        Long partner = switch (caller) {
            case "partner1" -> 1L;
            case "partner2" -> 2L;
            default -> null;
        };
        assertEquals(partner, entry.partnerId(), row.operation());
        for (String field : expected.changedFields()) {
            assertTrue(entry.changes() != null && entry.changes().contains("\"" + field + "\""),
                    row.operation() + " changes lack " + field + ": " + entry.changes());
        }
        if (!expected.action().startsWith("import.")) {
            assertFalse(entry.changes() == null || entry.changes().equals("{}"), row.operation() + " names no change");
        }
    }

    private long lastAuditId() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet result = connection.createStatement().executeQuery("select coalesce(max(id), 0) from audit_entry")) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<AuditRow> auditAfter(long mark) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select id, action, entity_type, actor, actor_name, actor_partner_id, cast(changes as text),
                               cast(cast(xmin as text) as bigint)
                          from audit_entry where id > ? order by id""")) {
            query.setLong(1, mark);
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new AuditRow(result.getLong(1), result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5), (Long) result.getObject(6), result.getString(7),
                            result.getLong(8)));
                }
            }
            return rows;
        }
    }
}
