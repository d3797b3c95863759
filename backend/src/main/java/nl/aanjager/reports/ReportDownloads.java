package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.aanjager.common.export.Exports;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;

/**
 * Every report in JSON, CSV or Excel, chosen by ?format= or the Accept header. Files are written
 * as the lists' downloads are (common/export): headers and words in the caller's language, names
 * where the JSON has ids, and a CSV that opens in a Dutch Excel unless dialect=plain.
 */
@ApplicationScoped
public class ReportDownloads {
    static final String CSV = Exports.CSV_TYPE;
    static final String XLSX = Exports.XLSX_TYPE;

    @Inject
    Exports exports;

    @Inject
    ReportNames names;

    public Response respond(Object report, ReportFilter filter, HttpHeaders headers) {
        // a dialect the contract does not know is refused with JSON too, not silently ignored
        Exports.isExcelDialect(filter.dialect);
        String chosen = filter.format != null ? filter.format.toLowerCase() : headers.getAcceptableMediaTypes().stream()
                .map(type -> type.getType() + "/" + type.getSubtype())
                .filter(type -> type.equals(CSV) || type.equals(XLSX) || type.equals(MediaType.APPLICATION_JSON))
                .findFirst().map(type -> type.equals(CSV) ? "csv" : type.equals(XLSX) ? "xlsx" : "json").orElse("json");
        if (chosen.equals("json")) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        if (!chosen.equals("csv") && !chosen.equals("xlsx")) {
            throw ApiException.invalidField("format", FieldErrorCode.UNKNOWN_VALUE, "must be json, csv or xlsx");
        }
        Exports.Request request = exports.request(chosen, filter.dialect, headers);
        ReportTable table = ((Tabular) report).table(names);
        return exports.download(request, table.asExport(), table.rows());
    }
}
