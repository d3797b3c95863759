package nl.aanjager.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A value an import reads, with the column headers it is recognised by, in Dutch and English
 * as partners' systems and spreadsheets write them ("KvK-nummer", "kvkNumber", "KVK nr").
 */
record ImportField(String name, boolean required, List<String> headers) {

    static ImportField required(String name, String... headers) {
        return new ImportField(name, true, List.of(headers));
    }

    static ImportField optional(String name, String... headers) {
        return new ImportField(name, false, List.of(headers));
    }

    boolean recognises(String header) {
        String key = key(header);
        return key.equals(key(name)) || headers.stream().anyMatch(h -> key(h).equals(key));
    }

    /** Case, accents, spaces and punctuation do not count: "E-mailadres" is "emailadres". */
    static String key(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
