package nl.aanjager.imports;

import java.util.Map;
import nl.aanjager.common.export.ExportLanguage;
import nl.aanjager.common.problem.FieldErrorCode;

/**
 * Why a row is rejected, as the error column of the rejected-rows file says it: in English the
 * stored reason, in Dutch a sentence from the rejection's code and params. The Dutch sentences are
 * the SPA's (frontend/src/locales/nl/problems.ts), so the file says what the screen said; the
 * switch over every code makes a new code without Dutch words fail to compile.
 */
final class RejectionText {
    private RejectionText() {
    }

    static String of(ImportRow.Rejection rejection, ExportLanguage language) {
        return language == ExportLanguage.EN ? rejection.reason() : dutch(rejection.code(), rejection.params());
    }

    static String dutch(FieldErrorCode code, Map<String, String> params) {
        String text = switch (code) {
            case REQUIRED -> "Vul dit veld in.";
            case TOO_LONG -> "Gebruik hoogstens {{max}} tekens.";
            case TOO_SHORT -> "Gebruik minstens {{min}} tekens.";
            case TOO_SMALL -> "Vul een waarde van minstens {{min}} in.";
            case TOO_LARGE -> "Deze waarde is te groot.";
            case FORMAT -> format(params.get("format"));
            case EMAIL -> "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.";
            case IN_FUTURE -> "Deze datum ligt in de toekomst.";
            case MUST_ACCEPT -> "Geef toestemming om verder te gaan.";
            case UNKNOWN_VALUE -> params.containsKey("values") ? "Kies een van deze waarden: "
                    + params.getOrDefault("dutchValues", params.get("values")) + "." : "Kies een van de mogelijke waarden.";
            case UNKNOWN_FIELD -> "Dit veld wordt hier niet gebruikt.";
            case WRONG_TYPE -> "Deze waarde heeft niet de juiste vorm.";
            case NOT_FOUND -> "company".equals(params.get("what"))
                    ? "Aanjager kent geen bedrijf met dit KvK-nummer (en vestigingsnummer). Importeer eerst het bedrijf."
                    : "Dit bestaat niet (meer).";
            case BEFORE_OTHER -> "Dit ligt vóór het begin.";
            case NEEDS_OTHER -> "Dit gaat alleen samen met een ander veld; vul dat ook in.";
            case ONE_OF -> "Vul dit veld of het bijbehorende veld in.";
            case MUST_DIFFER -> "Kies een ander dan het huidige.";
            case OWN_PARTNER_ONLY -> "Dit kan alleen voor uw eigen organisatie.";
            case CANNOT_CHANGE -> "Dit kan niet meer worden gewijzigd.";
            case MERGED -> "Dit bedrijf is samengevoegd met een ander bedrijf.";
            case ERASED -> "De gegevens van deze persoon zijn op verzoek gewist.";
            case DOES_NOT_BELONG -> "Dit hoort niet bij de gekozen organisatie, het gekozen bedrijf of programma.";
            case CONSENT_REQUIRED -> "Delen kan alleen met toestemming: vul in waarvoor en waar die is gegeven.";
            case MISMATCH -> "Past niet bij {{employees}} medewerkers.";
            case NOT_ALLOWED -> "Deze waarde is hier niet toegestaan.";
            case DUPLICATE_ROW -> "Hetzelfde als rij {{row}} van het bestand; elk gegeven mag er maar één keer in staan.";
            // refusals of a whole file: a file with rows to reject was read, so these never reach a row
            case FILE_MISSING, FILE_TYPE, FILE_UNREADABLE, FILE_NOT_UTF8, FILE_BINARY, FILE_EMPTY, FILE_NO_SHEET,
                    FILE_NOT_JSON_ARRAY, FILE_ITEM_NOT_OBJECT, FILE_NESTED, FILE_TOO_MANY_COLUMNS, FILE_TOO_MANY_ROWS,
                    FILE_CELL_TOO_LONG, FILE_MISSING_COLUMNS, MAPPING_UNKNOWN_COLUMN, MAPPING_UNKNOWN_FIELD,
                    MAPPING_DUPLICATE, MAPPING_NOT_OBJECT, INVALID -> "Deze waarde wordt niet geaccepteerd.";
        };
        for (Map.Entry<String, String> param : params.entrySet()) {
            text = text.replace("{{" + param.getKey() + "}}", param.getValue());
        }
        return text;
    }

    private static String format(String format) {
        return switch (format == null ? "" : format) {
            case "kvk-number" -> "Een KvK-nummer bestaat uit 8 cijfers.";
            case "branch-number" -> "Een vestigingsnummer bestaat uit 12 cijfers.";
            case "postcode" -> "Vul een Nederlandse postcode in, zoals 3011 AB.";
            case "web-address" -> "Vul een webadres in dat begint met http:// of https://.";
            case "phone" -> "Vul een telefoonnummer in, zoals 010 123 4567.";
            case "sbi-code" -> "Vul een code uit de SBI-lijst in, met punten, zoals 62 of 62.01.";
            case "whole-number" -> "Vul een geheel getal in, zoals 12.";
            case "date" -> "Vul een datum in, zoals 14-03-2025 of 2025-03-14.";
            case "yes-no" -> "Vul ja of nee in.";
            default -> "Deze waarde heeft niet de juiste vorm.";
        };
    }
}
