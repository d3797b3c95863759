package nl.aanjager.reports;

import java.util.List;
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
    public ReportTable table() {
        return new ReportTable("Breakdown by " + by, List.of(by, "position", "stage_id", "companies"), rows.stream()
                .map(r -> List.<Object>of(r.key(), r.position(), r.stageId(), r.companies())).toList());
    }
}
