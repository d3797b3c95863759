package nl.aanjager.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;

/**
 * An uploaded file read as a header row and data rows of text cells, whatever its format. It
 * refuses what is not what it claims to be (a binary as CSV, a zip bomb as .xlsx) and anything
 * larger than the limits, before it takes more memory than those limits allow.
 */
record UploadedTable(List<String> headers, List<Row> rows) {

    /** A data row; its number is the one a spreadsheet shows (the header is row 1). */
    record Row(int number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    record Limits(int maxRows, int maxColumns, int maxCellLength) {
    }

    static UploadedTable read(Path file, ImportFormat format, Limits limits) {
        try {
            return switch (format) {
                case CSV -> csv(text(file), limits);
                case JSON -> json(text(file), limits);
                case XLSX -> XlsxSheet.read(file, limits);
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw unreadable(format, e);
        }
    }

    static ApiException unreadable(ImportFormat format, Exception cause) {
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return ApiException.invalidField("file", FieldErrorCode.FILE_UNREADABLE, "could not be read as "
                + format.name() + ": " + (what.length() > 200 ? what.substring(0, 200) + "…" : what), "format",
                format.name());
    }

    /** UTF-8 text, with or without byte order mark; anything else (a binary, Latin-1) is refused. */
    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalidField("file", FieldErrorCode.FILE_NOT_UTF8,
                    "is not UTF-8 text; save the file as CSV UTF-8");
        }
        if (text.indexOf('\0') >= 0) {
            throw ApiException.invalidField("file", FieldErrorCode.FILE_BINARY, "contains binary data, not text");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static UploadedTable csv(String text, Limits limits) throws IOException {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        // a header a million columns wide is refused before the parser makes a million cells of it (quoted
        // separators count here too, hence the margin; the exact check follows on the parsed header)
        if (count(firstLine, separator) + 1 > 2 * limits.maxColumns()) {
            checkWidth(count(firstLine, separator) + 1, limits);
        }
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> records = mapper.readerFor(String[].class).with(schema).readValues(text)) {
            int number = 0;
            while (records.hasNext()) {
                String[] record = records.next();
                number++;
                checkWidth(record.length, limits);
                List<String> cells = cells(record, limits, number);
                if (headers == null) {
                    headers = cells;
                } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    addRow(rows, new Row(number, cells), limits);
                }
            }
        }
        return new UploadedTable(requireHeaders(headers), rows);
    }

    /** An array of objects: the keys are the columns, in the order they first appear. */
    private static UploadedTable json(String text, Limits limits) throws IOException {
        JsonNode root = new ObjectMapper().readTree(text);
        if (root == null || !root.isArray()) {
            throw ApiException.invalidField("file", FieldErrorCode.FILE_NOT_JSON_ARRAY,
                    "must hold a JSON array of objects, one per row");
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Map<String, String>> objects = new ArrayList<>();
        for (JsonNode item : root) {
            if (!item.isObject()) {
                throw ApiException.invalidField("file", FieldErrorCode.FILE_ITEM_NOT_OBJECT,
                        "item " + (objects.size() + 1) + " is not an object", "item", objects.size() + 1);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                columns.putIfAbsent(field.getKey(), columns.size());
                values.put(field.getKey(), scalar(field.getValue()));
            }
            checkWidth(columns.size(), limits);
            objects.add(values);
        }
        List<String> headers = List.copyOf(columns.keySet());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            Map<String, String> values = objects.get(i);
            List<String> cells = headers.stream().map(h -> values.getOrDefault(h, "")).toList();
            addRow(rows, new Row(i + 1, List.copyOf(cells(cells.toArray(String[]::new), limits, i + 1))), limits);
        }
        return new UploadedTable(requireHeaders(headers.isEmpty() ? null : headers), rows);
    }

    /** Lists (tags, needs) become the semicolon-separated text a spreadsheet cell would hold. */
    private static String scalar(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.getNodeType() == JsonNodeType.ARRAY) {
            List<String> parts = new ArrayList<>();
            value.forEach(part -> parts.add(part.asText()));
            return String.join(";", parts);
        }
        if (value.isContainerNode()) {
            throw ApiException.invalidField("file", FieldErrorCode.FILE_NESTED,
                    "holds a nested object where a value belongs");
        }
        return value.asText();
    }

    static void checkWidth(int columns, Limits limits) {
        if (columns > limits.maxColumns()) {
            throw ApiException.invalidField("file", FieldErrorCode.FILE_TOO_MANY_COLUMNS,
                    "has " + columns + " columns; at most " + limits.maxColumns() + " are read", "columns", columns,
                    "max", limits.maxColumns());
        }
    }

    static void addRow(List<Row> rows, Row row, Limits limits) {
        if (rows.size() >= limits.maxRows()) {
            throw ApiException.invalidField("file", FieldErrorCode.FILE_TOO_MANY_ROWS,
                    "has more than " + limits.maxRows() + " rows; split it into several imports", "max", limits.maxRows());
        }
        rows.add(row);
    }

    static List<String> cells(String[] record, Limits limits, int rowNumber) {
        List<String> cells = new ArrayList<>(record.length);
        for (String cell : record) {
            String value = cell == null ? "" : cell.strip();
            if (value.length() > limits.maxCellLength()) {
                throw ApiException.invalidField("file", FieldErrorCode.FILE_CELL_TOO_LONG,
                        "row " + rowNumber + " has a cell longer than " + limits.maxCellLength() + " characters", "row",
                        rowNumber, "max", limits.maxCellLength());
            }
            cells.add(value);
        }
        return cells;
    }

    static List<String> requireHeaders(List<String> headers) {
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw ApiException.invalidField("file", FieldErrorCode.FILE_EMPTY,
                    "is empty: the first row must name the columns");
        }
        return headers;
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

}
