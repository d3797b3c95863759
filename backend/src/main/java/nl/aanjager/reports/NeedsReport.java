package nl.aanjager.reports;

import java.util.List;
import nl.aanjager.companies.SizeClass;
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
    public ReportTable table(ReportNames names) {
        return new ReportTable(ReportTable.words("Behoeften", "Needs"), ReportTable.words("behoeften", "needs"), List.of(
                ReportTable.words("Behoefte", "Need"), ReportTable.words("Sector", "Sector"),
                ReportTable.words("Grootteklasse", "Size class"), ReportTable.words("Bedrijven", "Companies")),
                rows.stream().map(r -> ReportTable.row(r.need(), names.sector(r.sector()),
                        ReportNames.label(SizeClass.class, r.sizeClass()), r.companies())).toList());
    }
}
