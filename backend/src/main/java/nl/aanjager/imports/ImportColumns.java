package nl.aanjager.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;

/**
 * Which column of the file holds which field: recognised by header, or as the caller mapped it.
 * A file without a required column is refused as a whole; columns nobody recognises are listed.
 */
record ImportColumns(List<String> headers, List<String> fieldOfColumn) {

    static ImportColumns recognise(List<String> headers, List<ImportField> fields, Map<String, String> mapping) {
        Map<String, ImportField> byName = new HashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        mapping.forEach((header, field) -> {
            if (!headers.contains(header)) {
                throw ApiException.invalidField("mapping", FieldErrorCode.MAPPING_UNKNOWN_COLUMN,
                        "names column \"" + header + "\" which the file does not have", "column", header);
            }
            if (field != null && !field.isBlank() && !byName.containsKey(field)) {
                throw ApiException.invalidField("mapping", FieldErrorCode.MAPPING_UNKNOWN_FIELD,
                        "\"" + field + "\" is not a field of this import; known: "
                        + String.join(", ", byName.keySet().stream().sorted().toList()), "field", field);
            }
        });
        List<String> fieldOfColumn = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String header : headers) {
            String field = mapping.containsKey(header) ? blankToNull(mapping.get(header))
                    : fields.stream().filter(f -> f.recognises(header)).map(ImportField::name).findFirst().orElse(null);
            if (field != null && !taken.add(field)) {
                throw ApiException.invalidField("mapping", FieldErrorCode.MAPPING_DUPLICATE,
                        "two columns are read as " + field + "; map one of them to nothing", "field", field);
            }
            fieldOfColumn.add(field);
        }
        List<String> missing = fields.stream().filter(ImportField::required).map(ImportField::name)
                .filter(name -> !taken.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.invalidField("file", FieldErrorCode.FILE_MISSING_COLUMNS,
                    "has no column for " + String.join(", ", missing) + "; name the column as in the sample file, or map it",
                    "fields", String.join(",", missing));
        }
        return new ImportColumns(List.copyOf(headers), java.util.Collections.unmodifiableList(fieldOfColumn));
    }

    List<String> unrecognised() {
        List<String> unrecognised = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (fieldOfColumn.get(i) == null && !headers.get(i).isBlank()) {
                unrecognised.add(headers.get(i));
            }
        }
        return unrecognised;
    }

    /** The row's values by field name; empty cells are left out. */
    Map<String, String> values(UploadedTable.Row row) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < fieldOfColumn.size(); i++) {
            String field = fieldOfColumn.get(i);
            String cell = row.cell(i);
            if (field != null && !cell.isEmpty()) {
                values.put(field, cell);
            }
        }
        return values;
    }

    /** The file's header of the column a field was read from, to point a row error at. */
    Optional<String> headerOf(String field) {
        int index = fieldOfColumn.indexOf(field);
        return index < 0 ? Optional.empty() : Optional.of(headers.get(index));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
