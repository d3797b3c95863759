package nl.aanjager.imports;

import java.util.Locale;
import java.util.Optional;

/** The file types an import reads. */
public enum ImportFormat {
    CSV,
    XLSX,
    JSON;

    /** By the file name's extension: what the partner's system or spreadsheet program wrote. */
    static Optional<ImportFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
