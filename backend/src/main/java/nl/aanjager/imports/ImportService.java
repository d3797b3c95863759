package nl.aanjager.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.common.export.ExportLanguage;
import nl.aanjager.common.export.Words;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.common.security.CurrentUser;

/**
 * Imports: a file is read, every row checked with the API's own rules and classified against the
 * database (preview, nothing changes); once confirmed, {@link ImportRunner} applies it in chunks.
 */
@ApplicationScoped
public class ImportService {
    /** How many rejected rows a job's response lists; the CSV download has them all. */
    static final int REJECTIONS_SHOWN = 500;

    /** The header of the rejected-rows file's last column, which says why each row is rejected. */
    private static final Words ERROR_COLUMN = new Words("fout", "error");

    @Inject
    Instance<ImportTarget> targets;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportRows rows;

    @Inject
    ImportConfig config;

    @Inject
    CurrentUser user;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Transactional
    public ImportJob preview(ImportKind kind, String fileName, Path file, String mappingJson) {
        ImportFormat format = ImportFormat.ofFileName(fileName).orElseThrow(() -> ApiException.invalidField("file",
                FieldErrorCode.FILE_TYPE, "must be a .csv, .xlsx or .json file"));
        Long partnerId = scope.seesEverything() ? null : scope.ownPartnerId();
        UploadedTable table = UploadedTable.read(file, format, config.limits());
        ImportTarget target = target(kind);
        ImportColumns columns = ImportColumns.recognise(table.headers(), target.fields(), mapping(mappingJson));
        List<ImportRow> staged = new ArrayList<>(table.rows().size());
        table.rows().forEach(row -> staged.add(new ImportRow(row.number(), columns.values(row))));
        target.preview(staged);

        ImportJob job = new ImportJob();
        job.kind = kind;
        job.state = ImportState.PREVIEWED;
        job.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
        job.format = format;
        job.partnerId = partnerId;
        CurrentUser.Caller caller = user.asCaller();
        job.createdBy = caller.name();
        job.createdByName = caller.displayName();
        job.createdByRoles = String.join(",", caller.roles());
        job.createdAt = OffsetDateTime.now();
        job.headers = new ArrayList<>(columns.headers());
        job.fields = new ArrayList<>(columns.fieldOfColumn());
        job.totalRows = staged.size();
        Map<ImportRow.Action, Long> counts = staged.stream()
                .collect(Collectors.groupingBy(row -> row.action, Collectors.counting()));
        job.wouldCreate = counts.getOrDefault(ImportRow.Action.CREATE, 0L).intValue();
        job.wouldUpdate = counts.getOrDefault(ImportRow.Action.UPDATE, 0L).intValue();
        job.wouldKeep = counts.getOrDefault(ImportRow.Action.KEEP, 0L).intValue();
        job.rejected = counts.getOrDefault(ImportRow.Action.REJECT, 0L).intValue();
        jobs.persistAndFlush(job);
        Map<Integer, List<String>> cellsOfRejected = new HashMap<>();
        for (int i = 0; i < staged.size(); i++) {
            if (staged.get(i).rejected()) {
                cellsOfRejected.put(staged.get(i).number, table.rows().get(i).cells());
            }
        }
        rows.insertAll(job.id, staged, cellsOfRejected);
        audit.record("import.previewed", "import", job.id, null, kind.name().toLowerCase() + ", " + job.totalRows
                + " rows, " + job.rejected + " rejected, from " + job.fileName);
        return job;
    }

    public PageResult<ImportJob> list(int page, int size) {
        var query = scope.seesEverything() ? jobs.findAll(Sort.descending("createdAt", "id"))
                : jobs.find("partnerId", Sort.descending("createdAt", "id"), scope.ownPartnerId());
        List<ImportJob> items = query.page(Page.of(page, size)).list();
        return new PageResult<>(items, query.count(), page, size);
    }

    /** The job, when the caller may see it: staff every job, a partner its own partner's. */
    public Optional<ImportJob> find(long id) {
        return jobs.findByIdOptional(id)
                .filter(job -> scope.seesEverything() || job.partnerId != null && scope.actsFor(job.partnerId));
    }

    /**
     * Queues a previewed job. While rows are rejected nothing is applied, unless the caller asks
     * for the valid rows only: a partner's register should not arrive half without them knowing.
     */
    @Transactional
    public ImportJob confirm(long id, boolean validRowsOnly) {
        ImportJob job = find(id).orElseThrow(() -> ApiException.notFound("Import", id));
        jobs.lock(id);
        if (job.state != ImportState.PREVIEWED) {
            throw ApiException.conflict(ProblemCode.IMPORT_CONFIRMED,
                    "This import was confirmed before; it is " + job.state.name().toLowerCase(), "state", job.state);
        }
        if (job.rejected > 0 && !validRowsOnly) {
            throw ApiException.conflict(ProblemCode.IMPORT_HAS_REJECTIONS, job.rejected + " of " + job.totalRows
                    + " rows are rejected, so nothing is"
                    + " imported: fix them and upload the file again, or confirm with validRowsOnly to import the"
                    + " other rows only", "rejected", job.rejected, "total", job.totalRows);
        }
        job.validRowsOnly = validRowsOnly;
        job.state = ImportState.QUEUED;
        job.confirmedAt = OffsetDateTime.now();
        audit.record("import.confirmed", "import", job.id, null, job.rowsToApply() + " rows to apply");
        return job;
    }

    /**
     * The first rejected rows; none without a query when the job counts none, since a client
     * polls a running job and the rows of a large one take a while to look through.
     */
    public List<ImportRows.RejectedRow> rejections(ImportJob job, int limit) {
        return job.rejected + job.rejectedWhenApplied == 0 ? List.of() : rows.rejected(job.id, limit);
    }

    /**
     * The rejected rows as the file had them, with a last column that says what is wrong (in
     * {@code language}), in a CSV that Excel opens as is (semicolons, UTF-8 with byte order mark)
     * and this import reads back: it ignores the error column, which no field is recognised by.
     */
    public String rejectedRowsCsv(ImportJob job, ExportLanguage language) {
        List<String> header = new ArrayList<>(job.headers);
        header.add(ERROR_COLUMN.in(language));
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (ImportRows.RejectedRow row : rows.rejected(job.id, 0)) {
            // a row refused only when applied has its values, not its cells: put them back in their columns
            List<String> line = new ArrayList<>(row.cells() != null ? row.cells()
                    : job.fields.stream().map(field -> field == null ? "" : row.values().getOrDefault(field, "")).toList());
            while (line.size() < job.headers.size()) {
                line.add("");
            }
            line.add(describe(job, row, language));
            lines.add(line);
        }
        try {
            return "\uFEFF" + new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(CsvSchema.emptySchema().withColumnSeparator(';')
                    .withLineSeparator("\r\n")).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * "Naam: Vul dit veld in.": the column as the file names it, and why; only why when that names
     * the column already ("Een KvK-nummer bestaat uit 8 cijfers.").
     */
    static String describe(ImportJob job, ImportRows.RejectedRow row, ExportLanguage language) {
        String why = RejectionText.of(row.rejection(), language);
        return headerOf(job, row.rejection().field()).filter(header -> !names(why, header))
                .map(header -> header + ": " + why).orElse(why);
    }

    /** Whether the text has the header in it as a word of its own, in any case. */
    private static boolean names(String text, String header) {
        String word = "(?<![\\p{L}\\p{N}])" + Pattern.quote(header.trim()) + "(?![\\p{L}\\p{N}])";
        return !header.isBlank()
                && Pattern.compile(word, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    static Optional<String> headerOf(ImportJob job, String field) {
        int index = field == null ? -1 : job.fields.indexOf(field);
        return index < 0 ? Optional.empty() : Optional.of(job.headers.get(index));
    }

    ImportTarget target(ImportKind kind) {
        return targets.stream().filter(target -> target.kind() == kind).findFirst().orElseThrow();
    }

    private Map<String, String> mapping(String mappingJson) {
        if (mappingJson == null || mappingJson.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> mapping = json.readValue(mappingJson, new TypeReference<Map<String, String>>() {
            });
            return mapping == null ? Map.of() : mapping;
        } catch (JsonProcessingException e) {
            throw ApiException.invalidField("mapping", FieldErrorCode.MAPPING_NOT_OBJECT,
                    "must be a JSON object from column header to field name");
        }
    }
}
