package nl.aanjager.reports;

import java.util.List;
import nl.aanjager.common.export.Words;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The funnel split by one dimension: distinct companies per value and stage. */
@Schema(name = "BreakdownReport")
public record BreakdownReport(
        @Schema(required = true) long programmeId,
        @Schema(required = true, enumeration = {"theme", "partner", "district", "sector", "sizeClass"}) String by,
        @Schema(required = true) List<Row> rows) implements Tabular {

    @Schema(name = "BreakdownReportRow")
    public record Row(
            @Schema(required = true, description = "The value: theme, partner id, district, SBI division or size class")
            String key,
            @Schema(required = true) int position,
            @Schema(required = true) long stageId,
            @Schema(required = true) long companies) {
    }

    @Override
    public ReportTable table(ReportNames names) {
        Words dimension = switch (by) {
            case "theme" -> ReportTable.words("thema", "theme");
            case "partner" -> ReportTable.words("partner", "partner");
            case "sector" -> ReportTable.words("sector", "sector");
            case "sizeClass" -> ReportTable.words("grootteklasse", "size class");
            default -> ReportTable.words("gebied", "district");
        };
        return new ReportTable(
                ReportTable.words("Verdeling naar " + dimension.nl(), "Breakdown by " + dimension.en()),
                ReportTable.words("verdeling-" + dimension.nl().replace(' ', '-'), "breakdown-" + dimension.en().replace(' ', '-')),
                List.of(ReportTable.words(capitalised(dimension.nl()), capitalised(dimension.en())),
                        ReportTable.words("Positie", "Position"), ReportTable.words("Fase", "Stage"),
                        ReportTable.words("Bedrijven", "Companies")),
                rows.stream().map(r -> ReportTable.row(names.breakdownKey(by, r.key()), r.position(),
                        names.stage(r.stageId()), r.companies())).toList());
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
