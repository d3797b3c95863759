package nl.aanjager.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.problem.FieldErrorCode;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The rows of import jobs in {@code import_row}, written and read with plain JDBC (COPY, arrays):
 * a register of 100,000 companies is 100,000 rows, which Hibernate entities would only slow down.
 */
@ApplicationScoped
class ImportRows {
    /** Characters of COPY data sent at a time. */
    private static final int COPY_BUFFER = 1 << 20;
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> CELLS = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** A rejected row with the cells it had in the file, to be fixed and sent again, and why it is rejected. */
    record RejectedRow(int number, List<String> cells, Map<String, String> values, ImportRow.Rejection rejection) {
    }

    /**
     * Stores the rows of a previewed job with COPY: a register of 100,000 rows travels as one
     * stream instead of 100,000 inserts (import_row has no triggers and no rules to run).
     */
    void insertAll(long jobId, List<ImportRow> rows, Map<Integer, List<String>> cellsOfRejected) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy import_row (job_id,"
                    + " row_number, action, values, cells, error_column, error, error_code, error_params, entity_id)"
                    + " from stdin");
            try {
                StringBuilder lines = new StringBuilder();
                for (ImportRow row : rows) {
                    lines.append(jobId).append('\t').append(row.number).append('\t').append(row.action.name());
                    copyField(lines, row.rejected() ? null : write(row.values));
                    copyField(lines, row.rejected() ? write(cellsOfRejected.get(row.number)) : null);
                    ImportRow.Rejection rejection = row.rejection;
                    copyField(lines, rejection == null ? null : rejection.field());
                    copyField(lines, rejection == null ? null : rejection.reason());
                    copyField(lines, rejection == null ? null : rejection.code().name());
                    copyField(lines, rejection == null ? null : write(rejection.params()));
                    copyField(lines, row.entityId == null ? null : row.entityId.toString());
                    lines.append('\n');
                    if (lines.length() > COPY_BUFFER) {
                        send(copy, lines);
                    }
                }
                send(copy, lines);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** A tab and the value in COPY's text format: {@code \N} for null, backslash escapes for the rest. */
    private static void copyField(StringBuilder line, String value) {
        line.append('\t');
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private static void send(CopyIn copy, StringBuilder lines) throws SQLException {
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        lines.setLength(0);
    }

    /**
     * The next rows not yet applied, in file order, after row {@code after}: rows are applied in
     * file order, so a runner passes the last row of its previous chunk and the index takes it
     * straight there instead of past every row applied before (0 to start, or to resume).
     */
    List<ImportRow> nextChunk(long jobId, int after, int size) {
        List<ImportRow> rows = new ArrayList<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select row_number, values from import_row"
                    + " where job_id = ? and row_number > ? and not applied and action <> 'REJECT'"
                    + " order by row_number limit ?")) {
                select.setLong(1, jobId);
                select.setInt(2, after);
                select.setInt(3, size);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new ImportRow(result.getInt(1), read(result.getString(2), VALUES)));
                    }
                }
            }
        });
        return rows;
    }

    /** Records what applying did to each row of a chunk, in the chunk's transaction: one statement for all. */
    void markApplied(long jobId, List<ImportRow> rows) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update import_row r set applied = true,"
                    + " action = u.action, entity_id = u.entity_id, error_column = u.error_column, error = u.error,"
                    + " error_code = u.error_code, error_params = cast(u.error_params as jsonb)"
                    + " from unnest(?, ?, ?, ?, ?, ?, ?) as u(row_number, action, entity_id, error_column, error,"
                    + " error_code, error_params) where r.job_id = ? and r.row_number = u.row_number")) {
                update.setArray(1, connection.createArrayOf("integer",
                        rows.stream().map(row -> row.number).toArray(Integer[]::new)));
                update.setArray(2, connection.createArrayOf("varchar",
                        rows.stream().map(row -> row.action.name()).toArray(String[]::new)));
                update.setArray(3, connection.createArrayOf("bigint",
                        rows.stream().map(row -> row.entityId).toArray(Long[]::new)));
                update.setArray(4, connection.createArrayOf("varchar", rows.stream()
                        .map(row -> row.rejection == null ? null : row.rejection.field()).toArray(String[]::new)));
                update.setArray(5, connection.createArrayOf("varchar", rows.stream()
                        .map(row -> row.rejection == null ? null : row.rejection.reason()).toArray(String[]::new)));
                update.setArray(6, connection.createArrayOf("varchar", rows.stream()
                        .map(row -> row.rejection == null ? null : row.rejection.code().name()).toArray(String[]::new)));
                update.setArray(7, connection.createArrayOf("text", rows.stream()
                        .map(row -> row.rejection == null ? null : write(row.rejection.params())).toArray(String[]::new)));
                update.setLong(8, jobId);
                update.executeUpdate();
            }
        });
    }

    /** Rejected rows in file order; limit 0 for all of them. */
    List<RejectedRow> rejected(long jobId, int limit) {
        List<RejectedRow> rows = new ArrayList<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select row_number, cells, values,"
                    + " error_column, error, error_code, error_params from import_row"
                    + " where job_id = ? and action = 'REJECT' order by row_number"
                    + (limit > 0 ? " limit " + limit : ""))) {
                select.setLong(1, jobId);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        String cells = result.getString(2);
                        String values = result.getString(3);
                        String code = result.getString(6);
                        String params = result.getString(7);
                        // rows rejected before rejections had codes say why in their English sentence only
                        ImportRow.Rejection rejection = new ImportRow.Rejection(result.getString(4),
                                code == null ? FieldErrorCode.INVALID : FieldErrorCode.valueOf(code),
                                params == null ? Map.of() : read(params, VALUES), result.getString(5));
                        rows.add(new RejectedRow(result.getInt(1), cells == null ? null : read(cells, CELLS),
                                values == null ? Map.of() : read(values, VALUES), rejection));
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
