package nl.aanjager.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The rows of import jobs in {@code import_row}, written and read with plain JDBC batches: a
 * register of 100,000 companies is 100,000 rows, which Hibernate entities would only slow down.
 */
@ApplicationScoped
class ImportRows {
    private static final int BATCH = 1_000;
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> CELLS = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** A rejected row with the cells it had in the file, to be fixed and sent again. */
    record RejectedRow(int number, List<String> cells, Map<String, String> values, String field, String error) {
    }

    void insertAll(long jobId, List<ImportRow> rows, Map<Integer, List<String>> cellsOfRejected) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into import_row (job_id, row_number,"
                    + " action, values, cells, error_column, error, entity_id) values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)")) {
                int pending = 0;
                for (ImportRow row : rows) {
                    insert.setLong(1, jobId);
                    insert.setInt(2, row.number);
                    insert.setString(3, row.action.name());
                    insert.setString(4, row.rejected() ? null : write(row.values));
                    insert.setString(5, row.rejected() ? write(cellsOfRejected.get(row.number)) : null);
                    insert.setString(6, row.errorField);
                    insert.setString(7, row.error);
                    if (row.entityId == null) {
                        insert.setNull(8, Types.BIGINT);
                    } else {
                        insert.setLong(8, row.entityId);
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /** The next rows not yet applied, in file order. */
    List<ImportRow> nextChunk(long jobId, int size) {
        List<ImportRow> rows = new ArrayList<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select row_number, values from import_row"
                    + " where job_id = ? and not applied and action <> 'REJECT' order by row_number limit ?")) {
                select.setLong(1, jobId);
                select.setInt(2, size);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new ImportRow(result.getInt(1), read(result.getString(2), VALUES)));
                    }
                }
            }
        });
        return rows;
    }

    /** Records what applying did to each row of a chunk, in the chunk's transaction. */
    void markApplied(long jobId, List<ImportRow> rows) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update import_row set applied = true,"
                    + " action = ?, entity_id = ?, error_column = ?, error = ? where job_id = ? and row_number = ?")) {
                for (ImportRow row : rows) {
                    update.setString(1, row.action.name());
                    if (row.entityId == null) {
                        update.setNull(2, Types.BIGINT);
                    } else {
                        update.setLong(2, row.entityId);
                    }
                    update.setString(3, row.errorField);
                    update.setString(4, row.error);
                    update.setLong(5, jobId);
                    update.setInt(6, row.number);
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /** Rejected rows in file order; limit 0 for all of them. */
    List<RejectedRow> rejected(long jobId, int limit) {
        List<RejectedRow> rows = new ArrayList<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select row_number, cells, values,"
                    + " error_column, error from import_row where job_id = ? and action = 'REJECT' order by row_number"
                    + (limit > 0 ? " limit " + limit : ""))) {
                select.setLong(1, jobId);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        String cells = result.getString(2);
                        String values = result.getString(3);
                        rows.add(new RejectedRow(result.getInt(1), cells == null ? null : read(cells, CELLS),
                                values == null ? Map.of() : read(values, VALUES), result.getString(4), result.getString(5)));
                    }
                }
            }
        });
        return rows;
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
