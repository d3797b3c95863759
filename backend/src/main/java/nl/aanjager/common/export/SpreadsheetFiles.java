package nl.aanjager.common.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Rows and columns as a CSV or an Excel file, in one language. */
final class SpreadsheetFiles {
    private static final int WIDEST_COLUMN = 60;

    private SpreadsheetFiles() {
    }

    static <T> byte[] csv(ExportTable<T> table, List<T> rows, boolean excel, ExportLanguage language, ZoneId zone) {
        CellText text = new CellText(excel, language, zone);
        ObjectWriter writer = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writer(CsvSchema.emptySchema().withColumnSeparator(excel ? ';' : ',').withLineSeparator("\r\n"));
        // the byte order mark is how Excel knows the file is UTF-8 (é, ë, ü) and not Windows-1252
        StringBuilder out = new StringBuilder(excel ? "\uFEFF" : "");
        try {
            out.append(writer.writeValueAsString(table.columns().stream().map(c -> c.header().in(language)).toList()));
            for (T row : rows) {
                out.append(writer.writeValueAsString(table.columns().stream().map(c -> text.of(c.value().apply(row))).toList()));
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static <T> byte[] xlsx(ExportTable<T> table, List<T> rows, ExportLanguage language, ZoneId zone) {
        CellText text = new CellText(true, language, zone);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet(sheetName(table.title().in(language)));
            Styles styles = new Styles(workbook);
            List<Column<T>> columns = table.columns();
            int[] widths = new int[columns.size()];
            var header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                String title = columns.get(c).header().in(language);
                Cell cell = header.createCell(c);
                cell.setCellValue(title);
                cell.setCellStyle(styles.header);
                widths[c] = title.length();
            }
            for (int r = 0; r < rows.size(); r++) {
                var line = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(rows.get(r));
                    widths[c] = Math.max(widths[c], write(line.createCell(c), value, text, styles, zone));
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.min(widths[c] + 2, WIDEST_COLUMN) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.size() - 1));
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one value as Excel's own type; returns its width in characters. */
    private static int write(Cell cell, Object value, CellText text, Styles styles, ZoneId zone) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return number.toString().length();
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return 10;
        }
        if (value instanceof OffsetDateTime moment) {
            // Excel has no time zones: the moment as the city's clock showed it
            cell.setCellValue(moment.atZoneSameInstant(zone).toLocalDateTime());
            cell.setCellStyle(styles.moment);
            return 16;
        }
        // in a cell typed as text nothing runs as a formula: no quote in front needed
        String shown = value instanceof Collection<?> || value instanceof Boolean || value instanceof Words
                || value instanceof Labelled
                ? text.of(value) : value == null ? "" : value.toString();
        if (!shown.isEmpty()) {
            cell.setCellValue(shown);
        }
        return shown.length();
    }

    /** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet's name. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle moment;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            short dateFormat = workbook.createDataFormat().getFormat("dd-mm-yyyy");
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
            moment = workbook.createCellStyle();
            moment.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy hh:mm"));
        }
    }
}
