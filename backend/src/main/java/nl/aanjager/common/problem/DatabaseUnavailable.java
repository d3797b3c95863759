package nl.aanjager.common.problem;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises the errors that mean "the database is not there or takes no writes right now" — a
 * restart or failover, a full disk, a read-only standby — as opposed to a fault in a request. Those
 * become 503 with Retry-After: the client may try again, and the transaction changed nothing.
 */
final class DatabaseUnavailable {
    static final int RETRY_AFTER_SECONDS = 5;

    /** SQLSTATE classes and codes (PostgreSQL appendix A) that say the server, not the request, failed. */
    private static final Set<String> CLASSES = Set.of(
            "08", // connection exception: refused, broken, lost mid-transaction
            "53", // insufficient resources: disk full, out of memory, too many connections
            "57"); // operator intervention: admin shutdown, crash shutdown, cannot connect now
    /** A read-only SQL transaction: a standby, or default_transaction_read_only during a failover. */
    private static final Set<String> CODES = Set.of("25006");

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable error) {
        return firstUnavailability(error) != null;
    }

    static String describe(Throwable error) {
        SQLException cause = firstUnavailability(error);
        return cause == null ? "" : cause.getSQLState() + " " + cause.getMessage();
    }

    private static SQLException firstUnavailability(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException each = sql; each != null; each = each.getNextException()) {
                    if (unavailable(each)) {
                        return each;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal: no connection became free, or none could be made, within the acquisition timeout
            return e.getMessage() != null && e.getMessage().toLowerCase().contains("acquisition timeout");
        }
        return CODES.contains(state) || (state.length() == 5 && CLASSES.contains(state.substring(0, 2)));
    }
}
