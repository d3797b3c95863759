package nl.aanjager.common.paging;

import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;

/**
 * A query parameter that was renamed keeps its old name only to refuse it: ignored, it would
 * hand a partner's script that still sends it an unfiltered list or report without a word.
 */
public final class RenamedParam {
    private RenamedParam() {
    }

    public static void refuse(String oldName, Object value, String newName) {
        if (value != null) {
            throw ApiException.invalidField(oldName, FieldErrorCode.UNKNOWN_FIELD,
                    "is no longer read here; use " + newName, "use", newName);
        }
    }
}
