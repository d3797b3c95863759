package nl.aanjager.retention;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.newCompany;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.aanjager.common.Fixtures;
import nl.aanjager.events.EventFixtures;
import org.junit.jupiter.api.Test;

/**
 * The retention rule with a fixed clock: who is and is not anonymised, through the erasure path;
 * and one run at a time however many schedulers start it.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RetentionTest {
    @Inject
    RetentionService retention;

    @Inject
    RetentionCandidates candidates;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anonymisesExactlyThePersonsSilentForTheRetentionPeriod() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime cutoff = retention.cutoff(now);
        OffsetDateTime longAgo = cutoff.minusMonths(6);
        long company = newCompany(unique("Bewaartermijn"));

        long oldActivityOnly = silentPerson(company, "Oud Activiteit", longAgo);
        activity(company, oldActivityOnly, longAgo.toLocalDate());
        long recentActivity = silentPerson(company, "Recent Activiteit", longAgo);
        activity(company, recentActivity, LocalDate.now().minusMonths(1));
        long recentRegistration = silentPerson(company, "Recent Aangemeld", longAgo);
        json().body(Map.of("contactId", recentRegistration))
                .post("/api/events/" + EventFixtures.openEvent(null) + "/registrations").then().statusCode(201);
        long renewedConsent = silentPerson(company, "Toestemming Vernieuwd", longAgo);
        sql("update contact set consent_given_at = ? where id = ?", cutoff.plusDays(30), renewedConsent);
        long alreadyErased = silentPerson(company, "Al Gewist", longAgo);
        json().post("/api/contacts/" + alreadyErased + "/erasure").then().statusCode(200);
        long exactlyAtCutoff = silentPerson(company, "Precies Op De Grens", cutoff);
        long justBeforeCutoff = silentPerson(company, "Net Voor De Grens", cutoff.minusSeconds(1));

        // the overview's dry run uses the real clock, a moment later: the boundary is the run's to show
        json().get("/api/retention").then().statusCode(200)
                .body("inactiveFor", equalTo("P24M"))
                .body("firstDue.contactId", hasItem((int) oldActivityOnly))
                .body("firstDue.contactId", hasItem((int) justBeforeCutoff))
                .body("firstDue.contactId", not(hasItem((int) recentActivity)));

        RetentionRun run = retention.run(RetentionRun.Trigger.ADMIN, "admin", "Ada Admin", now).orElseThrow();

        assertTrue(run.anonymised >= 2, "anonymised " + run.anonymised);
        assertNull(run.error);
        for (long gone : List.of(oldActivityOnly, justBeforeCutoff)) {
            json().get("/api/contacts/" + gone).then().statusCode(200).body("name", equalTo(null))
                    .body("erased", equalTo(true));
            json().queryParam("entityType", "contact").queryParam("entityId", gone).get("/api/audit").then()
                    .body("items[0].action", equalTo("contact.erased"))
                    .body("items[0].actor", equalTo("admin"));
        }
        for (long kept : List.of(recentActivity, recentRegistration, renewedConsent, exactlyAtCutoff)) {
            json().get("/api/contacts/" + kept).then().statusCode(200).body("erased", equalTo(false));
        }
        json().queryParam("entityType", "contact").queryParam("entityId", alreadyErased).get("/api/audit").then()
                .body("items.findAll { it.action == 'contact.erased' }.size()", equalTo(1));
        json().queryParam("entityType", "retention_run").queryParam("entityId", run.id).get("/api/audit").then()
                .body("items[0].action", equalTo("retention.run"));
        json().get("/api/retention").then().body("lastRuns[0].id", equalTo(run.id.intValue()))
                .body("lastRuns[0].trigger", equalTo("ADMIN"));
    }

    @Test
    void runsOnceAtATimeHoweverManySchedulersStartIt() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime longAgo = retention.cutoff(now).minusYears(1);
        long company = newCompany(unique("Twee Planners"));
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            due.add(silentPerson(company, "Stil " + i, longAgo));
        }

        // another replica's run holds the lock: this one skips and records nothing
        try (Connection otherReplica = dataSource.getConnection()) {
            advisoryLock(otherReplica, "select pg_advisory_lock(?)");
            try {
                assertEquals(Optional.empty(), retention.run(RetentionRun.Trigger.SCHEDULE, "system", null, now));
                json().post("/api/retention/runs").then().statusCode(409);
            } finally {
                // the connection goes back to the pool, not away: a session lock left on it would block later runs
                advisoryLock(otherReplica, "select pg_advisory_unlock(?)");
            }
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService schedulers = Executors.newFixedThreadPool(2);
        List<Future<Optional<RetentionRun>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(schedulers.submit(() -> {
                start.await();
                var context = Arc.container().requestContext();
                context.activate();
                try {
                    return retention.run(RetentionRun.Trigger.SCHEDULE, "system", null, now);
                } finally {
                    context.terminate();
                }
            }));
        }
        start.countDown();
        int anonymised = 0;
        for (Future<Optional<RetentionRun>> run : runs) {
            anonymised += run.get().map(done -> done.anonymised).orElse(0);
        }
        schedulers.shutdown();
        assertTrue(anonymised >= due.size(), "anonymised " + anonymised);
        for (long person : due) {
            assertEquals(1, count("select count(*) from audit_entry where action = 'contact.erased' and entity_id = ?",
                    person), "person " + person + " erased once");
        }
    }

    @Test
    void theDryRunListsExactlyWhomTheRunThenAnonymises() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime cutoff = retention.cutoff(now);
        long company = newCompany(unique("Proefdraaien"));
        long due = silentPerson(company, "Droog Weg", cutoff.minusDays(1));
        long kept = silentPerson(company, "Droog Blijft", cutoff.plusDays(1));

        long dueCount = QuarkusTransaction.requiringNew().call(() -> candidates.count(cutoff));
        Set<Long> listed = QuarkusTransaction.requiringNew().call(() -> candidates.first(cutoff, 100_000)).stream()
                .map(RetentionCandidates.Candidate::contactId).collect(Collectors.toSet());
        assertEquals(dueCount, listed.size(), "the count and the list agree");
        assertTrue(listed.contains(due));
        assertTrue(!listed.contains(kept));

        RetentionRun run = retention.run(RetentionRun.Trigger.ADMIN, "admin", "Ada Admin", now).orElseThrow();

        assertEquals(dueCount, run.anonymised, "the run anonymised as many as the dry run showed");
        for (long person : listed) {
            assertEquals(1, count("select count(*) from contact where erased_at is not null and id = ?", person),
                    "listed person " + person + " is erased");
        }
        assertEquals(0, count("select count(*) from contact where erased_at is not null and id = ?", kept));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> candidates.count(cutoff)),
                "after the run nobody is due as of the same moment");
    }

    private long silentPerson(long company, String name, OffsetDateTime lastSeen) throws SQLException {
        long id = Fixtures.newContact(company, unique(name), null);
        sql("update contact set created_at = ?, consent_given_at = ? where id = ?", lastSeen, lastSeen, id);
        return id;
    }

    private static void activity(long company, long contact, LocalDate on) {
        Map<String, Object> body = new HashMap<>(Fixtures.activityBody(company, 1L));
        body.put("contactId", contact);
        body.put("occurredOn", on.toString());
        Fixtures.newActivity(body);
    }

    private static void advisoryLock(Connection connection, String call) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(call)) {
            lock.setLong(1, RetentionService.LOCK_KEY);
            lock.execute();
        }
    }

    private void sql(String statement, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i] instanceof OffsetDateTime time
                        ? Timestamp.from(time.toInstant()) : values[i]);
            }
            assertEquals(1, update.executeUpdate(), statement);
        }
    }

    private long count(String query, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(query)) {
            select.setLong(1, id);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

}
