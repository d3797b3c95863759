package nl.aanjager.reports;

import java.util.List;
import nl.aanjager.programmes.Need;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Needs SMEs raised: distinct companies per need, in total and split by sector and size class. */
@Schema(name = "NeedsReport")
public record NeedsReport(@Schema(required = true) List<Row> rows) implements Tabular {

    @Schema(name = "NeedsReportRow", description = "sector and sizeClass both empty: the need's total")
    public record Row(
            @Schema(required = true) Need need,
            @Schema(description = "SBI division (two digits)") String sector,
            String sizeClass,
            @Schema(required = true) long companies) {
    }

    @Override
    public ReportTable table() {
        return new ReportTable("Needs", List.of("need", "sector", "size_class", "companies"), rows.stream()
                .map(r -> List.<Object>of(r.need().name(), FunnelReport.blank(r.sector()),
                        FunnelReport.blank(r.sizeClass()), r.companies()))
                .toList());
    }
}
