package nl.aanjager.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Every report in JSON, CSV or Excel, chosen by ?format= or the Accept header. */
@ApplicationScoped
public class ReportDownloads {
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public Response respond(Object report, String name, String format, List<MediaType> accepted) {
        String chosen = format != null ? format.toLowerCase() : accepted.stream()
                .map(type -> type.getType() + "/" + type.getSubtype())
                .filter(type -> type.equals(CSV) || type.equals(XLSX) || type.equals(MediaType.APPLICATION_JSON))
                .findFirst().map(type -> type.equals(CSV) ? "csv" : type.equals(XLSX) ? "xlsx" : "json").orElse("json");
        return switch (chosen) {
            case "json" -> Response.ok(report, MediaType.APPLICATION_JSON).build();
            case "csv" -> download(csv(((Tabular) report).table()).getBytes(StandardCharsets.UTF_8),
                    CSV + "; charset=UTF-8", name + ".csv");
            case "xlsx" -> download(xlsx(((Tabular) report).table()), XLSX, name + ".xlsx");
            default -> throw ApiException.invalidField("format", FieldErrorCode.UNKNOWN_VALUE, "must be json, csv or xlsx");
        };
    }

    private static Response download(byte[] body, String type, String filename) {
        return Response.ok(body, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").build();
    }

    static String csv(ReportTable table) {
        StringBuilder out = new StringBuilder(line(table.headers()));
        table.rows().forEach(row -> out.append(line(row)));
        return out.toString();
    }

    private static String line(List<?> values) {
        return values.stream().map(ReportDownloads::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        String text = String.valueOf(value);
        // a leading =, +, - or @ would make a spreadsheet run it as a formula
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        return text.matches(".*[,\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static byte[] xlsx(ReportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.title());
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                header.createCell(i).setCellValue(table.headers().get(i));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean bool) {
                        row.createCell(c).setCellValue(bool);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
