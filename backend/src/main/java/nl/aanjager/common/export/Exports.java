package nl.aanjager.common.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.problem.ProblemType;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * A filtered list as a CSV or Excel download: every match, not one page. The file is built in
 * memory, so a list longer than {@link #MAX_ROWS} is refused with advice to filter further.
 */
@ApplicationScoped
public class Exports {
    public static final int MAX_ROWS = 50_000;
    static final int PAGE_SIZE = 1_000;
    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One page of the list as its list endpoint would give it. */
    @FunctionalInterface
    public interface PageReader<T> {
        PageResult<T> read(int page, int size);
    }

    @Inject
    ProgrammeCalendar calendar;

    /** Checks the parameters before any row is read, so bad input costs no query. */
    public Request request(ExportParams params, HttpHeaders headers) {
        return request(params.format, params.dialect, headers);
    }

    /** The same for a caller with its own parameters (the reports, whose format also allows json). */
    public Request request(String requestedFormat, String requestedDialect, HttpHeaders headers) {
        String format = requestedFormat == null ? "csv" : requestedFormat.trim().toLowerCase();
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw ApiException.invalidField("format", FieldErrorCode.UNKNOWN_VALUE, "must be csv or xlsx");
        }
        return new Request(format.equals("xlsx"), isExcelDialect(requestedDialect), ExportLanguage.of(headers));
    }

    /** Whether a CSV is for Excel (the default) or plain; refuses anything else, also where no file is asked for. */
    public static boolean isExcelDialect(String requested) {
        String dialect = requested == null || requested.isBlank() ? "excel" : requested.trim().toLowerCase();
        if (!dialect.equals("excel") && !dialect.equals("plain")) {
            throw ApiException.invalidField("dialect", FieldErrorCode.UNKNOWN_VALUE, "must be excel or plain");
        }
        return dialect.equals("excel");
    }

    /** How the caller wants the file. */
    public record Request(boolean xlsx, boolean excelCsv, ExportLanguage language) {
    }

    /** Every page of a list, or a refusal when it holds more than {@link #MAX_ROWS} rows. */
    public static <T> List<T> allPages(PageReader<T> reader) {
        PageResult<T> first = reader.read(0, PAGE_SIZE);
        refuseAbove(first.total());
        List<T> rows = new ArrayList<>(first.items());
        PageResult<T> last = first;
        for (int page = 1; last.items().size() == PAGE_SIZE; page++) {
            last = reader.read(page, PAGE_SIZE);
            rows.addAll(last.items());
            refuseAbove(rows.size());
        }
        return rows;
    }

    private static void refuseAbove(long total) {
        if (total > MAX_ROWS) {
            throw ApiException.of(ProblemType.VALIDATION, ProblemCode.EXPORT_TOO_LARGE, "The export would hold " + total
                    + " rows; at most " + MAX_ROWS + " fit in one file. Narrow the list with its filters.",
                    "total", total, "max", MAX_ROWS);
        }
    }

    public <T> Response download(Request request, ExportTable<T> table, List<T> rows) {
        String name = table.fileName().in(request.language()) + "-" + calendar.today();
        byte[] body = request.xlsx()
                ? SpreadsheetFiles.xlsx(table, rows, request.language(), calendar.zone())
                : SpreadsheetFiles.csv(table, rows, request.excelCsv(), request.language(), calendar.zone());
        return Response.ok(body, request.xlsx() ? XLSX_TYPE : CSV_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + (request.xlsx() ? ".xlsx" : ".csv") + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, request.language().name().toLowerCase())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
