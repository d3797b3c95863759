package nl.aanjager.common.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reading columns of native SQL results, whose Java types depend on the driver and Hibernate. */
public final class SqlValues {
    private SqlValues() {
    }

    /** A timestamptz column as OffsetDateTime (UTC), or null. */
    public static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a timestamp: " + value.getClass());
    }
}
