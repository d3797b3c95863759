package nl.aanjager.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * What "a rejected request changed nothing" is checked against: the row count of every table of
 * the schema (read from pg_catalog, so a table added later is covered without editing this) and a
 * checksum of every row of it — the demo data included — except the tables below.
 * <p>
 * To stay cheap it asks PostgreSQL first whether anything wrote at all: every writing transaction
 * takes the next transaction id, so when the id the checker takes after a request directly follows
 * the one it took before, nothing in the whole cluster wrote in between. Only when something did
 * (an Idempotency-Key stored, a background worker) are the tables counted and summed.
 */
final class DatabaseState {
    /**
     * Written on purpose by requests that are then refused, or by background workers at any time:
     * rate_limit_window counts every public registration attempt, the refused ones too (that is
     * the point of a rate limit); idempotency_key holds a key from before the request runs until it
     * ends, and keeps refused answers so a retry gets the same; webhook_delivery and webhook_attempt
     * are written by the dispatcher, seconds after an accepted change, in its own time.
     */
    static final Set<String> EXCLUDED = Set.of("rate_limit_window", "idempotency_key", "webhook_delivery",
            "webhook_attempt", "flyway_schema_history");

    /**
     * Counted but not summed: rows that requests insert and background workers then update
     * (webhook_event is marked fanned out by the dispatcher, a subscription gets its failing_since,
     * an import job and its rows move on while the runner works).
     */
    static final Set<String> COUNTED_ONLY = Set.of("webhook_event", "webhook_subscription", "import_job",
            "import_row");

    /**
     * The door's scans: a refused scan (a ticket of another event, a cancelled registration) is
     * written to check_in_attempt on purpose — the door's history shows it, and a phone replaying the
     * same scan (its clientId) gets the same answer. Compared for every other operation.
     */
    static final Map<String, Set<String>> RECORDS_REFUSALS = Map.of(
            "POST /api/events/{eventId}/check-ins", Set.of("check_in_attempt"),
            "POST /api/events/{eventId}/check-ins/batch", Set.of("check_in_attempt"));

    private final DataSource dataSource;
    private final List<String> tables = new ArrayList<>();
    private String query;
    private int snapshots;
    private long snapshotNanos;

    DatabaseState(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Table name to "rows/checksum" for every compared table. */
    Map<String, String> snapshot() {
        snapshots++;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (query == null) {
                prepare(statement);
            }
            Map<String, String> state = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    state.put(rows.getString(1), rows.getLong(2) + "/" + rows.getLong(3));
                }
            }
            snapshotNanos += System.nanoTime() - start;
            return state;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database state", e);
        }
    }

    List<String> tables() {
        return List.copyOf(tables);
    }

    /** How often the tables were counted and summed, and how long that took in all. */
    String cost() {
        return snapshots + " snapshots of " + tables.size() + " tables in " + snapshotNanos / 1_000_000 + " ms";
    }

    /** Takes (and so uses up) the next transaction id. */
    long takeTransactionId() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_current_xact_id()::text::bigint")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take a transaction id", e);
        }
    }

    /** Waits (at most 20 s) until no import job is queued or running: the runner writes while it works. */
    void awaitBackgroundWork() {
        long until = System.nanoTime() + 20_000_000_000L;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            while (System.nanoTime() < until) {
                try (ResultSet row = statement.executeQuery(
                        "select count(*) from import_job where state in ('QUEUED', 'RUNNING')")) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the import jobs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("an import job is still running after 20 s");
    }

    /** The tables whose count or checksum differ, with both values, leaving out what the operation logs on purpose. */
    static List<String> differences(Contract.Operation op, Map<String, String> before, Map<String, String> after) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeAll(RECORDS_REFUSALS.getOrDefault(op.name(), Set.of()));
        for (String table : names) {
            if (!java.util.Objects.equals(before.get(table), after.get(table))) {
                differences.add(table + " " + before.get(table) + " -> " + after.get(table));
            }
        }
        return differences;
    }

    private void prepare(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("""
                select c.relname from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                where c.relkind in ('r', 'p') and n.nspname = current_schema() order by c.relname""")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!EXCLUDED.contains(table)) {
                    tables.add(table);
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (String table : tables) {
            String sum = COUNTED_ONLY.contains(table) ? "0" : "coalesce(sum(hashtext(t::text)::bigint), 0)";
            parts.add("select '" + table + "', count(*), " + sum + " from \"" + table + "\" t");
        }
        query = String.join(" union all ", parts);
    }
}
