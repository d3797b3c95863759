package nl.aanjager.common.export;

/** One text for people in each language a file can be written in. */
public record Words(String nl, String en) {
    public String in(ExportLanguage language) {
        return language == ExportLanguage.NL ? nl : en;
    }
}
