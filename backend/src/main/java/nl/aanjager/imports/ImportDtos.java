package nl.aanjager.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.problem.FieldErrorCode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Request and response bodies of the import endpoints. */
public final class ImportDtos {
    private ImportDtos() {
    }

    @Schema(name = "ImportUpload", description = "A file to import, as multipart/form-data")
    public static class ImportUpload {
        @RestForm("file")
        @Schema(type = SchemaType.STRING, format = "binary", required = true,
                description = "CSV (comma or semicolon, UTF-8), Excel .xlsx (first sheet) or JSON (an array of"
                        + " objects); the first row names the columns, in Dutch or English")
        public FileUpload file;

        @RestForm
        @PartType("text/plain")
        @Schema(required = true)
        public ImportKind kind;

        @RestForm
        @PartType("text/plain")
        @Schema(description = "Optional JSON object from the file's column header to the field it holds, e.g."
                + " {\"Nummer KvK\": \"kvkNumber\", \"Opmerking\": null}; null or \"\" ignores a column."
                + " Columns not named here are recognised by their header")
        public String mapping;
    }

    @Schema(name = "ImportColumn", description = "A column of the file and the field it is read as")
    public record ImportColumn(
            @Schema(required = true) String header,
            @Schema(description = "Absent: the column was not recognised and is not read") String field) {
    }

    @Schema(name = "ImportRejection", description = "A row that is not imported, and why, coded as the API codes a field error"
            + " (code and params, which a client words for people), with an English reason")
    public record ImportRejection(
            @Schema(required = true, description = "As a spreadsheet numbers it: the header is row 1") int row,
            @Schema(description = "The file's header of the column at fault") String column,
            @Schema(description = "The field at fault; absent when the whole row is") String field,
            @Schema(required = true, description = "Why, as a stable code; INVALID for rows rejected before"
                    + " rejections had codes") FieldErrorCode code,
            @Schema(required = true, description = "Values that go with the code, e.g. row for DUPLICATE_ROW, format"
                    + " for FORMAT, values (and dutchValues) for UNKNOWN_VALUE") Map<String, String> params,
            @Schema(required = true, description = "English reason, for partner systems and developers") String reason) {
    }

    @Schema(name = "ImportCounts")
    public record ImportCounts(
            @Schema(required = true) int created,
            @Schema(required = true) int updated,
            @Schema(required = true, description = "Rows that match the record as it is: nothing to change") int unchanged,
            @Schema(required = true) int rejected) {
    }

    @Schema(name = "ImportJob")
    public record ImportJobResponse(
            @Schema(required = true) long id,
            @Schema(required = true) ImportKind kind,
            @Schema(required = true) ImportState state,
            @Schema(required = true) String fileName,
            @Schema(required = true) ImportFormat format,
            @Schema(description = "The partner the import was made for") Long partnerId,
            String partnerName,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) List<ImportColumn> columns,
            @Schema(required = true) int totalRows,
            @Schema(required = true, description = "What confirming would do, as previewed") ImportCounts preview,
            @Schema(required = true, description = "Rows applied so far of rowsToApply") int rowsDone,
            @Schema(required = true) int rowsToApply,
            @Schema(required = true, description = "What was done so far") ImportCounts result,
            @Schema(required = true) boolean validRowsOnly,
            OffsetDateTime confirmedAt,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            @Schema(description = "Why the job failed") String failure,
            @Schema(required = true, description = "The first rejected rows (all of them: rejected-rows.csv)")
            List<ImportRejection> rejections,
            @Schema(required = true) long version) {
    }

    @Schema(name = "ImportConfirmation")
    public record ImportConfirmation(
            @Schema(description = "Apply the valid rows and leave the rejected ones out; by default nothing is"
                    + " applied while any row is rejected") Boolean validRowsOnly) {
    }

    @Schema(name = "ImportJobPage")
    public record ImportJobPage(
            @Schema(required = true) List<ImportJobResponse> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }
}
