package nl.aanjager.reports;

import java.util.ArrayList;
import java.util.List;
import nl.aanjager.common.export.Column;
import nl.aanjager.common.export.ExportTable;
import nl.aanjager.common.export.Words;

/**
 * A report flattened to rows for CSV and Excel downloads: headers and values people read, in
 * both languages (values typed as numbers, dates, {@link Words} or labelled enums).
 */
public record ReportTable(Words title, Words fileName, List<Words> headers, List<List<Object>> rows) {

    ExportTable<List<Object>> asExport() {
        List<Column<List<Object>>> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            columns.add(new Column<>(headers.get(i), row -> row.get(index)));
        }
        return new ExportTable<>(title, fileName, columns);
    }

    static Words words(String nl, String en) {
        return new Words(nl, en);
    }

    /** A list that may hold nulls, for a row with blank cells. */
    static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
