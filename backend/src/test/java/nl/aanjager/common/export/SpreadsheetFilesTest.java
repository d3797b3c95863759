package nl.aanjager.common.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetFilesTest {
    private static final ZoneId CITY = ZoneId.of("Europe/Amsterdam");

    record Line(String name, String kvk, BigDecimal amount, LocalDate day, OffsetDateTime at, boolean yes,
            List<String> tags) {
    }

    private static final ExportTable<Line> TABLE = new ExportTable<>(new Words("Regels: test", "Lines"),
            new Words("regels", "lines"), List.of(
                    Column.of("Naam", "Name", Line::name),
                    Column.of("KvK-nummer", "KvK number", Line::kvk),
                    Column.of("Bedrag", "Amount", Line::amount),
                    Column.of("Datum", "Date", Line::day),
                    Column.of("Tijdstip", "Moment", Line::at),
                    Column.of("Akkoord", "Agreed", Line::yes),
                    Column.of("Labels", "Tags", Line::tags)));

    private static final List<Line> LINES = List.of(
            new Line("Bakkerij \"De Zon\"; Zuid", "01234567", new BigDecimal("1234.5"), LocalDate.of(2026, 11, 29),
                    OffsetDateTime.parse("2026-11-29T13:05:00Z"), true, List.of("food", "retail")),
            new Line("=HYPERLINK(\"x\")", "12345678", null, null, null, false, List.of()));

    @Test
    void theExcelDialectOpensInADutchExcelAsItIs() {
        String text = new String(SpreadsheetFiles.csv(TABLE, LINES, true, ExportLanguage.NL, CITY), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark tells Excel the file is UTF-8");
        String[] lines = text.substring(1).split("\r\n");
        assertEquals("Naam;KvK-nummer;Bedrag;Datum;Tijdstip;Akkoord;Labels", lines[0]);
        assertEquals("\"Bakkerij \"\"De Zon\"\"; Zuid\";\"=\"\"01234567\"\"\";1234,5;29-11-2026;29-11-2026 14:05;ja;"
                + "food, retail", lines[1], "a comma needs no quotes where the semicolon separates");
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\";12345678;;;;nee;", lines[2], "a formula is written as text");
        assertEquals(3, lines.length);
    }

    @Test
    void thePlainDialectIsForPrograms() {
        String text = new String(SpreadsheetFiles.csv(TABLE, LINES, false, ExportLanguage.EN, CITY), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals("Name,KvK number,Amount,Date,Moment,Agreed,Tags", lines[0]);
        assertEquals("\"Bakkerij \"\"De Zon\"\"; Zuid\",01234567,1234.5,2026-11-29,2026-11-29T14:05+01:00,yes,"
                + "\"food, retail\"", lines[1]);
    }

    @Test
    void excelCellsHaveExcelsOwnTypes() throws IOException {
        byte[] file = SpreadsheetFiles.xlsx(TABLE, LINES, ExportLanguage.NL, CITY);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Regels  test", sheet.getSheetName(), "a colon is not allowed in a sheet's name");
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            Row first = sheet.getRow(1);
            assertEquals("Bakkerij \"De Zon\"; Zuid", first.getCell(0).getStringCellValue());
            assertEquals("01234567", first.getCell(1).getStringCellValue(), "a KvK number stays text");
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
            assertEquals(1234.5, first.getCell(2).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(3)));
            assertEquals(LocalDateTime.of(2026, 11, 29, 0, 0), first.getCell(3).getLocalDateTimeCellValue());
            assertEquals(LocalDateTime.of(2026, 11, 29, 14, 5), first.getCell(4).getLocalDateTimeCellValue(),
                    "the moment as the city's clock showed it");
            assertEquals("ja", first.getCell(5).getStringCellValue());
            assertEquals("food, retail", first.getCell(6).getStringCellValue());
            Row second = sheet.getRow(2);
            assertEquals(CellType.STRING, second.getCell(0).getCellType(), "text, never a formula");
            assertEquals("=HYPERLINK(\"x\")", second.getCell(0).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row stays in view");
        }
    }

    @Test
    void anEnglishFileHasEnglishHeadersAndWords() {
        String text = new String(SpreadsheetFiles.csv(TABLE, LINES.subList(0, 1), true, ExportLanguage.EN, CITY),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("Name;KvK number;Amount"), text);
        assertTrue(text.contains(";yes;"), text);
    }
}
