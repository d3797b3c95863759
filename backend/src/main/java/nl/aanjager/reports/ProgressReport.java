package nl.aanjager.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanjager.programmes.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where each target of a programme stands, month by month, and when it is met at the current pace. */
@Schema(name = "ProgressReport")
public record ProgressReport(
        @Schema(required = true) long programmeId,
        @Schema(required = true) List<Target> targets) implements Tabular {

    @Schema(name = "ProgressReportTarget")
    public record Target(
            @Schema(required = true) long targetId,
            @Schema(required = true) String name,
            @Schema(description = "Counts distinct companies that entered this stage") Long stageId,
            @Schema(description = "Or sums this outcome indicator") Indicator indicator,
            @Schema(required = true) int targetCount,
            @Schema(required = true) LocalDate deadline,
            @Schema(required = true) BigDecimal current,
            @Schema(required = true) boolean reached,
            @Schema(required = true, description = "Increase per 30 days over the last 90 days") BigDecimal ratePer30Days,
            @Schema(description = "When the target is met at that pace; absent when reached, or not at this pace (no growth, or more than ten years away)")
            LocalDate projectedDate,
            @Schema(required = true, description = "Reached, or projected to be met by the deadline") boolean onTrack,
            @Schema(required = true) List<Month> monthly) {
    }

    @Schema(name = "ProgressReportMonth")
    public record Month(@Schema(required = true, examples = "2026-03") String month,
            @Schema(required = true) BigDecimal added,
            @Schema(required = true) BigDecimal cumulative) {
    }

    @Override
    public ReportTable table(ReportNames names) {
        List<List<Object>> rows = new ArrayList<>();
        for (Target t : targets) {
            for (Month m : t.monthly()) {
                rows.add(ReportTable.row(t.name(), t.targetCount(), t.deadline(), m.month(), m.added(), m.cumulative(),
                        t.current(), t.projectedDate(), t.onTrack()));
            }
        }
        return new ReportTable(ReportTable.words("Voortgang", "Progress"), ReportTable.words("voortgang", "progress"),
                List.of(ReportTable.words("Doel", "Target"), ReportTable.words("Streefwaarde", "Target value"),
                        ReportTable.words("Deadline", "Deadline"), ReportTable.words("Maand", "Month"),
                        ReportTable.words("Erbij in de maand", "Added in the month"),
                        ReportTable.words("Totaal aan het eind van de maand", "Total at the end of the month"),
                        ReportTable.words("Stand nu", "Now"),
                        ReportTable.words("Verwacht gehaald op", "Projected to be met on"),
                        ReportTable.words("Op schema", "On track")), rows);
    }
}
