package nl.aanjager.common.export;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of a downloaded file's headers and words: the first of Accept-Language we speak, else Dutch. */
public enum ExportLanguage {
    NL,
    EN;

    public static ExportLanguage of(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (locale.getLanguage().equals("nl")) {
                return NL;
            }
            if (locale.getLanguage().equals("en")) {
                return EN;
            }
        }
        return NL;
    }
}
