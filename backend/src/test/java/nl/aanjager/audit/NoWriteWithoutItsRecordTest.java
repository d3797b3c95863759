package nl.aanjager.audit;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.companyBody;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A change that cannot be audited, or cannot raise its webhook event, is refused, not done silently:
 * the audit entry and the outbox row travel in the change's own transaction. When the disk is full
 * (PostgreSQL's SQLSTATE 53100, raised here by a trigger because filling this machine's disk would
 * stop everything else) or the database takes no writes (a real read-only mode, as during a
 * failover), the caller gets 503 with Retry-After and nothing of the change is stored.
 */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class NoWriteWithoutItsRecordTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeWhoseAuditEntryCannotBeWrittenIsRefusedAndLeavesNothing() throws SQLException {
        refusedWhileTableIsFull("audit_entry");
    }

    @Test
    void aChangeWhoseWebhookEventCannotBeWrittenIsRefusedAndLeavesNothing() throws SQLException {
        refusedWhileTableIsFull("webhook_event");
    }

    @Test
    void aReadOnlyDatabaseRefusesChangesWith503AndStillAnswersReads() throws SQLException {
        String name = unique("Alleen Lezen");
        long auditBefore = count("select count(*) from audit_entry");
        try {
            execute("alter system set default_transaction_read_only = on", "select pg_reload_conf()");
            json().body(companyBody(name, "3011 AA")).post("/api/companies").then().statusCode(503)
                    .header("Retry-After", "5").contentType("application/problem+json")
                    .body("type", equalTo("urn:aanjager:problem:service-unavailable"));
            json().get("/api/companies").then().statusCode(200);
        } finally {
            execute("set default_transaction_read_only = off", "alter system reset default_transaction_read_only",
                    "select pg_reload_conf()");
        }
        assertEquals(0, count("select count(*) from company where name = '" + name + "'"));
        assertEquals(auditBefore, count("select count(*) from audit_entry"), "no audit entry of a refused change");
        json().body(companyBody(name, "3011 AA")).post("/api/companies").then().statusCode(201);
    }

    private void refusedWhileTableIsFull(String table) throws SQLException {
        String name = unique("Schijf Vol");
        long companies = count("select count(*) from company");
        long audit = count("select count(*) from audit_entry");
        long events = count("select count(*) from webhook_event");
        try {
            execute("""
                    create function disk_full() returns trigger language plpgsql as $$
                    begin
                        raise exception 'could not extend file: No space left on device' using errcode = '53100';
                    end $$""", "create trigger disk_full before insert on " + table
                    + " for each row execute function disk_full()");
            json().body(companyBody(name, "3011 AA")).post("/api/companies").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:aanjager:problem:service-unavailable"));
        } finally {
            execute("drop trigger if exists disk_full on " + table, "drop function if exists disk_full()");
        }
        assertEquals(companies, count("select count(*) from company"), "no company without its record");
        assertEquals(audit, count("select count(*) from audit_entry"));
        assertEquals(events, count("select count(*) from webhook_event"));
        json().body(companyBody(name, "3011 AA")).post("/api/companies").then().statusCode(201);
        assertEquals(events + 1, count("select count(*) from webhook_event"), "with room again, the change and its event");
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private long count(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(query);
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
