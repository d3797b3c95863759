package nl.aanjager.companies;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;

/**
 * Where the next page of the name-ordered company list starts: the last row's name and id,
 * opaque to clients. Deep pages then cost what the first page costs, where an offset makes
 * PostgreSQL walk past every earlier row.
 */
record CompanyListCursor(String name, long id) {
    static CompanyListCursor after(Company last) {
        return new CompanyListCursor(last.name, last.id);
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    static CompanyListCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return new CompanyListCursor(text.substring(colon + 1), Long.parseLong(text.substring(0, colon)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw ApiException.invalidField("after", FieldErrorCode.INVALID, "is not a cursor this list handed out (use nextCursor)");
        }
    }
}
