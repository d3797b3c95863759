package nl.aanjager.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx workbook, streamed row by row (a whole register does not fit in
 * POI's object model comfortably). POI refuses zip bombs itself: an entry that inflates more
 * than a hundredfold or grows past {@link #MAX_ENTRY_BYTES} is not read.
 */
final class XlsxSheet {
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxSheet() {
    }

    static UploadedTable read(Path file, UploadedTable.Limits limits) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ApiException.invalidField("file", FieldErrorCode.FILE_NO_SHEET, "has no sheet");
            }
            Rows rows = new Rows(limits);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows,
                        new org.apache.poi.ss.usermodel.DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return new UploadedTable(UploadedTable.requireHeaders(rows.headers), rows.data);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw UploadedTable.unreadable(ImportFormat.XLSX, e);
        }
    }

    /** Collects the cells of each row as the sheet's XML streams past. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final UploadedTable.Limits limits;
        private List<String> headers;
        private final List<UploadedTable.Row> data = new ArrayList<>();
        private List<String> current;

        Rows(UploadedTable.Limits limits) {
            this.limits = limits;
        }

        @Override
        public void startRow(int rowIndex) {
            current = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            UploadedTable.checkWidth(column + 1, limits);
            while (current.size() < column) {
                current.add("");
            }
            current.add(value);
        }

        @Override
        public void endRow(int rowIndex) {
            int number = rowIndex + 1;
            List<String> cells = UploadedTable.cells(current.toArray(String[]::new), limits, number);
            if (headers == null) {
                headers = cells;
            } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                UploadedTable.addRow(data, new UploadedTable.Row(number, cells), limits);
            }
        }
    }
}
