package nl.aanjager.imports;

import java.util.List;

/**
 * What one kind of import does with its rows. Each turns a row into the API's own request for
 * that record and leaves the rules to the API's validation and services, so an imported record
 * passes exactly the checks a record entered by hand does.
 */
interface ImportTarget {
    ImportKind kind();

    List<ImportField> fields();

    /** Gives every row its action (create, update, keep) or its rejection; changes nothing. */
    void preview(List<ImportRow> rows);

    /**
     * Applies previewed rows in the caller's transaction; a row that can no longer be applied (the
     * data changed since the preview) is rejected, the others get the id of their record.
     */
    void apply(List<ImportRow> rows);
}
