package nl.aanjager.companies;

import java.util.Locale;

/** Dutch postcodes in their one written form, "3011 AB". */
final class Postcodes {
    private Postcodes() {
    }

    static String normalise(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, 4) + " " + compact.substring(4);
    }

    static boolean looksLikeOne(String text) {
        return text != null && text.trim().matches("[1-9][0-9]{3}\\s?[a-zA-Z]{2}");
    }
}
