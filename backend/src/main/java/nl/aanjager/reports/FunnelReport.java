package nl.aanjager.reports;

import java.util.ArrayList;
import java.util.List;
import nl.aanjager.programmes.DefaultStages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Distinct companies per stage of a programme's funnel, with conversion and time between stages. */
@Schema(name = "FunnelReport")
public record FunnelReport(
        @Schema(required = true) long programmeId,
        @Schema(required = true) List<Stage> stages) implements Tabular {

    @Schema(name = "FunnelReportStage")
    public record Stage(
            @Schema(required = true) long stageId,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) int position,
            @Schema(required = true, description = "Distinct companies that entered this stage (in the period)")
            long companies,
            @Schema(description = "Share of the previous stage's companies, 0..1") Double conversion,
            @Schema(description = "Median days from entering the previous stage to entering this one") Double medianDaysFromPrevious) {
    }

    @Override
    public ReportTable table(ReportNames names) {
        List<List<Object>> rows = new ArrayList<>();
        for (Stage s : stages) {
            rows.add(ReportTable.row(s.position(), DefaultStages.label(s.code(), s.name()), s.companies(), s.conversion(), s.medianDaysFromPrevious()));
        }
        return new ReportTable(ReportTable.words("Funnel", "Funnel"), ReportTable.words("funnel", "funnel"), List.of(
                ReportTable.words("Positie", "Position"), ReportTable.words("Fase", "Stage"),
                ReportTable.words("Bedrijven", "Companies"),
                ReportTable.words("Conversie vanaf de vorige fase (0-1)", "Conversion from the previous stage (0-1)"),
                ReportTable.words("Mediaan dagen sinds de vorige fase", "Median days since the previous stage")), rows);
    }
}
