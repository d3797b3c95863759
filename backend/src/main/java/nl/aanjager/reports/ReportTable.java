package nl.aanjager.reports;

import java.util.List;

/** A report flattened to rows, for CSV and Excel downloads. */
public record ReportTable(String title, List<String> headers, List<List<Object>> rows) {
}
