package nl.aanjager.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.problem.ProblemType;
import nl.aanjager.common.security.SystemActor;

/**
 * The trail as a spreadsheet opens it (semicolons, UTF-8 with BOM, like the import's rejected
 * rows): one line per changed field, so a filter in Excel finds every change of a field.
 */
@ApplicationScoped
public class AuditCsv {
    /** Larger exports are refused with advice to narrow the period: the file is built in memory. */
    static final long MAX_ENTRIES = 200_000;

    private static final List<String> HEADERS = List.of("tijdstip", "door", "partner", "handeling", "soort record",
            "record", "bedrijf", "toelichting", "veld", "voor", "na", "gemaskeerd op");

    @Inject
    AuditTrail trail;

    public String write(AuditFilter filter) {
        long total = trail.search(filter, 0, 1).total();
        if (total > MAX_ENTRIES) {
            throw ApiException.of(ProblemType.VALIDATION, ProblemCode.EXPORT_TOO_LARGE, "The export would hold " + total
                    + " entries; at most " + MAX_ENTRIES + " fit in one file. Choose a shorter period or a narrower"
                    + " filter.", "total", total, "max", MAX_ENTRIES);
        }
        ObjectWriter writer = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writer(CsvSchema.emptySchema().withColumnSeparator(';'));
        StringBuilder out = new StringBuilder("\uFEFF");
        append(out, writer, HEADERS);
        trail.forEach(filter, entry -> {
            List<AuditDtos.FieldChange> changes = entry.changes().isEmpty()
                    ? List.of(new AuditDtos.FieldChange("", null, null)) : entry.changes();
            for (AuditDtos.FieldChange change : changes) {
                List<String> line = new ArrayList<>();
                line.add(entry.at().toString());
                line.add(actorName(entry));
                line.add(nullToEmpty(entry.actorPartnerName()));
                line.add(entry.action());
                line.add(entry.entityType());
                line.add(String.valueOf(entry.entityId()));
                line.add(nullToEmpty(entry.companyName()));
                line.add(nullToEmpty(entry.detail()));
                line.add(change.field());
                line.add(spreadsheetSafe(change.before()));
                line.add(spreadsheetSafe(change.after()));
                line.add(entry.maskedAt() == null ? "" : entry.maskedAt().toString());
                append(out, writer, line);
            }
        });
        return out.toString();
    }

    /** Who, as people read it: the name kept at the time, a system actor in words, else the account. */
    private static String actorName(AuditDtos.AuditEntryResponse entry) {
        if (entry.actorName() != null) {
            return entry.actorName();
        }
        return SystemActor.ofCode(entry.actor()).map(SystemActor::dutch).orElse(entry.actor());
    }

    private static void append(StringBuilder out, ObjectWriter writer, List<String> line) {
        try {
            out.append(writer.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("text cells always serialise", e);
        }
    }

    /** A leading =, +, - or @ would make a spreadsheet run the value as a formula. */
    private static String spreadsheetSafe(String value) {
        String text = nullToEmpty(value);
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
